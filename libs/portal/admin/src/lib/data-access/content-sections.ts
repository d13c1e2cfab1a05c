import { publicPath } from '@portal/domain/content';

/** The editable content collections: each has a list, an editor and an API path. */
export type ContentSectionId =
  'pages' | 'programmes' | 'countries' | 'institutions' | 'field-operations';

export interface ContentSection {
  readonly id: ContentSectionId;
  /** Base of the admin API for the collection. */
  readonly api: string;
  /** Admin route of the list; the editor lives at `${route}/${ref}`. */
  readonly route: string;
  /** Reference data is seeded: it can be described, not created or deleted. */
  readonly reference: boolean;
  /**
   * Public path of an item, to link to what visitors see (without the locale): from the
   * route table that search hits and citations use too.
   */
  readonly publicPath: (slug: string) => string;
}

export const CONTENT_SECTIONS: Readonly<Record<ContentSectionId, ContentSection>> = {
  pages: {
    id: 'pages',
    api: '/api/admin/pages',
    route: '/admin/pages',
    reference: false,
    publicPath: (slug) => publicPath('page', slug),
  },
  programmes: {
    id: 'programmes',
    api: '/api/admin/programmes',
    route: '/admin/programmes',
    reference: false,
    publicPath: (slug) => publicPath('programme', slug),
  },
  countries: {
    id: 'countries',
    api: '/api/admin/reference/countries',
    route: '/admin/reference/countries',
    reference: true,
    publicPath: (slug) => publicPath('country', slug),
  },
  institutions: {
    id: 'institutions',
    api: '/api/admin/reference/institutions',
    route: '/admin/reference/institutions',
    reference: true,
    publicPath: (slug) => publicPath('institution', slug),
  },
  'field-operations': {
    id: 'field-operations',
    api: '/api/admin/reference/field-operations',
    route: '/admin/reference/field-operations',
    reference: true,
    publicPath: (slug) => publicPath('field-operation', slug),
  },
};

export const REFERENCE_SECTIONS: readonly ContentSectionId[] = [
  'countries',
  'institutions',
  'field-operations',
];

export function isContentSectionId(value: unknown): value is ContentSectionId {
  return typeof value === 'string' && Object.hasOwn(CONTENT_SECTIONS, value);
}

/** How the API addresses an item: reference data by its code or slug, the rest by id. */
export function itemRef(section: ContentSection, item: { id: string; key: string }): string {
  return section.reference ? item.key : item.id;
}

/**
 * A name for an item without a translated title: countries are named by Intl in the admin's
 * language (a standard API knows them), everything else by its key.
 */
export function fallbackName(section: ContentSection, key: string, tag: string): string {
  if (section.id !== 'countries') return key;
  try {
    return new Intl.DisplayNames([tag], { type: 'region' }).of(key) ?? key;
  } catch {
    return key;
  }
}
