import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  linkedSignal,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { LOCALES, LOCALE_NAMES, isLocale, type Locale } from '@portal/domain/locales';
import { PROGRAMME_CATEGORIES } from '@portal/domain/policing';
import { AdminLanguageStore } from '../data-access/admin-language.store';
import { SessionStore } from '../data-access/session.store';
import type { LeaveConfirmation } from '../data-access/admin.guards';
import { ContentEditorStore, SLUG_PATTERN } from '../data-access/content-editor.store';
import {
  CONTENT_SECTIONS,
  fallbackName,
  isContentSectionId,
} from '../data-access/content-sections';
import { ConfirmDialogComponent } from '../shared/confirm-dialog.component';
import { ErrorAlertComponent } from '../shared/error-alert.component';
import { type LocaleTab, LocaleTabsComponent } from './locale-tabs.component';
import { RevisionHistoryComponent } from './revision-history.component';
import { type FieldEdit, TranslationFormComponent } from './translation-form.component';
import { type ScheduleRequest, WorkflowPanelComponent } from './workflow-panel.component';
import { ReviewPanelComponent } from './review-panel.component';

/** Edits a page, programme or reference item in all six locales, with workflow and history. */
@Component({
  selector: 'pt-admin-content-editor-page',
  imports: [
    TranslatePipe,
    RouterLink,
    ConfirmDialogComponent,
    ErrorAlertComponent,
    LocaleTabsComponent,
    TranslationFormComponent,
    WorkflowPanelComponent,
    ReviewPanelComponent,
    RevisionHistoryComponent,
  ],
  providers: [ContentEditorStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(window:beforeunload)': 'onBeforeUnload($event)' },
  styles: `
    .panel {
      background: #fff;
      border: 1px solid var(--pt-border, #d5dbe3);
      border-top: none;
      padding: 1rem;
      margin-bottom: 1rem;
    }
    .meta {
      display: grid;
      gap: 0 1rem;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
    }
  `,
  template: `
    <p>
      <a [routerLink]="sectionInfo().route">{{ 'admin.editor.back' | translate }}</a>
    </p>
    <h1>
      @if (store.isNew()) {
        {{ 'admin.content.new.' + sectionInfo().id | translate }}
      } @else {
        {{ 'admin.editor.editing' | translate: { title: heading() } }}
      }
    </h1>

    @if (store.conflict(); as c) {
      <div class="pt-alert pt-alert--warning" role="alert">
        <p>
          <strong>{{ 'admin.editor.conflictTitle' | translate }}</strong>
        </p>
        <p>{{ 'admin.editor.conflictText' | translate: { version: c.currentVersion ?? '?' } }}</p>
        <div class="pt-actions">
          <button type="button" class="pt-btn pt-btn--primary" (click)="reload()">
            {{ 'admin.editor.conflictReload' | translate }}
          </button>
        </div>
      </div>
    }
    <pt-error-alert [error]="store.error()" />
    <p role="status" class="pt-visually-hidden">
      @if (store.done(); as done) {
        {{ 'admin.editor.done.' + done | translate }}
      }
    </p>
    @if (store.done(); as done) {
      <p class="pt-alert pt-alert--ok" aria-hidden="true">
        {{ 'admin.editor.done.' + done | translate }}
      </p>
    }

    @if (store.loading()) {
      <p role="status">{{ 'admin.common.loading' | translate }}</p>
    } @else if (showForm()) {
      <form (submit)="save($event)" novalidate>
        <div class="meta">
          @if (!sectionInfo().reference) {
            <div class="pt-field">
              <label for="editor-slug">{{ 'admin.content.slug' | translate }}</label>
              <input
                #slug
                id="editor-slug"
                type="text"
                [value]="store.slug()"
                (input)="store.setSlug(slug.value)"
                [attr.aria-invalid]="slugInvalid() || null"
                aria-describedby="editor-slug-hint"
                maxlength="80"
              />
              <p class="pt-hint" id="editor-slug-hint">{{ 'admin.editor.slugHint' | translate }}</p>
            </div>
          } @else {
            <p>
              {{ 'admin.content.slug' | translate }}: <code>{{ store.item()?.key }}</code>
            </p>
          }
          @if (sectionInfo().id === 'programmes' && store.isNew()) {
            <div class="pt-field">
              <label for="editor-category">{{ 'admin.editor.category' | translate }}</label>
              <select #category id="editor-category" (change)="store.setCategory(category.value)">
                <option value="">—</option>
                @for (c of categories; track c) {
                  <option [value]="c" [selected]="c === store.category()">
                    {{ 'admin.editor.categories.' + c | translate }}
                  </option>
                }
              </select>
            </div>
          }
          <div class="pt-field">
            <label for="editor-source-locale">{{ 'admin.editor.sourceLocale' | translate }}</label>
            <select
              #sourceLocale
              id="editor-source-locale"
              aria-describedby="editor-source-locale-hint"
              (change)="chooseSource(sourceLocale)"
            >
              @for (l of locales; track l) {
                <option [value]="l" [selected]="l === store.sourceLocale()">{{ names[l] }}</option>
              }
            </select>
            <p class="pt-hint" id="editor-source-locale-hint">
              {{ 'admin.editor.sourceLocaleHint' | translate }}
            </p>
          </div>
          <div class="pt-field">
            <label for="editor-source">{{ 'admin.editor.compareWith' | translate }}</label>
            <select #compare id="editor-source" (change)="setCompare(compare.value)">
              <option value="">{{ 'admin.editor.noSource' | translate }}</option>
              @for (l of sourceOptions(); track l) {
                <option [value]="l" [selected]="l === compareWith()">{{ names[l] }}</option>
              }
            </select>
          </div>
        </div>

        <pt-admin-locale-tabs
          idPrefix="editor"
          [tabs]="tabs()"
          [selected]="selected()"
          (selectedChange)="select($event)"
        />
        <div
          class="panel"
          role="tabpanel"
          id="editor-panel"
          [attr.aria-labelledby]="'editor-tab-' + selected()"
        >
          <pt-admin-translation-form
            [locale]="selected()"
            [draft]="store.draft(selected())"
            [source]="sourceDraft()"
            [sourceLocale]="effectiveSource()"
            [sourceHeading]="'admin.editor.sourceText' | translate"
            (fieldChange)="edit($event)"
          />
        </div>
        <div class="pt-actions">
          <button
            type="submit"
            class="pt-btn pt-btn--primary"
            [disabled]="store.busy() || !store.dirty() || slugInvalid()"
          >
            {{ 'admin.editor.save' | translate }}
          </button>
          @if (store.dirty()) {
            <span class="pt-hint">{{ 'admin.editor.unsavedHint' | translate }}</span>
          }
          @if (!store.isNew() && store.item(); as item) {
            <a
              [href]="'/' + selected() + sectionInfo().publicPath(item.slug)"
              target="_blank"
              rel="noopener"
              >{{ 'admin.editor.viewPublic' | translate }}</a
            >
          }
        </div>
      </form>
      <pt-confirm-dialog
        #sourceConfirm
        [heading]="'admin.editor.sourceLocaleConfirmTitle' | translate"
        [message]="
          'admin.editor.sourceLocaleConfirmMessage'
            | translate: { lang: pendingSource() ? names[pendingSource()!] : '' }
        "
        [confirmLabel]="'admin.editor.sourceLocaleConfirm' | translate"
        (confirmed)="confirmSource()"
      />

      @if (store.item(); as item) {
        <pt-admin-workflow-panel
          [locale]="selected()"
          [translation]="item.translations[selected()]"
          [allLocales]="translatedLocales()"
          [dirty]="store.dirty()"
          [busy]="store.busy()"
          [tag]="language.tag()"
          [canPublish]="session.can('content.publish')"
          (publish)="store.publish($event)"
          (unpublish)="store.unpublish([$event])"
          (schedule)="schedule($event)"
          (markUpToDate)="store.markUpToDate($event)"
        />
        @if (store.reviews() && item.translations[selected()]) {
          <pt-admin-review-panel
            [locale]="selected()"
            [translation]="item.translations[selected()]"
            [latest]="store.latestReview(selected())"
            [waiting]="store.waitsForReview(selected())"
            [canSubmit]="session.can('content.submit')"
            [canReview]="session.can('content.publish')"
            [dirty]="store.dirty()"
            [busy]="store.busy()"
            [tag]="language.tag()"
            (step)="store.review(selected(), $event.step, $event.comment)"
          />
        }
        <pt-admin-revision-history
          [section]="sectionInfo()"
          [item]="item"
          [tag]="language.tag()"
          [reviewSteps]="store.reviews()?.events ?? null"
          [canRestore]="session.can('content.publish')"
          (restore)="store.restore($event)"
        />
      }
    }
  `,
})
export class ContentEditorPageComponent implements LeaveConfirmation {
  protected readonly store = inject(ContentEditorStore);
  protected readonly language = inject(AdminLanguageStore);
  protected readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly translate = inject(TranslateService);
  protected readonly names = LOCALE_NAMES;
  protected readonly categories = PROGRAMME_CATEGORIES;
  protected readonly locales = LOCALES;
  /** The source language waiting for the editor's confirmation. */
  protected readonly pendingSource = signal<Locale | null>(null);
  private readonly sourceConfirm = viewChild<ConfirmDialogComponent>('sourceConfirm');

  /** Route data (pages, programmes) or the `:section` parameter (reference data). */
  readonly section = input<string>();
  /** Item id (or code/slug for reference data); absent on /new. */
  readonly id = input<string>();
  /** Query parameters: the tab to open, and a prefill for new items. */
  readonly tab = input<string>();
  readonly title = input<string>();
  readonly lang = input<string>();

  protected readonly sectionInfo = computed(() => {
    const id = this.section();
    return CONTENT_SECTIONS[isContentSectionId(id) ? id : 'pages'];
  });

  /** Which item is open: saving replaces the item but must not reset the tab or the source. */
  private readonly openItemId = computed(() => this.store.item()?.id ?? null);

  protected readonly selected = linkedSignal<Locale>(() => {
    const tab = this.tab();
    if (isLocale(tab)) return tab;
    const lang = this.lang();
    if (isLocale(lang)) return lang;
    this.openItemId();
    return untracked(() => this.store.item()?.sourceLocale) ?? 'en';
  });

  /** The locale shown beside the fields: chosen, else the item's source language. */
  protected readonly compareWith = linkedSignal<Locale | null>(() => {
    this.openItemId();
    return untracked(() => this.store.item()?.sourceLocale) ?? null;
  });

  protected readonly translatedLocales = computed(() =>
    LOCALES.filter((l) => this.store.item()?.translations[l]),
  );

  protected readonly sourceOptions = computed(() =>
    LOCALES.filter((l) => this.store.item()?.translations[l] || this.store.drafts()[l]),
  );

  protected readonly effectiveSource = computed(() => {
    const source = this.compareWith();
    return source && source !== this.selected() ? source : null;
  });

  protected readonly sourceDraft = computed(() => {
    const source = this.effectiveSource();
    return source ? this.store.draft(source) : null;
  });

  protected readonly tabs = computed<LocaleTab[]>(() => {
    const dirty = this.store.dirtyLocales();
    return LOCALES.map((locale) => ({
      locale,
      state: this.store.state(locale),
      dirty: dirty.includes(locale),
    }));
  });

  protected readonly heading = computed(() => {
    const item = this.store.item();
    if (!item) return '';
    return (
      item.translations[this.selected()]?.title ??
      item.translations[item.sourceLocale]?.title ??
      fallbackName(this.sectionInfo(), item.key, this.language.tag())
    );
  });

  /** An existing item that failed to load shows only the error, never an empty new form. */
  protected readonly showForm = computed(() => this.store.item() !== null || !this.id());

  protected readonly slugInvalid = computed(
    () => !this.sectionInfo().reference && !SLUG_PATTERN.test(this.store.slug()),
  );

  constructor() {
    effect(() => {
      const section = this.sectionInfo();
      const id = this.id();
      const title = this.title();
      const lang = this.lang();
      untracked(() => {
        if (id) void this.store.open(section, id);
        else
          this.store.startNew(section, {
            title: title || undefined,
            lang: isLocale(lang) ? lang : undefined,
          });
      });
    });
  }

  canLeave(): boolean {
    return !this.store.dirty();
  }

  protected onBeforeUnload(event: BeforeUnloadEvent): void {
    if (this.canLeave()) return;
    event.preventDefault();
    // Older browsers show the prompt only when returnValue is set.
    event.returnValue = this.translate.instant('admin.editor.leaveConfirm') as string;
  }

  protected select(locale: Locale): void {
    this.selected.set(locale);
  }

  /**
   * A new item has nothing to re-evaluate; on a saved one the choice decides which
   * translations are outdated, so it waits for a confirmation. The list shows the current
   * source until then, so cancelling leaves nothing half-changed.
   */
  protected chooseSource(select: HTMLSelectElement): void {
    const locale = select.value;
    if (!isLocale(locale) || locale === this.store.sourceLocale()) return;
    if (this.store.isNew()) {
      this.store.setSourceLocale(locale);
      return;
    }
    select.value = this.store.sourceLocale();
    this.pendingSource.set(locale);
    this.sourceConfirm()?.open();
  }

  protected confirmSource(): void {
    const locale = this.pendingSource();
    if (locale) this.store.setSourceLocale(locale);
    this.pendingSource.set(null);
  }

  protected setCompare(value: string): void {
    this.compareWith.set(isLocale(value) ? value : null);
  }

  protected edit(change: FieldEdit): void {
    this.store.setField(this.selected(), change.field, change.value);
  }

  protected async save(event: Event): Promise<void> {
    event.preventDefault();
    const wasNew = this.store.isNew();
    const ok = await this.store.save();
    const item = this.store.item();
    if (ok && wasNew && item) {
      await this.router.navigate([this.sectionInfo().route, item.id], {
        queryParams: { tab: this.selected() },
        replaceUrl: true,
      });
    }
  }

  protected async reload(): Promise<void> {
    await this.store.reload();
  }

  protected schedule(request: ScheduleRequest): void {
    void this.store.publish([request.locale], request.at);
  }
}
