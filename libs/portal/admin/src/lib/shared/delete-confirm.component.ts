import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { ConfirmDialogComponent } from './confirm-dialog.component';

/**
 * "Delete this?" for one row of a list: `ask(row)` opens the dialog naming the row, and
 * `confirmed` emits that row once the user confirms; cancelling emits nothing.
 */
@Component({
  selector: 'pt-admin-delete-confirm',
  imports: [TranslatePipe, ConfirmDialogComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <pt-confirm-dialog
      [heading]="texts() + '.deleteTitle' | translate"
      [message]="params() ? (texts() + '.deleteMessage' | translate: params()) : ''"
      [confirmLabel]="'admin.common.delete' | translate"
      [danger]="true"
      (confirmed)="confirm()"
    />
  `,
})
export class DeleteConfirmComponent<T> {
  /**
   * Where the texts are: `<texts>.deleteTitle` heads the dialog, `<texts>.deleteMessage`
   * asks the question with the parameters `describe(row)`.
   */
  readonly texts = input.required<string>();
  readonly describe = input.required<(row: T) => Record<string, string>>();
  readonly confirmed = output<T>();
  private readonly pending = signal<{ readonly row: T } | null>(null);
  protected readonly params = computed(() => {
    const pending = this.pending();
    return pending ? this.describe()(pending.row) : null;
  });
  private readonly dialog = viewChild.required(ConfirmDialogComponent);

  ask(row: T): void {
    this.pending.set({ row });
    this.dialog().open();
  }

  protected confirm(): void {
    const pending = this.pending();
    this.pending.set(null);
    if (pending) this.confirmed.emit(pending.row);
  }
}
