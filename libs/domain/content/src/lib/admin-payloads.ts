import type { Locale } from '@portal/domain/locales';
import type { Paginated } from './payloads';

/**
 * Payload shapes of the editorial API (`/api/admin/pages`, `/programmes`, `/reference`),
 * shared by the API, which takes and gives them, and the admin area, which edits with them.
 * The API documents each response shape in its OpenAPI document; a test there checks that
 * document against these types.
 */

export type BodyFormat = 'markdown' | 'html';

export type TranslationStatus = 'draft' | 'scheduled' | 'published';

export type ContentKind = 'page' | 'programme' | 'country' | 'institution' | 'field-operation';

export type RevisionAction = 'create' | 'update' | 'restore' | 'seed';

export interface ProgrammeAttributes {
  category: string;
  activities: string[];
  fieldOperation?: string;
  countries: string[];
  startYear?: number;
  endYear?: number;
}

export type ItemAttributes = Partial<ProgrammeAttributes>;

/** The editorial text of one translation, as a revision stores it. */
export interface TranslationSnapshot {
  title: string;
  summary: string;
  body: string;
  format: BodyFormat;
}

/** Full editorial state of an item at one revision. */
export interface ItemSnapshot {
  key: string;
  sourceLocale: Locale;
  attributes: ItemAttributes;
  translations: Partial<Record<Locale, TranslationSnapshot>>;
}

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

export interface PublishOptions {
  locales?: Locale[];
  publishAt?: string;
}

export interface AdminTranslation {
  readonly title: string;
  readonly summary: string;
  readonly body: string;
  readonly format: BodyFormat;
  readonly bodyHtml: string;
  readonly status: TranslationStatus;
  readonly publishAt: string | null;
  /** The revision a schedule will publish; saves after scheduling are not part of it. */
  readonly scheduledRevision: number | null;
  readonly publishedAt: string | null;
  /** The working copy differs from what visitors see. */
  readonly hasUnpublishedChanges: boolean;
  /** Made from an older revision of the source locale. */
  readonly outdated: boolean;
  /** The revision in which this translation's text last changed. */
  readonly changedRevision: number;
  readonly basedOnRevision: number;
}

export interface AdminItem extends ItemAttributes {
  readonly id: string;
  readonly kind: ContentKind;
  /** Slug (pages, programmes, institutions, field operations) or ISO code (countries). */
  readonly key: string;
  readonly slug: string;
  readonly sourceLocale: Locale;
  readonly version: number;
  readonly translations: Partial<Record<Locale, AdminTranslation>>;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly updatedBy: string | null;
}

export type AdminItemList = Paginated<AdminItem>;

export interface RevisionSummary {
  readonly number: number;
  readonly action: RevisionAction;
  readonly authorId: string | null;
  readonly authorEmail: string | null;
  readonly createdAt: string;
  readonly changedFields: readonly string[];
}

export interface RevisionDetail extends RevisionSummary {
  readonly snapshot: ItemSnapshot;
}

export interface FieldChange {
  readonly field: string;
  readonly from: unknown;
  readonly to: unknown;
}

export interface RevisionDiff {
  readonly from: number;
  readonly to: number;
  readonly changes: readonly FieldChange[];
}
