import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

/** A list row's "Delete" button, named for screen readers after the row it deletes. */
@Component({
  selector: 'pt-admin-delete-button',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button type="button" class="pt-btn pt-btn--danger" (click)="pressed.emit()">
      {{ 'admin.common.delete' | translate }}
      <span class="pt-visually-hidden">{{ name() }}</span>
    </button>
  `,
})
export class DeleteButtonComponent {
  /** What the row is called (a title, an email address). */
  readonly name = input.required<string>();
  readonly pressed = output<void>();
}
