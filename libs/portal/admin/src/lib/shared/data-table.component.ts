import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

/**
 * The admin's data table: a focusable wrapper so keyboard users can scroll a wide table
 * sideways, an optional caption for screen readers, and column headers from translation
 * keys. The rows come in as projected `<tbody>` content.
 */
@Component({
  selector: 'pt-admin-data-table',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<div class="pt-table-wrap" tabindex="0">
    <table class="pt-table">
      @if (caption()) {
        <caption class="pt-visually-hidden">
          {{
            caption()
          }}
        </caption>
      }
      <thead>
        <tr>
          @for (key of columns(); track key) {
            <th scope="col">{{ key | translate }}</th>
          }
        </tr>
      </thead>
      <ng-content />
    </table>
  </div>`,
})
export class DataTableComponent {
  /** Already translated; the page's heading usually says the same, so it is not shown. */
  readonly caption = input<string>();
  /** Translation keys of the column headers, in order. */
  readonly columns = input.required<readonly string[]>();
}
