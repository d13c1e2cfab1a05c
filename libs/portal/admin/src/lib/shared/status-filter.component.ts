import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

/**
 * The status field of a list's filter form: a `<select>` the form reads with `FormData`,
 * each status labelled as its badge is (`admin.status.<status>`), the empty value meaning
 * every status.
 */
@Component({
  selector: 'pt-admin-status-filter',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'pt-field' },
  template: `
    <label [for]="fieldId()">{{ label() | translate }}</label>
    <select [id]="fieldId()" [name]="name()">
      <option value="" [selected]="selected() === undefined">
        {{ 'admin.common.all' | translate }}
      </option>
      @for (s of statuses(); track s) {
        <option [value]="s" [selected]="s === selected()">
          {{ 'admin.status.' + s | translate }}
        </option>
      }
    </select>
  `,
})
export class StatusFilterComponent {
  readonly fieldId = input.required<string>();
  /** Translation key of the label. */
  readonly label = input.required<string>();
  /** The form field's name. */
  readonly name = input('status');
  readonly statuses = input.required<readonly string[]>();
  /** The status the list is filtered by now, if any. */
  readonly selected = input<string>();
}
