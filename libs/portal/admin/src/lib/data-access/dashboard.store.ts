import type { AdminItem } from '@portal/domain/content';
import { Injectable, inject, signal } from '@angular/core';
import { LOCALES, type Locale } from '@portal/domain/locales';
import { type Observable, catchError, firstValueFrom, forkJoin, map, of } from 'rxjs';
import { AdminApi } from './admin-api.service';
import { SessionStore } from './session.store';
import type {
  AdminDocument,
  OwnReviewEntry,
  ReviewQueueEntry,
  UnansweredQuestion,
} from './admin.types';
import { CONTENT_SECTIONS, type ContentSection, type ContentSectionId } from './content-sections';
import { unansweredItems } from './insights';

/** One translation that needs an editor's attention. */
export interface WorkItem {
  readonly section: ContentSectionId;
  readonly id: string;
  readonly key: string;
  readonly title: string;
  readonly locale: Locale;
  readonly publishAt?: string | null;
}

export interface Dashboard {
  readonly drafts: readonly WorkItem[];
  readonly scheduled: readonly WorkItem[];
  readonly outdated: readonly WorkItem[];
  readonly documents: readonly AdminDocument[] | null;
  readonly unanswered: readonly UnansweredQuestion[] | null;
  /** Waiting for review (reviewers only): the first few, and how many in all. */
  readonly review: { readonly items: readonly ReviewQueueEntry[]; readonly total: number } | null;
  /** A writer's own submissions that wait or were sent back (writers who do not review). */
  readonly mine: readonly OwnReviewEntry[] | null;
}

/** Sorts the translations of a collection into drafts, scheduled and outdated. */
export function workItems(section: ContentSectionId, items: readonly AdminItem[]): Dashboard {
  const drafts: WorkItem[] = [];
  const scheduled: WorkItem[] = [];
  const outdated: WorkItem[] = [];
  for (const item of items) {
    for (const locale of LOCALES) {
      const t = item.translations[locale];
      if (!t) continue;
      const entry = { section, id: item.id, key: item.key, title: t.title, locale };
      if (t.outdated) outdated.push(entry);
      if (t.status === 'scheduled') scheduled.push({ ...entry, publishAt: t.publishAt });
      else if (t.status === 'draft' || t.hasUnpublishedChanges) drafts.push(entry);
    }
  }
  return {
    drafts,
    scheduled,
    outdated,
    documents: null,
    unanswered: null,
    review: null,
    mine: null,
  };
}

@Injectable()
export class DashboardStore {
  private readonly api = inject(AdminApi);
  private readonly session = inject(SessionStore);
  readonly data = signal<Dashboard | null>(null);
  readonly loading = signal(false);

  async load(): Promise<void> {
    this.loading.set(true);
    // Only what the role may read: reference data and insights are not for every role.
    const sections = Object.values(CONTENT_SECTIONS).filter(
      (s) => !s.reference || this.session.can('reference'),
    );
    const collections = sections.map((s) => this.collection(s));
    const result = await firstValueFrom(
      forkJoin({
        collections: forkJoin(collections),
        documents: this.api.listDocuments({}, 5).pipe(
          map((p) => [...p.items]),
          catchError(() => of(null)),
        ),
        unanswered: this.session.can('insights')
          ? this.api.unanswered().pipe(
              map((res) => unansweredItems(res).slice(0, 5)),
              catchError(() => of(null)),
            )
          : of(null),
        review: this.session.can('content.publish')
          ? this.api.reviewQueue({}, 5).pipe(
              map((p) => ({ items: p.items, total: p.total })),
              catchError(() => of(null)),
            )
          : of(null),
        mine:
          this.session.can('content.submit') && !this.session.can('content.publish')
            ? this.api.myReviews().pipe(catchError(() => of(null)))
            : of(null),
      }),
    );
    const merged = result.collections.reduce(
      (all, d) => ({
        ...all,
        drafts: [...all.drafts, ...d.drafts],
        scheduled: [...all.scheduled, ...d.scheduled],
        outdated: [...all.outdated, ...d.outdated],
      }),
      workItems('pages', []),
    );
    this.data.set({
      ...merged,
      documents: result.documents,
      unanswered: result.unanswered,
      review: result.review,
      mine: result.mine,
    });
    this.loading.set(false);
  }

  private collection(section: ContentSection): Observable<Dashboard> {
    return this.api.listItems(section).pipe(
      map((page) => workItems(section.id, page.items)),
      catchError(() => of(workItems(section.id, []))),
    );
  }
}
