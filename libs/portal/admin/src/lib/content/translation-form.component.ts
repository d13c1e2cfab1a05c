import { ChangeDetectionStrategy, Component, input, output, signal } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { LOCALE_NAMES, type Locale } from '@portal/domain/locales';
import type { TranslationDraft } from '../data-access/admin.types';
import type { DraftField } from '../data-access/content-editor.store';
import { MarkdownPreviewComponent } from './markdown-preview.component';

export interface FieldEdit {
  readonly field: DraftField;
  readonly value: string;
}

/**
 * The fields of one locale, each with the source-language text beside it (side by side on
 * wide screens, stacked on narrow ones) so a translator never loses the original.
 */
@Component({
  selector: 'pt-admin-translation-form',
  imports: [TranslatePipe, MarkdownPreviewComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .row {
      display: grid;
      gap: 0.25rem 1rem;
      margin-bottom: 0.75rem;
    }
    @media (min-width: 60rem) {
      .row.with-source {
        grid-template-columns: 1fr 1fr;
      }
    }
    .source {
      background: var(--pt-surface-alt, #eef2f6);
      border-radius: 6px;
      padding: 0.4rem 0.6rem;
      white-space: pre-wrap;
      max-height: 24rem;
      overflow: auto;
      font-size: 0.95rem;
    }
    .source-label {
      font-size: 0.85rem;
      color: var(--pt-muted, #5a6678);
      font-weight: 600;
    }
    .body {
      min-height: 18rem;
    }
  `,
  template: `
    <div class="row" [class.with-source]="!!source()">
      <div class="pt-field">
        <label [for]="id('title')">{{ 'admin.editor.titleField' | translate }}</label>
        <input
          [id]="id('title')"
          type="text"
          [attr.lang]="locale()"
          [value]="draft().title"
          (input)="edit('title', $event)"
          maxlength="300"
        />
      </div>
      @if (source(); as s) {
        <div>
          <div class="source-label">{{ sourceLabel() }}</div>
          <div class="source" [attr.lang]="sourceLocale()">{{ s.title }}</div>
        </div>
      }
    </div>
    <div class="row" [class.with-source]="!!source()">
      <div class="pt-field">
        <label [for]="id('summary')">{{ 'admin.editor.summaryField' | translate }}</label>
        <textarea
          [id]="id('summary')"
          rows="3"
          [attr.lang]="locale()"
          [value]="draft().summary"
          (input)="edit('summary', $event)"
          maxlength="2000"
        ></textarea>
      </div>
      @if (source(); as s) {
        <div>
          <div class="source-label">{{ sourceLabel() }}</div>
          <div class="source" [attr.lang]="sourceLocale()">{{ s.summary }}</div>
        </div>
      }
    </div>
    <div class="pt-field">
      <label [for]="id('format')">{{ 'admin.editor.formatField' | translate }}</label>
      <select [id]="id('format')" [value]="draft().format" (change)="edit('format', $event)">
        <option value="markdown">Markdown</option>
        <option value="html">HTML</option>
      </select>
    </div>
    <div class="row" [class.with-source]="!!source()">
      <div class="pt-field">
        <label [for]="id('body')">{{ 'admin.editor.bodyField' | translate }}</label>
        <textarea
          class="body"
          [id]="id('body')"
          [attr.lang]="locale()"
          [attr.aria-describedby]="id('body-hint')"
          [value]="draft().body"
          (input)="edit('body', $event)"
        ></textarea>
        <p class="pt-hint" [id]="id('body-hint')">
          {{ 'admin.editor.bodyHint.' + draft().format | translate }}
        </p>
      </div>
      @if (source(); as s) {
        <div>
          <div class="source-label">{{ sourceLabel() }}</div>
          <div
            class="source"
            tabindex="0"
            role="region"
            [attr.aria-label]="sourceLabel()"
            [attr.lang]="sourceLocale()"
          >
            {{ s.body }}
          </div>
        </div>
      }
    </div>
    <div class="pt-actions">
      <button
        type="button"
        class="pt-btn"
        [attr.aria-pressed]="preview()"
        [attr.aria-controls]="id('preview')"
        (click)="preview.set(!preview())"
      >
        {{ 'admin.editor.preview' | translate }}
      </button>
    </div>
    <div [id]="id('preview')">
      @if (preview()) {
        <h3>{{ 'admin.editor.previewHeading' | translate }}</h3>
        <pt-admin-markdown-preview
          [body]="draft().body"
          [format]="draft().format"
          [lang]="locale()"
        />
      }
    </div>
  `,
})
export class TranslationFormComponent {
  readonly locale = input.required<Locale>();
  readonly draft = input.required<TranslationDraft>();
  /** The text being translated from; null when this locale is the source. */
  readonly source = input<TranslationDraft | null>(null);
  readonly sourceLocale = input<Locale | null>(null);
  readonly sourceHeading = input('');
  readonly fieldChange = output<FieldEdit>();
  protected readonly preview = signal(false);

  protected id(field: string): string {
    return `tr-${this.locale()}-${field}`;
  }

  protected sourceLabel(): string {
    const l = this.sourceLocale();
    return l ? `${this.sourceHeading()} (${LOCALE_NAMES[l]})` : '';
  }

  protected edit(field: DraftField, event: Event): void {
    const value = (event.target as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement)
      .value;
    this.fieldChange.emit({ field, value });
  }
}
