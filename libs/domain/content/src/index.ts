export type * from './lib/payloads';
export type * from './lib/admin-payloads';
export { SITE_MAP, siteMapLabel } from './lib/site-map';
export { buildNavigation } from './lib/navigation';
export type { SiteMapNode } from './lib/site-map';
export type { NavigationOptions } from './lib/navigation';
export { SEED_PAGES } from './lib/seed/seed-pages';
export { POLICING_PAGE } from './lib/seed/policing-page';
export { ABOUT_PAGE } from './lib/seed/about-page';
export type { SeedPage, SeedTranslation } from './lib/seed/seed-page';
export { INSTITUTION_DESCRIPTIONS } from './lib/seed/institution-descriptions';
export { FIELD_OPERATION_DESCRIPTIONS } from './lib/seed/field-operation-descriptions';
export { PUBLIC_ROUTES, PUBLIC_SECTIONS, localizedPath, publicPath } from './lib/public-routes';
export type { PublicItemKind } from './lib/public-routes';
export { PASSAGE_BLOCKS, passageId } from './lib/passages';
export { SEARCH_HIT_TYPES } from './lib/search-hit-types';
export { REVIEW_ACTIONS, MAX_DIFF_LINES, latestReviews, lineDiff } from './lib/review';
export type {
  DiffLine,
  FieldLineDiff,
  ItemReviews,
  OwnReviewEntry,
  ReviewAction,
  ReviewEvent,
  ReviewQueue,
  ReviewQueueEntry,
  ReviewedTranslation,
} from './lib/review';
export { INSIGHT_STATES } from './lib/insights';
export type { Insight, InsightComment, InsightSource, InsightState } from './lib/insights';
export { AUDITED_ITEM_TYPES, type AuditRecord, type AuditedItemType } from './lib/audit';
export { DOCUMENT_STATUSES } from './lib/documents';
export type {
  AdminDocument,
  AdminDocumentDetail,
  DocumentPassage,
  DocumentStatus,
  PublicDocument,
} from './lib/documents';
export type { AdminUser } from './lib/users';
