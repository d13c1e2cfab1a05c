import type { Locale } from '@portal/domain/locales';
import type { Paginated } from './payloads';

/**
 * The review workflow of one translation: a contributor submits it, an editor approves
 * (publishes or schedules it) or rejects it, each with a comment. The events are stored;
 * the state is read from the latest event, never stored beside it.
 */
export const REVIEW_ACTIONS = ['submit', 'approve', 'reject'] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

/** One transition, as `GET /api/admin/<section>/:id/reviews` lists them (newest first). */
export interface ReviewEvent {
  readonly id: number;
  readonly locale: Locale;
  readonly action: ReviewAction;
  readonly comment: string;
  /** The item's version the action was taken on. */
  readonly version: number;
  readonly actorEmail: string | null;
  readonly createdAt: string;
}

/** The review steps of an item (`GET /api/admin/<section>/:id/reviews`), newest first. */
export interface ItemReviews {
  readonly events: readonly ReviewEvent[];
  /** Languages submitted and not yet approved, sent back or published. */
  readonly waiting: readonly Locale[];
}

/** One line of a line diff: kept, removed from the published text, or added. */
export interface DiffLine {
  readonly op: 'same' | 'removed' | 'added';
  readonly text: string;
}

export interface FieldLineDiff {
  readonly field: 'title' | 'summary' | 'body';
  readonly lines: readonly DiffLine[];
}

/** Which translation a review list's line is about: the item, the language and its title. */
export interface ReviewedTranslation {
  readonly itemId: string;
  readonly kind: string;
  readonly key: string;
  readonly locale: Locale;
  readonly title: string;
}

/** A translation waiting for review (`GET /api/admin/review`). */
export interface ReviewQueueEntry extends ReviewedTranslation {
  /** The item's version now: approve and reject name it, as publish does. */
  readonly version: number;
  readonly submission: ReviewEvent;
  /** Saved again after it was submitted: the reviewer sees the text as it is now. */
  readonly changedSinceSubmitted: boolean;
  /** Never published: the whole text is new. */
  readonly firstPublication: boolean;
  /** Only the fields that differ from the published text. */
  readonly changes: readonly FieldLineDiff[];
}

/** The translations waiting for review, oldest submission first (`GET /api/admin/review`). */
export type ReviewQueue = Paginated<ReviewQueueEntry>;

/** A writer's own submission that waits, or that was sent back (`GET /api/admin/review/mine`). */
export interface OwnReviewEntry extends ReviewedTranslation {
  readonly state: 'waiting' | 'rejected';
  /** The submission while it waits; the editor's step, with the comment, once sent back. */
  readonly step: ReviewEvent;
}

/**
 * Lines of `after` against `before`, by longest common subsequence. The texts are one
 * translation's title, summary and body, so the quadratic table stays small; a body past
 * `MAX_DIFF_LINES` lines is shown as removed and added whole rather than compared.
 */
export const MAX_DIFF_LINES = 2000;

export function lineDiff(before: string, after: string): DiffLine[] {
  const a = before === '' ? [] : before.split('\n');
  const b = after === '' ? [] : after.split('\n');
  if (a.length > MAX_DIFF_LINES || b.length > MAX_DIFF_LINES) {
    return [
      ...a.map((text) => ({ op: 'removed' as const, text })),
      ...b.map((text) => ({ op: 'added' as const, text })),
    ];
  }
  // common[i][j]: length of the longest common subsequence of a[i..] and b[j..].
  const common = Array.from({ length: a.length + 1 }, () =>
    new Array<number>(b.length + 1).fill(0),
  );
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      common[i][j] =
        a[i] === b[j] ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
    }
  }
  const lines: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      lines.push({ op: 'same', text: a[i] });
      i++;
      j++;
    } else if (common[i + 1][j] >= common[i][j + 1]) {
      lines.push({ op: 'removed', text: a[i++] });
    } else {
      lines.push({ op: 'added', text: b[j++] });
    }
  }
  while (i < a.length) lines.push({ op: 'removed', text: a[i++] });
  while (j < b.length) lines.push({ op: 'added', text: b[j++] });
  return lines;
}

/** The latest event of each locale, from a list in any order. */
export function latestReviews(
  events: readonly ReviewEvent[],
): Partial<Record<Locale, ReviewEvent>> {
  const latest: Partial<Record<Locale, ReviewEvent>> = {};
  for (const event of events) {
    const current = latest[event.locale];
    if (!current || event.id > current.id) latest[event.locale] = event;
  }
  return latest;
}
