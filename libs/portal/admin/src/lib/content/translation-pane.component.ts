import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { Locale } from '@portal/domain/locales';
import type { TranslationDraft } from '../data-access/admin.types';
import { type LocaleTab, LocaleTabsComponent } from './locale-tabs.component';
import { type FieldEdit, TranslationFormComponent } from './translation-form.component';

/** One tab per language and, in the panel they control, the open language's text. */
@Component({
  selector: 'pt-admin-translation-pane',
  imports: [TranslatePipe, LocaleTabsComponent, TranslationFormComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .panel {
      background: #fff;
      border: 1px solid var(--pt-border, #d5dbe3);
      border-top: none;
      padding: 1rem;
      margin-bottom: 1rem;
    }
  `,
  template: `
    <pt-admin-locale-tabs
      idPrefix="editor"
      [tabs]="tabs()"
      [selected]="selected()"
      (selectedChange)="selectedChange.emit($event)"
    />
    <div
      class="panel"
      role="tabpanel"
      id="editor-panel"
      [attr.aria-labelledby]="'editor-tab-' + selected()"
    >
      <pt-admin-translation-form
        [locale]="selected()"
        [draft]="draft()"
        [source]="source()"
        [sourceLocale]="sourceLocale()"
        [sourceHeading]="'admin.editor.sourceText' | translate"
        (fieldChange)="fieldChange.emit($event)"
      />
    </div>
  `,
})
export class TranslationPaneComponent {
  readonly tabs = input.required<readonly LocaleTab[]>();
  readonly selected = input.required<Locale>();
  /** The open language's text as edited so far. */
  readonly draft = input.required<TranslationDraft>();
  /** The text shown beside it, and its language; null shows none. */
  readonly source = input<TranslationDraft | null>(null);
  readonly sourceLocale = input<Locale | null>(null);
  readonly selectedChange = output<Locale>();
  readonly fieldChange = output<FieldEdit>();
}
