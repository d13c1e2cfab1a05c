import type { ContentReviewEntity } from '../entities/content-review.entity';
import type { ContentTranslationEntity } from '../entities/content-translation.entity';
import { matchesPublishedCopy } from './translation-state';

type ReviewedText = Pick<
  ContentTranslationEntity,
  | 'title'
  | 'summary'
  | 'bodyHtml'
  | 'status'
  | 'changedRevision'
  | 'scheduledChangedRevision'
  | 'publishedAt'
  | 'publishedTitle'
  | 'publishedSummary'
  | 'publishedBodyHtml'
  | 'reviewSettledStep'
>;

/** The working copy is what visitors see, or what a schedule will publish: nothing to review. */
export function nothingToReview(t: ReviewedText): boolean {
  if (t.status === 'scheduled') return t.changedRevision === t.scheduledChangedRevision;
  return matchesPublishedCopy(t);
}

/**
 * Whether the translation waits for an editor: its latest review step is a submission, and
 * no one has published or scheduled it since. An editor who does so directly (the publish
 * route) has dealt with the submission as surely as by approving it; the publish records
 * the step it dealt with, so the order is read from step ids, never from two clocks.
 */
export function waitsForReview(
  latest: Pick<ContentReviewEntity, 'id' | 'action'> | undefined,
  t: ReviewedText | undefined,
): boolean {
  if (!latest || latest.action !== 'submit' || !t || nothingToReview(t)) return false;
  return t.reviewSettledStep === null || t.reviewSettledStep < latest.id;
}
