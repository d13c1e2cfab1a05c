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
  /** The whole URL, as an `href`: `/fr/countries?group=asian-partner`. */
  readonly href?: string;
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
    href: item.path ? prefix + item.path : undefined,
    link: item.path ? linkTarget(prefix, item.path) : undefined,
    children: item.children ? menuEntries(item.children, prefix) : undefined,
  }));
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

function anchor(href: string, label: string, modifier: string, currentUrl: string): string {
  const current = href === currentUrl;
  const classes = `menu__link${modifier}${current ? ' is-active' : ''}`;
  return (
    `<a class="${classes}" href="${escapeHtml(href)}"${current ? ' aria-current="page"' : ''}>` +
    `${escapeHtml(label)}</a>`
  );
}

/** How many links a panel holds, its groups' links included. */
export function panelLinkCount(group: MenuEntry): number {
  const children = group.children ?? [];
  return (
    (group.href ? 1 : 0) +
    children.reduce(
      (n, c) => n + (c.href ? 1 : 0) + (c.children ?? []).filter((g) => g.href).length,
      0,
    )
  );
}

/** A panel with more links than fit one short column spans the menu's width, in columns. */
export function isWidePanel(group: MenuEntry): boolean {
  return panelLinkCount(group) > 8;
}

/** Links per column before a group takes another column (at most four). */
const COLUMN_LENGTH = 15;

/**
 * The links of one menu panel as markup. A panel is hidden until opened, yet its links are
 * in the page for crawlers and for visitors without scripts; as plain markup they cost
 * nothing to hydrate, where ~300 nodes of router links would hold up every page load.
 * Labels come from editable content, so everything is escaped.
 *
 * A panel of groups (Countries: participating States, Asian and Mediterranean partners) is
 * a row of columns, one per group and up to four for a long one; a long flat panel flows
 * into columns. Either way it stays about a screen tall, not one 3,000 px column.
 */
export function panelMarkup(group: MenuEntry, overviewLabel: string, currentUrl: string): string {
  const items: string[] = [];
  if (group.href) {
    const label = `${overviewLabel}: ${group.label}`;
    items.push(`<li>${anchor(group.href, label, ' menu__link--overview', currentUrl)}</li>`);
  }
  let columns = 0;
  for (const child of group.children ?? []) {
    const head = child.href
      ? anchor(child.href, child.label, '', currentUrl)
      : `<span class="menu__group">${escapeHtml(child.label)}</span>`;
    const grand = (child.children ?? [])
      .filter((g) => g.href)
      .map((g) => `<li>${anchor(g.href ?? '', g.label, ' menu__link--sub', currentUrl)}</li>`);
    if (!grand.length) {
      items.push(`<li>${head}</li>`);
      continue;
    }
    const span = Math.min(4, Math.ceil(grand.length / COLUMN_LENGTH));
    columns += span;
    const sub = `<ul class="menu__sublinks">${grand.join('')}</ul>`;
    items.push(`<li class="menu__column menu__column--span${span}">${head}${sub}</li>`);
  }
  const kind = columns
    ? ` menu__links--groups menu__links--of${Math.min(6, Math.max(2, columns))}`
    : isWidePanel(group)
      ? ' menu__links--columns'
      : '';
  return `<ul class="menu__links${kind}">${items.join('')}</ul>`;
}
