import { ChangeDetectionStrategy, Component, ElementRef, inject, output } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

/** What a filter form submits, by field name: trimmed, an empty field as undefined (no filter). */
export type FilterValues = Readonly<Record<string, string | undefined>>;

/**
 * The filter form above a list (`<form ptAdminFilterForm>`): its fields, projected (the
 * language and status fields, search boxes), then the filter button. It reads the named
 * fields with `FormData` on submit instead of leaving the page.
 */
@Component({
  // The host is the <form> itself, so the projected fields stay in a native form (Enter
  // submits, FormData reads them); the rule expects an element selector of our own.
  // eslint-disable-next-line @angular-eslint/component-selector
  selector: 'form[ptAdminFilterForm]',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'pt-filters', role: 'search', '(submit)': 'submit($event)' },
  template: `
    <ng-content />
    <button type="submit" class="pt-btn">{{ 'admin.common.filter' | translate }}</button>
  `,
})
export class FilterFormComponent {
  readonly filter = output<FilterValues>();
  private readonly form: HTMLFormElement = inject(ElementRef).nativeElement;

  protected submit(event: Event): void {
    event.preventDefault();
    const values: Record<string, string | undefined> = {};
    new FormData(this.form).forEach((value, name) => {
      values[name] = String(value).trim() || undefined;
    });
    this.filter.emit(values);
  }
}
