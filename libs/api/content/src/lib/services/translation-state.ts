import type { ContentTranslationEntity } from '../entities/content-translation.entity';

type PublishableText = Pick<
  ContentTranslationEntity,
  | 'title'
  | 'summary'
  | 'bodyHtml'
  | 'publishedAt'
  | 'publishedTitle'
  | 'publishedSummary'
  | 'publishedBodyHtml'
>;

/**
 * The working copy says what visitors already see. Compared by text, not by revision
 * number, so restoring the published revision leaves nothing to publish.
 */
export function matchesPublishedCopy(t: PublishableText): boolean {
  return (
    t.publishedAt !== null &&
    t.title === t.publishedTitle &&
    t.summary === t.publishedSummary &&
    t.bodyHtml === t.publishedBodyHtml
  );
}

export function hasUnpublishedChanges(t: PublishableText): boolean {
  return t.publishedAt !== null && !matchesPublishedCopy(t);
}
