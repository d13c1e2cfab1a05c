import type { ContentKind } from '@portal/domain/content';
import type { EntityManager } from 'typeorm';
import type { Locale } from '@portal/domain/locales';

/**
 * What content needs from search and audit, in its own words. The module binds these to
 * `SearchIndexer` and `AuditService`; both write with the caller's EntityManager so the
 * index and the audit log commit or roll back together with the content.
 */
export interface IndexEntry {
  locale: Locale;
  title: string;
  url: string;
  passages: { anchor: string; text: string }[];
  countryCodes?: string[];
  updatedAt: Date;
}

export interface IndexItem {
  type: ContentKind;
  itemId: string;
  entries: IndexEntry[];
}

export interface ContentIndexWriter {
  replaceItem(manager: EntityManager, item: IndexItem): Promise<void>;
  removeItem(manager: EntityManager, type: ContentKind, itemId: string): Promise<void>;
}

export interface ContentAuditEntry {
  actor: { id: string; email: string; role?: string } | null;
  action: string;
  itemType: string;
  itemId: string;
  ip?: string;
  details?: Record<string, unknown>;
}

export interface ContentAuditWriter {
  record(entry: ContentAuditEntry, manager?: EntityManager): Promise<unknown>;
}

export const CONTENT_INDEX_WRITER = Symbol('CONTENT_INDEX_WRITER');
export const CONTENT_AUDIT_WRITER = Symbol('CONTENT_AUDIT_WRITER');

/**
 * Told whenever what visitors can see may have changed (a publish, an unpublish, a
 * scheduled publish, a reference-data or translation edit), inside the write's
 * transaction: caches of public responses are dropped once, and only if, it commits.
 */
export interface PublicContentSignal {
  changed(manager: EntityManager): Promise<void>;
}

export const PUBLIC_CONTENT_SIGNAL = Symbol('PUBLIC_CONTENT_SIGNAL');

/** The database notification channel of that signal, heard by every API instance. */
export const PUBLIC_CONTENT_CHANNEL = 'portal_public_content';
