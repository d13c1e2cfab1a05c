import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideTranslateService } from '@ngx-translate/core';
import { LanguageFilterComponent } from './language-filter.component';

@Component({
  imports: [LanguageFilterComponent],
  template: `<form class="pt-filters">
    <pt-admin-language-filter fieldId="f-lang" label="admin.review.language" selected="fr" />
  </form>`,
})
class FilterFormComponent {}

describe('LanguageFilterComponent', () => {
  it('is a labelled field of its form, every language or one, the current one chosen', () => {
    TestBed.configureTestingModule({ providers: [provideTranslateService()] });
    const fixture = TestBed.createComponent(FilterFormComponent);
    fixture.detectChanges();
    const host = fixture.nativeElement as HTMLElement;
    const select = host.querySelector('.pt-field > select#f-lang') as HTMLSelectElement;
    expect(host.querySelector('label[for="f-lang"]')?.textContent).toBe('admin.review.language');
    expect(select.options[0].value).toBe('');
    expect(select.options[0].textContent).toBe('admin.common.all');
    expect(select.options).toHaveLength(7);
    expect(new FormData(host.querySelector('form') as HTMLFormElement).get('lang')).toBe('fr');
  });
});
