import {
  ChangeDetectionStrategy,
  Component,
  type ElementRef,
  input,
  output,
  viewChildren,
} from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { LOCALE_NAMES, type Locale } from '@portal/domain/locales';
import type { LocaleState } from '../data-access/content-editor.store';

export interface LocaleTab {
  readonly locale: Locale;
  readonly state: LocaleState;
  readonly dirty: boolean;
}

/**
 * The ARIA tabs pattern for locales: one tab stop, arrow keys move between tabs (automatic
 * activation), Home and End jump. Each tab names its language and workflow state.
 */
@Component({
  selector: 'pt-admin-locale-tabs',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    [role='tablist'] {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem;
      border-bottom: 2px solid var(--pt-brand, #0b3d6b);
    }
    [role='tab'] {
      font: inherit;
      border: 1px solid var(--pt-border, #d5dbe3);
      border-bottom: none;
      background: var(--pt-surface-alt, #eef2f6);
      border-radius: 6px 6px 0 0;
      padding: 0.4rem 0.75rem;
      cursor: pointer;
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      color: inherit;
    }
    [role='tab'][aria-selected='true'] {
      background: var(--pt-brand, #0b3d6b);
      color: #fff;
      border-color: var(--pt-brand, #0b3d6b);
    }
    .state {
      font-size: 0.8rem;
    }
  `,
  template: `
    <div role="tablist" [attr.aria-label]="'admin.editor.languages' | translate">
      @for (tab of tabs(); track tab.locale; let i = $index) {
        <button
          #tabButton
          type="button"
          role="tab"
          [id]="idPrefix() + '-tab-' + tab.locale"
          [attr.aria-selected]="tab.locale === selected()"
          [attr.aria-controls]="idPrefix() + '-panel'"
          [tabIndex]="tab.locale === selected() ? 0 : -1"
          (click)="selectedChange.emit(tab.locale)"
          (keydown)="onKey($event, i)"
        >
          <span [attr.lang]="tab.locale">{{ names[tab.locale] }}</span>
          <span class="state"
            >{{ 'admin.status.' + tab.state | translate }}
            @if (tab.dirty) {
              · {{ 'admin.editor.unsaved' | translate }}
            }
          </span>
        </button>
      }
    </div>
  `,
})
export class LocaleTabsComponent {
  protected readonly names = LOCALE_NAMES;
  readonly tabs = input.required<readonly LocaleTab[]>();
  readonly selected = input.required<Locale>();
  readonly idPrefix = input('editor');
  readonly selectedChange = output<Locale>();
  private readonly buttons = viewChildren<ElementRef<HTMLButtonElement>>('tabButton');

  protected onKey(event: KeyboardEvent, index: number): void {
    const count = this.tabs().length;
    const target =
      event.key === 'ArrowRight'
        ? (index + 1) % count
        : event.key === 'ArrowLeft'
          ? (index - 1 + count) % count
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? count - 1
              : -1;
    if (target < 0) return;
    event.preventDefault();
    this.selectedChange.emit(this.tabs()[target].locale);
    this.buttons()[target]?.nativeElement.focus();
  }
}
