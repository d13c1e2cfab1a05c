import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { ReadableError } from '../data-access/api-error';

/** An API failure in words, announced to screen readers (role="alert"). */
@Component({
  selector: 'pt-error-alert',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (error(); as e) {
      <div class="pt-alert" role="alert">
        <p>
          <strong>{{ e.key | translate }}</strong>
        </p>
        @if (e.message) {
          <p>{{ e.message }}</p>
        }
        @if (e.details.length) {
          <ul>
            @for (d of e.details; track $index) {
              <li>
                <code>{{ d.path }}</code>: {{ d.message }}
              </li>
            }
          </ul>
        }
      </div>
    }
  `,
})
export class ErrorAlertComponent {
  readonly error = input<ReadableError | null>(null);
}
