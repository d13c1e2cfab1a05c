import type { Locale } from '@portal/domain/locales';

/** `pending`: read and split into passages, waiting for an editor's approval before search sees it. */
export const DOCUMENT_STATUSES = ['queued', 'pending', 'indexed', 'failed'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

/** One passage of a document: what search hits and the assistant's citations point at. */
export interface DocumentPassage {
  /** `p1`, `p2`, ...: the fragment citations link to. */
  readonly anchor: string;
  readonly heading?: string;
  readonly text: string;
}

/**
 * An uploaded document as the admin API lists it (`GET /api/admin/documents`) and answers
 * an upload or an approval with.
 */
export interface AdminDocument {
  readonly id: string;
  readonly title: string;
  readonly lang: Locale;
  readonly status: DocumentStatus;
  /** The number of passages. */
  readonly chunks: number;
  readonly format: string;
  readonly sizeBytes: number;
  readonly createdAt: string;
  readonly sourceUrl?: string;
  /** Why extraction failed, when status is `failed`. */
  readonly failureReason?: string;
}

/** One document with its passages (`GET /api/admin/documents/:id`). */
export interface AdminDocumentDetail extends AdminDocument {
  readonly passages: readonly DocumentPassage[];
}

/**
 * An indexed document as the public API serves it (`GET /api/documents/:id`), in the one
 * language it was written in, whatever `lang` the request names.
 */
export interface PublicDocument {
  readonly id: string;
  readonly title: string;
  readonly lang: Locale;
  readonly sourceUrl?: string;
  readonly passages: readonly DocumentPassage[];
}
