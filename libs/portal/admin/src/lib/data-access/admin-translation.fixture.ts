import type { AdminTranslation } from '@portal/domain/content';

/** A translation as the editorial API sends it: a draft, never published, unless `over` says. */
export function adminTranslation(over: Partial<AdminTranslation> = {}): AdminTranslation {
  return {
    title: 'Policing',
    summary: '',
    body: '',
    format: 'markdown',
    bodyHtml: '',
    status: 'draft',
    publishAt: null,
    scheduledRevision: null,
    publishedAt: null,
    hasUnpublishedChanges: false,
    outdated: false,
    changedRevision: 1,
    basedOnRevision: 1,
    ...over,
  };
}
