import {
  ChangeDetectionStrategy,
  Component,
  computed,
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
import { AdminLanguageStore } from '../data-access/admin-language.store';
import { SessionStore } from '../data-access/session.store';
import type { LeaveConfirmation } from '../data-access/admin.guards';
import {
  ContentEditorStore,
  type EditorTarget,
  SLUG_PATTERN,
} from '../data-access/content-editor.store';
import {
  CONTENT_SECTIONS,
  fallbackName,
  isContentSectionId,
} from '../data-access/content-sections';
import { ConfirmDialogComponent } from '../shared/confirm-dialog.component';
import { ErrorAlertComponent } from '../shared/error-alert.component';
import { ItemFieldsComponent } from './item-fields.component';
import type { LocaleTab } from './locale-tabs.component';
import { RevisionHistoryComponent } from './revision-history.component';
import type { FieldEdit } from './translation-form.component';
import { TranslationPaneComponent } from './translation-pane.component';
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
    ItemFieldsComponent,
    TranslationPaneComponent,
    WorkflowPanelComponent,
    ReviewPanelComponent,
    RevisionHistoryComponent,
  ],
  providers: [ContentEditorStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(window:beforeunload)': 'onBeforeUnload($event)' },
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
        <pt-admin-item-fields
          [section]="sectionInfo()"
          [isNew]="store.isNew()"
          [itemKey]="store.item()?.key ?? null"
          [slug]="store.slug()"
          [slugInvalid]="slugInvalid()"
          [category]="store.category()"
          [sourceLocale]="store.sourceLocale()"
          [compareOptions]="sourceOptions()"
          [compareWith]="compareWith()"
          (slugChange)="store.setSlug($event)"
          (categoryChange)="store.setCategory($event)"
          (sourceLocaleChoice)="chooseSource($event)"
          (compareWithChange)="compareWith.set($event)"
        />
        <pt-admin-translation-pane
          [tabs]="tabs()"
          [selected]="selected()"
          [draft]="store.draft(selected())"
          [source]="sourceDraft()"
          [sourceLocale]="effectiveSource()"
          (selectedChange)="selected.set($event)"
          (fieldChange)="edit($event)"
        />
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

  /** What the route asks for: the item `id`, or a new one prefilled from the query. */
  private readonly target = computed<EditorTarget>(() => {
    const section = this.sectionInfo();
    const id = this.id();
    if (id) return { section, ref: id };
    const title = this.title();
    const lang = this.lang();
    return {
      section,
      prefill: { title: title || undefined, lang: isLocale(lang) ? lang : undefined },
    };
  });

  constructor() {
    this.store.follow(this.target);
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

  /**
   * A new item has nothing to re-evaluate; on a saved one the choice decides which
   * translations are outdated, so it waits for a confirmation.
   */
  protected chooseSource(locale: Locale): void {
    if (this.store.isNew()) {
      this.store.setSourceLocale(locale);
      return;
    }
    this.pendingSource.set(locale);
    this.sourceConfirm()?.open();
  }

  protected confirmSource(): void {
    const locale = this.pendingSource();
    if (locale) this.store.setSourceLocale(locale);
    this.pendingSource.set(null);
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

  protected reload(): void {
    this.store.reload();
  }

  protected schedule(request: ScheduleRequest): void {
    void this.store.publish([request.locale], request.at);
  }
}
