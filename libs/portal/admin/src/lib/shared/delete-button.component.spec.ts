import { TestBed } from '@angular/core/testing';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { DeleteButtonComponent } from './delete-button.component';

describe('DeleteButtonComponent', () => {
  it('is a button named after its row, and says when it is pressed', () => {
    TestBed.configureTestingModule({ providers: [provideTranslateService()] });
    const translate = TestBed.inject(TranslateService);
    translate.setTranslation('en', { admin: { common: { delete: 'Delete' } } });
    translate.use('en');
    const fixture = TestBed.createComponent(DeleteButtonComponent);
    fixture.componentRef.setInput('name', 'Old mandate');
    fixture.detectChanges();
    let presses = 0;
    fixture.componentInstance.pressed.subscribe(() => presses++);
    const button = (fixture.nativeElement as HTMLElement).querySelector('button');
    expect(button?.type).toBe('button');
    expect(button?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Delete Old mandate');
    button?.click();
    expect(presses).toBe(1);
  });
});
