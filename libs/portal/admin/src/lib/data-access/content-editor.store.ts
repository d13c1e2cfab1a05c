import type { AdminItem, AdminTranslation } from '@portal/domain/content';
import { HttpErrorResponse } from '@angular/common/http';
import { Injectable, type Signal, computed, inject, linkedSignal, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { LOCALES, type Locale } from '@portal/domain/locales';
import { type Observable, catchError, firstValueFrom, of } from 'rxjs';
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

/** A new item's first values, from the link that opened the editor (an unanswered question). */
export interface NewItemPrefill {
  readonly title?: string;
  readonly lang?: Locale;
}

/** What the editor shows: a saved item by its reference, or a new item. */
export type EditorTarget =
  | { readonly section: ContentSection; readonly ref: string }
  | {
      readonly section: ContentSection;
      readonly ref?: undefined;
      readonly prefill?: NewItemPrefill;
    };

/** The edits of one open item (or of a new one); they start again from each item shown. */
interface Edits {
  readonly drafts: Drafts;
  readonly slug: string;
  readonly category: string;
  readonly sourceLocale: Locale;
}

function editsOf(item: AdminItem | null, target: EditorTarget | null): Edits {
  if (item) {
    return {
      drafts: {},
      slug: item.key,
      category: item.category ?? '',
      sourceLocale: item.sourceLocale,
    };
  }
  const prefill = (target?.ref === undefined && target?.prefill) || {};
  const lang = prefill.lang ?? 'en';
  return {
    drafts: prefill.title ? { [lang]: { ...EMPTY_DRAFT, title: prefill.title } } : {},
    slug: prefill.title ? slugify(prefill.title) : '',
    category: '',
    sourceLocale: lang,
  };
}

/**
 * State of one content editor: the loaded item, the editor's drafts per locale, what is dirty,
 * and the optimistic-locking conflict. Provided per editor component, which hands it the
 * route's target once (`follow`); the item and its review steps are resources of that target.
 */
@Injectable()
export class ContentEditorStore {
  private readonly api = inject(AdminApi);

  /** A signal of the target rather than the target, so the store follows the route by itself. */
  private readonly followed = signal<Signal<EditorTarget | null>>(computed(() => null));
  private readonly target = computed(() => this.followed()());
  readonly section = computed(() => this.target()?.section ?? null);
  private readonly loaded = rxResource({
    params: () => {
      const target = this.target();
      return target?.ref ? { section: target.section, ref: target.ref } : undefined;
    },
    stream: ({ params }) => this.api.getItem(params.section, params.ref),
  });
  /**
   * The item as saved: the one loaded, then each save's or step's answer. It stays on screen
   * while the next one loads and when that fails; a new item has none.
   */
  private readonly itemState = linkedSignal({
    source: () => ({ target: this.target(), loaded: this.loaded.snapshot() }),
    computation: ({ target, loaded }, previous: { value: AdminItem | null } | undefined) => {
      if (!target?.ref) return null;
      if (loaded.status === 'resolved' && loaded.value) return loaded.value;
      return previous?.value ?? null;
    },
  });
  private readonly edits = linkedSignal(() => editsOf(this.itemState(), this.target()));
  /** Reference data has no review; a role that may not read the steps gets null. */
  private readonly reviewSteps = rxResource({
    params: () => {
      const section = this.section();
      const item = this.itemState();
      // Each answer is a new object: publishing or saving can settle a review, so read again.
      return section && item && !section.reference ? { section, item } : undefined;
    },
    stream: ({ params }) =>
      this.api
        .itemReviews(params.section, itemRef(params.section, params.item))
        .pipe(catchError(() => of(null))),
  });

  readonly item = this.itemState.asReadonly();
  readonly drafts = computed(() => this.edits().drafts);
  readonly slug = computed(() => this.edits().slug);
  readonly category = computed(() => this.edits().category);
  /** A field of the item, set only by the editor's explicit choice, never by the open tab. */
  readonly sourceLocale = computed(() => this.edits().sourceLocale);
  readonly loading = this.loaded.isLoading;
  readonly busy = signal(false);
  /** A failed load (cleared when the next one starts) or a refused change. */
  readonly error = linkedSignal({
    source: this.loaded.snapshot,
    computation: (s): ReadableError | null =>
      s.status === 'error' ? readableError(s.error) : null,
  });
  /** Cleared whenever another item, or another version of it, is shown. */
  readonly conflict = linkedSignal<AdminItem | null, Conflict | null>({
    source: this.itemState,
    computation: () => null,
  });
  /**
   * The item's review steps, kept while the next ones load; null for a new item, for reference
   * data and for a role that may not read them.
   */
  private readonly reviewState = linkedSignal({
    source: this.reviewSteps.snapshot,
    computation: (s, previous: { value: ItemReviews | null } | undefined) => {
      if (s.status === 'idle') return null;
      if (s.status === 'resolved') return s.value ?? null;
      return previous?.value ?? null;
    },
  });
  readonly reviews = this.reviewState.asReadonly();
  /** A short-lived confirmation: 'saved', 'published', ... (`admin.editor.done.*`). */
  readonly done = signal<string | null>(null);

  readonly isNew = computed(() => this.itemState() === null);
  readonly dirtyLocales = computed(() => changedLocales(this.drafts(), this.itemState()));
  readonly slugChanged = computed(() => this.slug() !== (this.itemState()?.key ?? ''));
  readonly sourceLocaleChanged = computed(() => {
    const item = this.itemState();
    return item !== null && this.sourceLocale() !== item.sourceLocale;
  });
  readonly dirty = computed(
    () =>
      this.dirtyLocales().length > 0 ||
      this.sourceLocaleChanged() ||
      (this.itemState() !== null && this.slugChanged()) ||
      (this.itemState() === null && this.slug() !== ''),
  );

  draft(locale: Locale): TranslationDraft {
    return this.drafts()[locale] ?? draftOf(this.itemState()?.translations[locale]);
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

  /** Shows what `target` names from now on; the editor page hands over its route once. */
  follow(target: Signal<EditorTarget | null>): void {
    this.followed.set(target);
  }

  setField(locale: Locale, field: DraftField, value: string): void {
    const next = { ...this.draft(locale), [field]: value } as TranslationDraft;
    this.edits.update((e) => ({ ...e, drafts: { ...e.drafts, [locale]: next } }));
    this.done.set(null);
  }

  setSlug(slug: string): void {
    this.edits.update((e) => ({ ...e, slug }));
  }

  setCategory(category: string): void {
    this.edits.update((e) => ({ ...e, category }));
  }

  /** Takes effect on the next save, where the API re-evaluates which translations are outdated. */
  setSourceLocale(locale: Locale): void {
    this.edits.update((e) => ({ ...e, sourceLocale: locale }));
    this.done.set(null);
  }

  /** Creates or saves; a 409 on save becomes `conflict` and the drafts are kept. */
  async save(): Promise<boolean> {
    const section = this.section();
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
        ...(this.sourceLocaleChanged() ? { sourceLocale: this.sourceLocale() } : {}),
        ...(this.slugChanged() && !section.reference ? { slug: this.slug() } : {}),
      };
      return this.run(this.api.updateItem(section, itemRef(section, item), body), 'saved');
    }
    const body: ItemWrite = {
      slug: this.slug(),
      sourceLocale: this.sourceLocale(),
      translations,
      ...(section.id === 'programmes' ? { category: this.category() } : {}),
    };
    return this.run(this.api.createItem(section, body), 'created');
  }

  /** Discards the drafts and loads what is saved now (the way out of a conflict). */
  reload(): void {
    if (!this.itemState()) return;
    this.edits.update((e) => ({ ...e, drafts: {} }));
    this.conflict.set(null);
    this.loaded.reload();
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

  private workflow(
    call: (section: ContentSection, item: AdminItem) => Observable<AdminItem>,
    done: string,
  ): Promise<boolean> {
    const section = this.section();
    const item = this.itemState();
    if (!section || !item) return Promise.resolve(false);
    return this.run(call(section, item), done);
  }

  private async run(request: Observable<AdminItem>, done: string): Promise<boolean> {
    this.busy.set(true);
    this.error.set(null);
    this.done.set(null);
    try {
      // The answer replaces the item: the edits, the conflict and the review steps follow it.
      this.itemState.set(await firstValueFrom(request));
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
}
