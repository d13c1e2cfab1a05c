import {
  ChangeDetectionStrategy,
  Component,
  type ElementRef,
  input,
  output,
  viewChild,
} from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

/**
 * A confirmation in a native modal <dialog>: the browser traps focus, Escape cancels and focus
 * returns to the opener. `open()` it from the parent; it emits `confirmed` or nothing.
 */
@Component({
  selector: 'pt-confirm-dialog',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <dialog #dialog class="pt-dialog" [attr.aria-labelledby]="id + '-title'" (close)="closed()">
      <h2 [id]="id + '-title'">{{ heading() }}</h2>
      <p>{{ message() }}</p>
      <form method="dialog" class="pt-actions">
        <button type="submit" value="cancel" class="pt-btn" autofocus>
          {{ 'admin.common.cancel' | translate }}
        </button>
        <button
          type="submit"
          value="confirm"
          class="pt-btn"
          [class.pt-btn--danger]="danger()"
          [class.pt-btn--primary]="!danger()"
        >
          {{ confirmLabel() }}
        </button>
      </form>
    </dialog>
  `,
})
export class ConfirmDialogComponent {
  private static next = 0;
  protected readonly id = `pt-confirm-${ConfirmDialogComponent.next++}`;
  readonly heading = input.required<string>();
  readonly message = input.required<string>();
  readonly confirmLabel = input.required<string>();
  readonly danger = input(false);
  readonly confirmed = output<void>();
  private readonly dialog = viewChild.required<ElementRef<HTMLDialogElement>>('dialog');

  open(): void {
    const dialog = this.dialog().nativeElement;
    dialog.returnValue = '';
    dialog.showModal();
  }

  protected closed(): void {
    if (this.dialog().nativeElement.returnValue === 'confirm') this.confirmed.emit();
  }
}
