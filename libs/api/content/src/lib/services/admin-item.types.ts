import type { Locale } from '@portal/domain/locales';
import type { BodyFormat } from '../body/body-html.util';
import type {
  ContentKind,
  ItemAttributes,
  ItemSnapshot,
  TranslationStatus,
} from '../content.types';
import type { RevisionAction } from '../entities/content-revision.entity';
import type { FieldChange } from './content-snapshot';

/*
 * The shapes the editorial API takes and gives; ContentAdminService and the controllers
 * speak them, and the library's public API exports the ones clients read.
 */

export interface TranslationInput {
  title: string;
  summary?: string;
  body?: string;
  format?: BodyFormat;
  markUpToDate?: boolean;
}

/** What create, update and restore change; absent fields stay as they are. */
export interface ItemInput {
  key?: string;
  sourceLocale?: Locale;
  attributes?: ItemAttributes;
  translations?: Partial<Record<Locale, TranslationInput>>;
  removeTranslations?: Locale[];
}

export interface AdminTranslation {
  title: string;
  summary: string;
  body: string;
  format: BodyFormat;
  bodyHtml: string;
  status: TranslationStatus;
  publishAt: string | null;
  /** The revision a schedule will publish; saves after scheduling are not part of it. */
  scheduledRevision: number | null;
  publishedAt: string | null;
  /** The working copy differs from what visitors see. */
  hasUnpublishedChanges: boolean;
  /** Made from an older revision of the source locale. */
  outdated: boolean;
  changedRevision: number;
  basedOnRevision: number;
}

export interface AdminItem extends ItemAttributes {
  id: string;
  kind: ContentKind;
  /** Slug (pages, programmes, institutions, field operations) or ISO code (countries). */
  key: string;
  slug: string;
  sourceLocale: Locale;
  version: number;
  translations: Partial<Record<Locale, AdminTranslation>>;
  createdAt: string;
  updatedAt: string;
  updatedBy: string | null;
}

export interface AdminItemList {
  items: AdminItem[];
  total: number;
  page: number;
  size: number;
}

export interface RevisionSummary {
  number: number;
  action: RevisionAction;
  authorId: string | null;
  authorEmail: string | null;
  createdAt: string;
  changedFields: string[];
}

export interface RevisionDetail extends RevisionSummary {
  snapshot: ItemSnapshot;
}

export interface RevisionDiff {
  from: number;
  to: number;
  changes: FieldChange[];
}

/** Who reads an item's history: everything, or only items they have written in. */
export interface HistoryViewer {
  readonly id: string;
  readonly allItems: boolean;
}

export interface PublishOptions {
  locales?: Locale[];
  publishAt?: string;
}
