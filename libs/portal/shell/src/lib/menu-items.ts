import type { NavigationItem } from '@portal/domain/content';

type Translate = (key: string) => string;

/** The menu shown when GET /api/navigation is unavailable, so the site stays navigable. */
export function fallbackMenu(t: Translate): readonly NavigationItem[] {
  const link = (key: string, path: string): NavigationItem => ({
    key,
    label: t(`shell.nav.items.${key}`),
    path,
  });
  return [
    link('policing', '/policing'),
    link('countries', '/countries'),
    link('fieldOperations', '/field-operations'),
    link('institutions', '/institutions'),
    {
      key: 'organization',
      label: t('shell.nav.items.organization'),
      children: [
        link('about', '/about'),
        link('leadership', '/leadership'),
        link('meetings', '/meetings'),
        link('projects', '/projects'),
      ],
    },
  ];
}

/** Path without the locale segment, query or fragment kept: `/fr/countries?x=1` -> `/countries?x=1`. */
export function stripLocale(url: string): string {
  const match = /^\/[a-z]{2}(?=\/|\?|#|$)/.exec(url);
  const rest = match ? url.slice(match[0].length) : url;
  return rest.startsWith('/') ? rest : `/${rest}`.replace(/^\/$/, '/');
}

/** What a router link needs: `routerLink` takes a path only, query and fragment apart. */
export interface LinkTarget {
  readonly path: string;
  readonly queryParams: Record<string, string> | null;
  readonly fragment: string | undefined;
}

/** A navigation entry with its link resolved under the locale prefix. */
export interface MenuEntry {
  readonly key: string;
  readonly label: string;
  readonly link?: LinkTarget;
  readonly children?: readonly MenuEntry[];
}

/**
 * Splits `/countries?group=x#top` under `prefix` into what `routerLink` needs. Given the
 * whole string, the router would encode `?` and `#` into the path and the link would 404.
 */
export function linkTarget(prefix: string, href: string): LinkTarget {
  const hash = href.indexOf('#');
  const fragment = hash >= 0 ? decodeURIComponent(href.slice(hash + 1)) : undefined;
  const beforeHash = hash >= 0 ? href.slice(0, hash) : href;
  const question = beforeHash.indexOf('?');
  const path = question >= 0 ? beforeHash.slice(0, question) : beforeHash;
  const query = question >= 0 ? new URLSearchParams(beforeHash.slice(question + 1)) : null;
  return {
    path: prefix + path,
    queryParams: query && query.size > 0 ? Object.fromEntries(query) : null,
    fragment: fragment || undefined,
  };
}

/** The navigation tree with every path resolved to a link target under `prefix`. */
export function menuEntries(items: readonly NavigationItem[], prefix: string): MenuEntry[] {
  return items.map((item) => ({
    key: item.key,
    label: item.label,
    link: item.path ? linkTarget(prefix, item.path) : undefined,
    children: item.children ? menuEntries(item.children, prefix) : undefined,
  }));
}
