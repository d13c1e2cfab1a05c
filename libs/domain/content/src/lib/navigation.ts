import type { Locale } from '@portal/domain/locales';
import type { NavigationItem } from './payloads';
import { publicPath } from './public-routes';
import { SITE_MAP } from './site-map';
import type { SiteMapNode } from './site-map';

/** What `buildNavigation` needs to know about the content that exists. */
export interface NavigationOptions {
  /**
   * Whether the editorial page with this slug is published. An entry whose page is not is
   * left out, or kept as a group label without a link when it has children. Without it
   * every entry is listed, as in the OSCE's own menu.
   */
  readonly hasPage?: (slug: string) => boolean;
  /**
   * Published editorial pages the site map does not name, with their titles in the menu's
   * locale (only pages published in that locale). They are "About us" pages (`/about/:slug`),
   * so the menu lists them there, after the OSCE's own entries.
   */
  readonly otherPages?: readonly { readonly slug: string; readonly title: string }[];
}

function pageSlugs(nodes: readonly SiteMapNode[]): string[] {
  return nodes.flatMap((n) => [...(n.page ? [n.page] : []), ...pageSlugs(n.children ?? [])]);
}

/**
 * Slugs of the editorial pages the site map places itself (including those with a route of
 * their own); any other published page joins the menu under "About us".
 */
export const SITE_MAP_PAGES: ReadonlySet<string> = /* @__PURE__ */ sitePages();

// A function, not `new Set([...pageSlugs(SITE_MAP)])` inline: a pure annotation on `new`
// does not cover its arguments, so the bundler kept the spread and with it the whole menu,
// built on every page that imported anything from this library (the policing page did).
function sitePages(): ReadonlySet<string> {
  return new Set([...pageSlugs(SITE_MAP), 'policing', 'about']);
}

function localize(
  node: SiteMapNode,
  locale: Locale,
  hasPage: (slug: string) => boolean,
): NavigationItem | undefined {
  const children = node.children
    ?.map((child) => localize(child, locale, hasPage))
    .filter((child): child is NavigationItem => child !== undefined);
  const linked = node.path !== undefined && (node.page === undefined || hasPage(node.page));
  // A label that leads nowhere and groups nothing would only confuse.
  if (!linked && !children?.length) return undefined;
  return {
    key: node.key,
    label: node.label[locale],
    ...(linked ? { path: node.path } : {}),
    ...(children?.length ? { children } : {}),
  };
}

/**
 * The menu in `locale`, as `GET /api/navigation` returns it; a fresh tree on every call.
 * Entries of editorial pages are listed as `options.hasPage` says they are published.
 */
export function buildNavigation(locale: Locale, options: NavigationOptions = {}): NavigationItem[] {
  const hasPage = options.hasPage ?? (() => true);
  const menu = SITE_MAP.map((node) => localize(node, locale, hasPage)).filter(
    (item): item is NavigationItem => item !== undefined,
  );
  const others = (options.otherPages ?? []).filter((p) => !SITE_MAP_PAGES.has(p.slug));
  if (!others.length) return menu;
  return menu.map((item) =>
    item.key === 'about'
      ? {
          ...item,
          children: [
            ...(item.children ?? []),
            ...others.map((p) => ({
              key: `page-${p.slug}`,
              label: p.title,
              path: publicPath('page', p.slug),
            })),
          ],
        }
      : item,
  );
}
