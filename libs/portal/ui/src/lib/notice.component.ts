import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** A calm, bordered message inside the page flow (fallback language, outdated text, hints). */
@Component({
  selector: 'pt-notice',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<div class="notice" [class]="'notice notice--' + tone()" role="note">
    <ng-content />
  </div>`,
  styles: `
    .notice {
      border-inline-start: 4px solid var(--pt-info);
      background: var(--pt-info-bg);
      padding: var(--pt-space-2) var(--pt-space-3);
      margin-block: var(--pt-space-3);
      border-radius: var(--pt-radius);
    }
    .notice--warning {
      border-color: var(--pt-warning);
      background: var(--pt-warning-bg);
    }
    .notice--error {
      border-color: var(--pt-error);
      background: var(--pt-error-bg);
    }
  `,
})
export class NoticeComponent {
  readonly tone = input<'info' | 'warning' | 'error'>('info');
}
