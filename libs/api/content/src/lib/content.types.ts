import type { Locale } from '@portal/domain/locales';
import type { BodyFormat } from './body/body-html.util';

/** Every kind of editable content item; the same values name them in the search index. */
export const CONTENT_KINDS = [
  'page',
  'programme',
  'country',
  'institution',
  'field-operation',
] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];

/** Reference data: seeded from the domain constants, editors add descriptions. */
export const REFERENCE_KINDS = ['country', 'institution', 'field-operation'] as const;
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];

/** URL segment of each reference kind under /api/admin/reference/:kind. */
export const REFERENCE_KIND_PATHS: Readonly<Record<string, ReferenceKind>> = {
  countries: 'country',
  institutions: 'institution',
  'field-operations': 'field-operation',
};

export type TranslationStatus = 'draft' | 'scheduled' | 'published';

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

/** Who did it and from where, for revisions and the audit log. */
export interface Actor {
  id: string;
  email: string;
  role?: string;
  ip?: string;
}
