import type { Role } from '@portal/domain/access';
import type { BodyFormat } from '@portal/domain/content';
import type { Locale } from '@portal/domain/locales';

/**
 * Payloads of the admin endpoints as the API serves them (auth, ingestion, assistant).
 * Only what the admin area reads is typed; extra fields pass through. The payloads whose
 * shape the API declares too (items, translations, revisions, reviews, insights, the audit
 * log) are shared with it in `@portal/domain/content`.
 */

export type { Role } from '@portal/domain/access';
export type {
  AuditRecord,
  DiffLine,
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

export type DocumentStatus = 'indexed' | 'pending' | 'queued' | 'failed';

export interface AdminDocument {
  readonly id: string;
  readonly title: string;
  readonly lang: Locale;
  readonly status: DocumentStatus;
  readonly chunks: number;
  readonly format?: string;
  readonly createdAt?: string;
  readonly sizeBytes?: number;
  readonly sourceUrl?: string;
  /** Why extraction failed, when status is `failed`. */
  readonly failureReason?: string;
}

export interface DocumentPassage {
  /** `p1`, `p2`, ...: the fragment citations link to. */
  readonly anchor?: string;
  readonly heading?: string;
  readonly text: string;
}

export interface AdminDocumentDetail extends AdminDocument {
  readonly passages: readonly DocumentPassage[];
}

export interface DocumentFilter {
  readonly q?: string;
  readonly lang?: string;
  readonly status?: string;
  readonly page?: number;
}

export interface AdminUser {
  readonly id: string;
  readonly email: string;
  readonly role: Role;
  readonly disabled: boolean;
  readonly lastLoginAt: string | null;
  readonly createdAt: string;
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
