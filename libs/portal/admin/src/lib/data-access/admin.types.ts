import type { Role } from '@portal/domain/access';
import type { BodyFormat } from '@portal/domain/content';

/**
 * Payloads of the admin endpoints as the API serves them (auth, ingestion, assistant).
 * Only what the admin area reads is typed; extra fields pass through. The payloads whose
 * shape the API declares too (items, translations, revisions, reviews, insights, the audit
 * log, documents, users) are shared with it in `@portal/domain/content`.
 */

export type { Role } from '@portal/domain/access';
export type {
  AdminDocument,
  AdminDocumentDetail,
  AdminUser,
  AuditRecord,
  DiffLine,
  DocumentPassage,
  DocumentStatus,
  Insight,
  InsightState,
  ItemReviews,
  OwnReviewEntry,
  ReviewEvent,
  ReviewQueue,
  ReviewQueueEntry,
} from '@portal/domain/content';

export interface SessionUser {
  readonly id?: string;
  readonly email: string;
  readonly role: Role;
}

export interface TokenResponse {
  readonly accessToken: string;
  readonly refreshToken: string;
  readonly expiresIn: number;
  readonly user: SessionUser;
}

/** What an editor types for one locale. */
export interface TranslationDraft {
  readonly title: string;
  readonly summary: string;
  readonly body: string;
  readonly format: BodyFormat;
}

export interface DocumentFilter {
  readonly q?: string;
  readonly lang?: string;
  readonly status?: string;
  readonly page?: number;
}

export interface AuditFilter {
  readonly user?: string;
  readonly itemType?: string;
  readonly itemId?: string;
  readonly action?: string;
  readonly page?: number;
}

/** One group of similar questions the assistant could not answer or that visitors down-voted. */
export interface UnansweredQuestion {
  /** The most recent wording of the question. */
  readonly question: string;
  readonly count: number;
  /** How many of the askings were refused. */
  readonly refused?: number;
  /** How many answers visitors marked unhelpful. */
  readonly downVoted?: number;
  readonly langs?: readonly string[];
  /** The latest answer given, when the API includes it. */
  readonly answer?: string | null;
  readonly lastAskedAt?: string;
}

export interface InsightFilter {
  readonly lang?: string;
  readonly state?: string;
  readonly page?: number;
}

export interface ReviewFilter {
  readonly lang?: string;
  readonly page?: number;
}
