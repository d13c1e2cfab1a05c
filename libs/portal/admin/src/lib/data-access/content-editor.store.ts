import type { AdminItem, AdminTranslation } from '@portal/domain/content';
import { HttpErrorResponse } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { LOCALES, type Locale } from '@portal/domain/locales';
import { type Observable, firstValueFrom } from 'rxjs';
import { AdminApi, type ItemWrite } from './admin-api.service';
import type { ItemReviews, ReviewEvent, TranslationDraft } from './admin.types';
import { type ReadableError, readableError } from './api-error';
import { type ContentSection, itemRef } from './content-sections';

export type Drafts = Partial<Record<Locale, TranslationDraft>>;
export type DraftField = keyof TranslationDraft;

/** What a locale tab shows: its workflow state, or that there is no translation yet. */
export type LocaleState = 'missing' | 'draft' | 'published' | 'scheduled' | 'outdated' | 'review';

export const EMPTY_DRAFT: TranslationDraft = {
  title: '',
  summary: '',
  body: '',
  format: 'markdown',
};

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function draftOf(t: AdminTranslation | undefined): TranslationDraft {
  return t ? { title: t.title, summary: t.summary, body: t.body, format: t.format } : EMPTY_DRAFT;
}

export function sameDraft(a: TranslationDraft, b: TranslationDraft): boolean {
  return (
    a.title === b.title && a.summary === b.summary && a.body === b.body && a.format === b.format
  );
}

/** Locales whose draft differs from what was loaded. An untouched missing locale is not a change. */
export function changedLocales(drafts: Drafts, item: AdminItem | null): Locale[] {
  return LOCALES.filter((locale) => {
    const draft = drafts[locale];
    return draft !== undefined && !sameDraft(draft, draftOf(item?.translations[locale]));
  });
}

/** Outdated wins over the workflow state: a stale translation needs attention first. */
export function localeState(t: AdminTranslation | undefined): LocaleState {
  if (!t) return 'missing';
  if (t.outdated) return 'outdated';
  return t.status;
}

export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
}

export interface Conflict {
  /** The version someone else saved, when the API says it. */
  readonly currentVersion: number | null;
}

/**
 * State of one content editor: the loaded item, the editor's drafts per locale, what is dirty,
 * and the optimistic-locking conflict. Provided per editor component.
 */
@Injectable()
export class ContentEditorStore {
  private readonly api = inject(AdminApi);

  private readonly sectionState = signal<ContentSection | null>(null);
  private readonly itemState = signal<AdminItem | null>(null);
  private readonly draftState = signal<Drafts>({});
  private readonly slugState = signal('');
  private readonly categoryState = signal('');
  /** A field of the item, set only by the editor's explicit choice, never by the open tab. */
  private readonly sourceLocaleState = signal<Locale>('en');

  readonly section = this.sectionState.asReadonly();
  readonly item = this.itemState.asReadonly();
  readonly drafts = this.draftState.asReadonly();
  readonly slug = this.slugState.asReadonly();
  readonly category = this.categoryState.asReadonly();
  readonly sourceLocale = this.sourceLocaleState.asReadonly();
  readonly loading = signal(false);
  readonly busy = signal(false);
  readonly error = signal<ReadableError | null>(null);
  readonly conflict = signal<Conflict | null>(null);
  /** The item's review steps; null when not loaded or not readable by this role. */
  readonly reviews = signal<ItemReviews | null>(null);
  /** A short-lived confirmation: 'saved', 'published', ... (`admin.editor.done.*`). */
  readonly done = signal<string | null>(null);

  readonly isNew = computed(() => this.itemState() === null);
  readonly dirtyLocales = computed(() => changedLocales(this.draftState(), this.itemState()));
  readonly slugChanged = computed(() => this.slugState() !== (this.itemState()?.key ?? ''));
  readonly sourceLocaleChanged = computed(() => {
    const item = this.itemState();
    return item !== null && this.sourceLocaleState() !== item.sourceLocale;
  });
  readonly dirty = computed(
    () =>
      this.dirtyLocales().length > 0 ||
      this.sourceLocaleChanged() ||
      (this.itemState() !== null && this.slugChanged()) ||
      (this.itemState() === null && this.slugState() !== ''),
  );

  draft(locale: Locale): TranslationDraft {
    return this.draftState()[locale] ?? draftOf(this.itemState()?.translations[locale]);
  }

  /** A language waiting for review says so, unless it is outdated (which needs work first). */
  state(locale: Locale): LocaleState {
    const state = localeState(this.itemState()?.translations[locale]);
    return state !== 'outdated' && this.waitsForReview(locale) ? 'review' : state;
  }

  /** The latest review step of a language, if any. */
  latestReview(locale: Locale): ReviewEvent | undefined {
    return this.reviews()?.events.find((e) => e.locale === locale);
  }

  waitsForReview(locale: Locale): boolean {
    return this.reviews()?.waiting.includes(locale) ?? false;
  }

  async open(section: ContentSection, ref: string): Promise<void> {
    this.sectionState.set(section);
    this.loading.set(true);
    this.error.set(null);
    try {
      this.accept(await firstValueFrom(this.api.getItem(section, ref)));
      void this.loadReviews();
    } catch (error) {
      this.error.set(readableError(error));
    } finally {
      this.loading.set(false);
    }
  }

  /** A new item, optionally prefilled (e.g. an unanswered question as the title). */
  startNew(section: ContentSection, prefill: { title?: string; lang?: Locale } = {}): void {
    this.sectionState.set(section);
    this.itemState.set(null);
    this.reviews.set(null);
    this.conflict.set(null);
    this.error.set(null);
    const lang = prefill.lang ?? 'en';
    this.sourceLocaleState.set(lang);
    this.draftState.set(prefill.title ? { [lang]: { ...EMPTY_DRAFT, title: prefill.title } } : {});
    this.slugState.set(prefill.title ? slugify(prefill.title) : '');
  }

  setField(locale: Locale, field: DraftField, value: string): void {
    const next = { ...this.draft(locale), [field]: value } as TranslationDraft;
    this.draftState.update((drafts) => ({ ...drafts, [locale]: next }));
    this.done.set(null);
  }

  setSlug(slug: string): void {
    this.slugState.set(slug);
  }

  setCategory(category: string): void {
    this.categoryState.set(category);
  }

  /** Takes effect on the next save, where the API re-evaluates which translations are outdated. */
  setSourceLocale(locale: Locale): void {
    this.sourceLocaleState.set(locale);
    this.done.set(null);
  }

  /** Creates or saves; a 409 on save becomes `conflict` and the drafts are kept. */
  async save(): Promise<boolean> {
    const section = this.sectionState();
    if (!section) return false;
    const item = this.itemState();
    const locales = this.dirtyLocales();
    const translations: ItemWrite['translations'] = Object.fromEntries(
      locales.map((l) => [l, this.draft(l)]),
    );
    if (item) {
      const body: ItemWrite = {
        version: item.version,
        ...(locales.length ? { translations } : {}),
        ...(this.sourceLocaleChanged() ? { sourceLocale: this.sourceLocaleState() } : {}),
        ...(this.slugChanged() && !section.reference ? { slug: this.slugState() } : {}),
      };
      return this.run(this.api.updateItem(section, itemRef(section, item), body), 'saved');
    }
    const body: ItemWrite = {
      slug: this.slugState(),
      sourceLocale: this.sourceLocaleState(),
      translations,
      ...(section.id === 'programmes' ? { category: this.categoryState() } : {}),
    };
    return this.run(this.api.createItem(section, body), 'created');
  }

  /** Discards the drafts and loads what is saved now (the way out of a conflict). */
  async reload(): Promise<void> {
    const section = this.sectionState();
    const item = this.itemState();
    if (!section || !item) return;
    this.draftState.set({});
    this.conflict.set(null);
    await this.open(section, itemRef(section, item));
  }

  publish(locales: readonly Locale[], publishAt?: string): Promise<boolean> {
    return this.workflow(
      (section, item) =>
        this.api.publish(section, itemRef(section, item), item.version, locales, publishAt),
      publishAt ? 'scheduled' : 'published',
    );
  }

  unpublish(locales: readonly Locale[]): Promise<boolean> {
    return this.workflow(
      (section, item) => this.api.unpublish(section, itemRef(section, item), item.version, locales),
      'unpublished',
    );
  }

  /** Confirms that an unchanged translation still matches the current source text. */
  markUpToDate(locale: Locale): Promise<boolean> {
    return this.workflow(
      (section, item) =>
        this.api.updateItem(section, itemRef(section, item), {
          version: item.version,
          translations: { [locale]: { ...this.draft(locale), markUpToDate: true } },
        }),
      'saved',
    );
  }

  restore(revision: number): Promise<boolean> {
    return this.workflow(
      (section, item) => this.api.restore(section, itemRef(section, item), revision, item.version),
      'restored',
    );
  }

  /** Submits, approves or sends back one language; each step carries the comment. */
  review(locale: Locale, step: 'submit' | 'approve' | 'reject', comment: string): Promise<boolean> {
    const done = { submit: 'submitted', approve: 'approved', reject: 'rejected' }[step];
    return this.workflow(
      (section, item) =>
        this.api.review(section, itemRef(section, item), locale, step, item.version, comment),
      done,
    );
  }

  /** Reference data has no review; a role that may not read the history sees none either. */
  private async loadReviews(): Promise<void> {
    const section = this.sectionState();
    const item = this.itemState();
    if (!section || !item || section.reference) {
      this.reviews.set(null);
      return;
    }
    let reviews: ItemReviews | null = null;
    try {
      reviews = await firstValueFrom(this.api.itemReviews(section, itemRef(section, item)));
    } catch {
      reviews = null;
    }
    // An answer for an item no longer open (or an older version of it) is dropped.
    if (this.itemState() === item) this.reviews.set(reviews);
  }

  private workflow(
    call: (section: ContentSection, item: AdminItem) => Observable<AdminItem>,
    done: string,
  ): Promise<boolean> {
    const section = this.sectionState();
    const item = this.itemState();
    if (!section || !item) return Promise.resolve(false);
    return this.run(call(section, item), done);
  }

  private async run(request: Observable<AdminItem>, done: string): Promise<boolean> {
    this.busy.set(true);
    this.error.set(null);
    this.done.set(null);
    try {
      this.accept(await firstValueFrom(request));
      // Publishing or saving can settle a review too; the steps are read again after each.
      void this.loadReviews();
      this.done.set(done);
      return true;
    } catch (error) {
      const conflict = this.conflictOf(error);
      if (conflict) this.conflict.set(conflict);
      else this.error.set(readableError(error));
      return false;
    } finally {
      this.busy.set(false);
    }
  }

  private conflictOf(error: unknown): Conflict | null {
    if (!(error instanceof HttpErrorResponse) || error.status !== 409) return null;
    const body = error.error as { currentVersion?: unknown } | null;
    // A 409 without a version is some other clash (a taken slug): a plain error, not a conflict.
    if (!body || typeof body.currentVersion !== 'number') return null;
    return { currentVersion: body.currentVersion };
  }

  private accept(item: AdminItem): void {
    this.itemState.set(item);
    this.draftState.set({});
    this.slugState.set(item.key);
    this.categoryState.set(item.category ?? '');
    this.sourceLocaleState.set(item.sourceLocale);
    this.conflict.set(null);
  }
}
