import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { Upload } from '../data-access/document-upload.store';
import { ErrorAlertComponent } from '../shared/error-alert.component';

/** Progress and outcome of each file being uploaded. */
@Component({
  selector: 'pt-admin-upload-list',
  imports: [TranslatePipe, ErrorAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    ul {
      list-style: none;
      padding: 0;
    }
    li {
      border-bottom: 1px solid var(--pt-border, #d5dbe3);
      padding: 0.5rem 0;
    }
    progress {
      width: min(20rem, 100%);
      vertical-align: middle;
    }
  `,
  template: `
    <ul [attr.aria-label]="'admin.documents.uploads' | translate">
      @for (u of uploads(); track u.id) {
        <li>
          <strong>{{ u.name }}</strong>
          <progress
            max="100"
            [value]="u.progress"
            [attr.aria-label]="'admin.documents.progressOf' | translate: { name: u.name }"
          ></progress>
          <span>{{ 'admin.documents.state.' + u.state | translate }}</span>
          @if (u.result && u.state === 'done') {
            <span> · {{ 'admin.documents.passages' | translate: { count: u.result.chunks } }}</span>
          }
          <pt-error-alert [error]="u.error ?? null" />
        </li>
      }
    </ul>
    <p class="pt-visually-hidden" aria-live="polite">
      @for (u of uploads(); track u.id) {
        @if (u.state === 'done' || u.state === 'failed') {
          {{ u.name }}: {{ 'admin.documents.state.' + u.state | translate }}.
        }
      }
    </p>
  `,
})
export class UploadListComponent {
  readonly uploads = input.required<readonly Upload[]>();
}
