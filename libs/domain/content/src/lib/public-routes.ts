/**
 * The portal's public addresses, one table for everything that links to a page: the
 * portal's router, the menu, the API's search hits and citations, and the admin's "view"
 * links. A path here never carries the locale; `localizedPath` adds it.
 *
 * It imports nothing, so that code in the portal's first bundle can use it without pulling
 * the reference data in.
 */

/** Route paths under `/:lang/`, as the portal's router declares them. */
export const PUBLIC_ROUTES = {
  home: '',
  policing: 'policing',
  fieldsOfWork: 'fields-of-work',
  countries: 'countries',
  country: 'countries/:code',
  fieldOperations: 'field-operations',
  fieldOperation: 'field-operations/:slug',
  institutions: 'institutions',
  institution: 'institutions/:slug',
  programme: 'programmes/:slug',
  projects: 'projects',
  meetings: 'meetings',
  meetingSeries: 'meetings/:slug',
  leadership: 'leadership',
  about: 'about',
  page: 'about/:slug',
  document: 'documents/:id',
  search: 'search',
} as const;

/** What can be linked to by key: the kinds of search hits and citations. */
export type PublicItemKind =
  'page' | 'programme' | 'country' | 'institution' | 'field-operation' | 'document';

/**
 * Editorial pages that have a route of their own; every other editorial page, whether
 * seeded or created in the admin, is an "About us" page at `/about/<slug>`, where the menu
 * lists it.
 */
const PAGES_WITH_OWN_ROUTE: Readonly<Record<string, string>> = {
  policing: `/${PUBLIC_ROUTES.policing}`,
  about: `/${PUBLIC_ROUTES.about}`,
};

function fill(route: string, value: string): string {
  return `/${route.replace(/:[a-z]+$/, encodeURIComponent(value))}`;
}

/** The path of an item without the locale, e.g. `/about/chair`, `/programmes/x`. */
export function publicPath(kind: PublicItemKind, key: string): string {
  switch (kind) {
    case 'page':
      return PAGES_WITH_OWN_ROUTE[key] ?? fill(PUBLIC_ROUTES.page, key);
    case 'programme':
      return fill(PUBLIC_ROUTES.programme, key);
    case 'country':
      // The country page takes the ISO code (as the menu links it) or the country's slug.
      return fill(PUBLIC_ROUTES.country, key);
    case 'institution':
      return fill(PUBLIC_ROUTES.institution, key);
    case 'field-operation':
      return fill(PUBLIC_ROUTES.fieldOperation, key);
    case 'document':
      return fill(PUBLIC_ROUTES.document, key);
  }
}

/** `path` (from `publicPath` or the menu) under a locale: `/fr/about/chair`. */
export function localizedPath(locale: string, path: string): string {
  return path === '/' || path === '' ? `/${locale}` : `/${locale}${path}`;
}

/**
 * First path segments of the public pages. A request for one of them without a locale
 * (`/policing`) is a visitor or a link that left the language out, not an unknown page.
 */
export const PUBLIC_SECTIONS: ReadonlySet<string> = /* @__PURE__ */ sections();

function sections(): ReadonlySet<string> {
  return new Set(
    Object.values(PUBLIC_ROUTES)
      .map((route) => route.split('/')[0])
      .filter((segment) => segment !== ''),
  );
}
