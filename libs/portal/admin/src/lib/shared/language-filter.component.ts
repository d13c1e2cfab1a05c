import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { LOCALES, LOCALE_NAMES } from '@portal/domain/locales';

/**
 * The language field of a list's filter form: a `<select name="lang">` the form reads with
 * `FormData`, the empty value meaning every language.
 */
@Component({
  selector: 'pt-admin-language-filter',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'pt-field' },
  template: `
    <label [for]="fieldId()">{{ label() | translate }}</label>
    <select [id]="fieldId()" name="lang">
      <option value="">{{ allLabel() | translate }}</option>
      @for (l of locales; track l) {
        <option [value]="l" [selected]="l === selected()">{{ names[l] }}</option>
      }
    </select>
  `,
})
export class LanguageFilterComponent {
  readonly fieldId = input.required<string>();
  /** Translation key of the label. */
  readonly label = input.required<string>();
  /** Translation key of the empty choice. */
  readonly allLabel = input('admin.common.all');
  /** The language the list is filtered by now, if any. */
  readonly selected = input<string>();
  protected readonly locales = LOCALES;
  protected readonly names: Readonly<Record<string, string>> = LOCALE_NAMES;
}
