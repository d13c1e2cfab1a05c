import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideTranslateService } from '@ngx-translate/core';
import { FilterFormComponent, type FilterValues } from './filter-form.component';

@Component({
  imports: [FilterFormComponent],
  template: `<form ptAdminFilterForm (filter)="submitted.push($event)">
    <input name="q" value="  police  " />
    <select name="lang">
      <option value="" selected>all</option>
    </select>
  </form>`,
})
class ListFiltersComponent {
  readonly submitted: FilterValues[] = [];
}

describe('FilterFormComponent', () => {
  it('is a search form ending in the filter button, which stays on the page', () => {
    TestBed.configureTestingModule({ providers: [provideTranslateService()] });
    const fixture = TestBed.createComponent(ListFiltersComponent);
    fixture.detectChanges();
    const form = (fixture.nativeElement as HTMLElement).querySelector('form') as HTMLFormElement;
    expect(form.classList).toContain('pt-filters');
    expect(form.getAttribute('role')).toBe('search');
    const button = form.lastElementChild as HTMLButtonElement;
    expect(button.type).toBe('submit');
    expect(button.textContent?.trim()).toBe('admin.common.filter');

    const event = new Event('submit', { cancelable: true });
    form.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect(fixture.componentInstance.submitted).toEqual([{ q: 'police', lang: undefined }]);
  });
});
