import type { ContentTranslationEntity } from '../entities/content-translation.entity';

/**
 * The three copies of a translation and how publishing moves text between them: the working
 * copy editors save, the scheduled copy a schedule will publish, the published copy visitors
 * see. Pure functions on the entity; the caller saves it.
 */

/** Makes the working copy the visible one; a pending schedule is replaced by it. */
export function publishCopy(t: ContentTranslationEntity, at: Date): void {
  t.status = 'published';
  t.publishedTitle = t.title;
  t.publishedSummary = t.summary;
  t.publishedBodyHtml = t.bodyHtml;
  t.publishedAt = at;
  t.publishedChangedRevision = t.changedRevision;
  t.publishedBasedOnRevision = t.basedOnRevision;
  clearSchedule(t);
}

/**
 * Freezes the working copy for publication at `at`. Saves made afterwards stay in the
 * working copy: the schedule publishes the revision the editor reviewed and scheduled.
 */
export function scheduleCopy(t: ContentTranslationEntity, at: Date): void {
  t.status = 'scheduled';
  t.publishAt = at;
  t.scheduledTitle = t.title;
  t.scheduledSummary = t.summary;
  t.scheduledBodyHtml = t.bodyHtml;
  t.scheduledChangedRevision = t.changedRevision;
  t.scheduledBasedOnRevision = t.basedOnRevision;
}

/** Hides the translation from visitors and cancels its schedule. */
export function unpublishCopy(t: ContentTranslationEntity): void {
  t.status = 'draft';
  t.publishedTitle = null;
  t.publishedSummary = null;
  t.publishedBodyHtml = null;
  t.publishedAt = null;
  t.publishedChangedRevision = null;
  t.publishedBasedOnRevision = null;
  clearSchedule(t);
}

function clearSchedule(t: ContentTranslationEntity): void {
  t.publishAt = null;
  t.scheduledTitle = null;
  t.scheduledSummary = null;
  t.scheduledBodyHtml = null;
  t.scheduledChangedRevision = null;
  t.scheduledBasedOnRevision = null;
}
