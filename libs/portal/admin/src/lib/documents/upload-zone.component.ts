import { ChangeDetectionStrategy, Component, input, output, signal } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { UPLOAD_EXTENSIONS } from '../data-access/document-upload.store';

/** Drop files here or pick them with the file input (which stays the keyboard route). */
@Component({
  selector: 'pt-admin-upload-zone',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .zone {
      border: 2px dashed var(--pt-border-strong, #7a8699);
      border-radius: 12px;
      padding: 1.5rem;
      text-align: center;
      background: #fff;
    }
    .zone .pt-field {
      align-items: center;
    }
    .zone.over {
      border-color: var(--pt-brand, #0b3d6b);
      background: var(--pt-hover, #e8eff7);
    }
  `,
  template: `
    <div
      class="zone"
      [class.over]="over()"
      (dragover)="dragOver($event)"
      (dragleave)="over.set(false)"
      (drop)="drop($event)"
    >
      <p>{{ 'admin.documents.dropHere' | translate }}</p>
      <div class="pt-field">
        <label for="upload-input">{{ 'admin.documents.chooseFiles' | translate }}</label>
        <input
          id="upload-input"
          type="file"
          multiple
          [accept]="accept"
          [disabled]="disabled()"
          aria-describedby="upload-hint"
          (change)="picked($event)"
        />
      </div>
      <p class="pt-hint" id="upload-hint">{{ 'admin.documents.allowed' | translate }}</p>
    </div>
  `,
})
export class UploadZoneComponent {
  protected readonly accept = UPLOAD_EXTENSIONS.join(',');
  readonly disabled = input(false);
  readonly files = output<File[]>();
  protected readonly over = signal(false);

  protected dragOver(event: DragEvent): void {
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    this.over.set(true);
  }

  protected drop(event: DragEvent): void {
    event.preventDefault();
    this.over.set(false);
    const files = Array.from(event.dataTransfer?.files ?? []);
    if (files.length) this.files.emit(files);
  }

  protected picked(event: Event): void {
    const input = event.target as HTMLInputElement;
    const files = Array.from(input.files ?? []);
    if (files.length) this.files.emit(files);
    // Picking the same file again must fire another change event.
    input.value = '';
  }
}
