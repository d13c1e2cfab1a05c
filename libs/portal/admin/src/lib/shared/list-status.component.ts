import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { ReadableError } from '../data-access/api-error';
import { ErrorAlertComponent } from './error-alert.component';

/**
 * What a list screen says above its rows: the one error alert, then a status line (a live
 * region) with "loading", or the outcome of the last action (projected) and the number of
 * rows. Without a count the status line holds only the projected outcome.
 */
@Component({
  selector: 'pt-admin-list-status',
  imports: [TranslatePipe, ErrorAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <pt-error-alert [error]="error()" />
    @if (loading()) {
      <p role="status">{{ 'admin.common.loading' | translate }}</p>
    } @else {
      <p class="pt-hint" role="status">
        <ng-content />
        @if (count() !== null) {
          {{ 'admin.common.count' | translate: { count: count() } }}
        }
      </p>
    }
  `,
})
export class ListStatusComponent {
  readonly error = input<ReadableError | null>(null);
  /** The rows that match, over every page; null for a screen that does not count them. */
  readonly count = input<number | null>(null);
  readonly loading = input(false);
}
