import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { LOCALES, LOCALE_NAMES, isLocale, type Locale } from '@portal/domain/locales';
import { PROGRAMME_CATEGORIES } from '@portal/domain/policing';
import type { ContentSection } from '../data-access/content-sections';

/**
 * The fields of an item that hold for every language: its address (slug), a new programme's
 * category, its source language, and which language the editor compares with.
 */
@Component({
  selector: 'pt-admin-item-fields',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .meta {
      display: grid;
      gap: 0 1rem;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
    }
  `,
  template: `
    <div class="meta">
      @if (!section().reference) {
        <div class="pt-field">
          <label for="editor-slug">{{ 'admin.content.slug' | translate }}</label>
          <input
            #slugInput
            id="editor-slug"
            type="text"
            [value]="slug()"
            (input)="slugChange.emit(slugInput.value)"
            [attr.aria-invalid]="slugInvalid() || null"
            aria-describedby="editor-slug-hint"
            maxlength="80"
          />
          <p class="pt-hint" id="editor-slug-hint">{{ 'admin.editor.slugHint' | translate }}</p>
        </div>
      } @else {
        <p>
          {{ 'admin.content.slug' | translate }}: <code>{{ itemKey() }}</code>
        </p>
      }
      @if (section().id === 'programmes' && isNew()) {
        <div class="pt-field">
          <label for="editor-category">{{ 'admin.editor.category' | translate }}</label>
          <select
            #categorySelect
            id="editor-category"
            (change)="categoryChange.emit(categorySelect.value)"
          >
            <option value="">—</option>
            @for (c of categories; track c) {
              <option [value]="c" [selected]="c === category()">
                {{ 'admin.editor.categories.' + c | translate }}
              </option>
            }
          </select>
        </div>
      }
      <div class="pt-field">
        <label for="editor-source-locale">{{ 'admin.editor.sourceLocale' | translate }}</label>
        <select
          #sourceSelect
          id="editor-source-locale"
          aria-describedby="editor-source-locale-hint"
          (change)="chooseSource(sourceSelect)"
        >
          @for (l of locales; track l) {
            <option [value]="l" [selected]="l === sourceLocale()">{{ names[l] }}</option>
          }
        </select>
        <p class="pt-hint" id="editor-source-locale-hint">
          {{ 'admin.editor.sourceLocaleHint' | translate }}
        </p>
      </div>
      <div class="pt-field">
        <label for="editor-source">{{ 'admin.editor.compareWith' | translate }}</label>
        <select #compareSelect id="editor-source" (change)="compare(compareSelect.value)">
          <option value="">{{ 'admin.editor.noSource' | translate }}</option>
          @for (l of compareOptions(); track l) {
            <option [value]="l" [selected]="l === compareWith()">{{ names[l] }}</option>
          }
        </select>
      </div>
    </div>
  `,
})
export class ItemFieldsComponent {
  protected readonly names = LOCALE_NAMES;
  protected readonly locales = LOCALES;
  protected readonly categories = PROGRAMME_CATEGORIES;

  readonly section = input.required<ContentSection>();
  /** Not saved yet: the category may be set. */
  readonly isNew = input(true);
  /** Reference data keeps its key (code, slug) and shows it instead of an address field. */
  readonly itemKey = input<string | null>(null);
  readonly slug = input('');
  readonly slugInvalid = input(false);
  readonly category = input('');
  readonly sourceLocale = input.required<Locale>();
  /** The languages that have a text to compare with. */
  readonly compareOptions = input<readonly Locale[]>([]);
  readonly compareWith = input<Locale | null>(null);

  readonly slugChange = output<string>();
  readonly categoryChange = output<string>();
  /** Another source language was picked; the list keeps showing `sourceLocale` until it changes. */
  readonly sourceLocaleChoice = output<Locale>();
  readonly compareWithChange = output<Locale | null>();

  /**
   * On a saved item the choice decides which translations are outdated, so the page may ask
   * for a confirmation first; until the input changes, the list shows the source in force, so
   * cancelling leaves nothing half-changed.
   */
  protected chooseSource(select: HTMLSelectElement): void {
    const locale = select.value;
    select.value = this.sourceLocale();
    if (isLocale(locale) && locale !== this.sourceLocale()) this.sourceLocaleChoice.emit(locale);
  }

  protected compare(value: string): void {
    this.compareWithChange.emit(isLocale(value) ? value : null);
  }
}
