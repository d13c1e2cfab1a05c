import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideTranslateService } from '@ngx-translate/core';
import { StatusFilterComponent } from './status-filter.component';

@Component({
  imports: [StatusFilterComponent],
  template: `<form class="pt-filters">
    <pt-admin-status-filter
      fieldId="f-state"
      label="admin.insights.state"
      name="state"
      [statuses]="['open', 'answered', 'dismissed']"
      [selected]="selected()"
    />
  </form>`,
})
class FilterFormComponent {
  readonly selected = signal<string | undefined>('answered');
}

describe('StatusFilterComponent', () => {
  it('is a labelled field of its form, every status or one, the current one chosen', () => {
    TestBed.configureTestingModule({ providers: [provideTranslateService()] });
    const fixture = TestBed.createComponent(FilterFormComponent);
    fixture.detectChanges();
    const host = fixture.nativeElement as HTMLElement;
    const form = host.querySelector('form') as HTMLFormElement;
    const select = host.querySelector('.pt-field > select#f-state') as HTMLSelectElement;
    expect(host.querySelector('label[for="f-state"]')?.textContent).toBe('admin.insights.state');
    expect([...select.options].map((o) => [o.value, o.textContent?.trim()])).toEqual([
      ['', 'admin.common.all'],
      ['open', 'admin.status.open'],
      ['answered', 'admin.status.answered'],
      ['dismissed', 'admin.status.dismissed'],
    ]);
    expect(new FormData(form).get('state')).toBe('answered');
    fixture.componentInstance.selected.set(undefined);
    fixture.detectChanges();
    expect(new FormData(form).get('state')).toBe('');
  });
});
