import { LOCALES } from '@portal/domain/locales';
import type { NavigationItem } from './payloads';
import { SITE_MAP_PAGES, buildNavigation } from './navigation';
import { SITE_MAP } from './site-map';
import type { SiteMapNode } from './site-map';

function flatten<T extends { readonly children?: readonly T[] }>(nodes: readonly T[]): T[] {
  return nodes.flatMap((node) => [node, ...flatten(node.children ?? [])]);
}

function find(items: readonly NavigationItem[], key: string): NavigationItem | undefined {
  return flatten(items).find((item) => item.key === key);
}

describe('site map', () => {
  it('has the seed menu’s sections in every locale', () => {
    for (const locale of LOCALES) {
      const navigation = buildNavigation(locale);
      expect(navigation.map((item) => item.key)).toEqual([
        'our-work',
        'meetings',
        'countries',
        'structures-and-institutions',
        'field-operations',
        'about',
      ]);
      for (const item of flatten(navigation)) expect(item.label.trim().length).toBeGreaterThan(0);
    }
  });

  it('uses unique keys and portal paths', () => {
    const nodes = flatten<SiteMapNode>(SITE_MAP);
    expect(new Set(nodes.map((n) => n.key)).size).toBe(nodes.length);
    for (const node of nodes) if (node.path) expect(node.path).toMatch(/^\/[a-z]/);
  });

  it('lists the menu’s entries with their paths', () => {
    const en = buildNavigation('en');
    expect(find(en, 'policing')).toEqual({ key: 'policing', label: 'Policing', path: '/policing' });
    expect(find(en, 'projects')?.path).toBe('/projects');
    expect(find(en, 'meetings')?.children).toHaveLength(16);
    expect(find(en, 'participating-states')?.children).toHaveLength(57);
    expect(find(en, 'participating-states')?.path).toBe('/countries?group=participating');
    expect(find(en, 'asian-partners')?.children).toHaveLength(5);
    expect(find(en, 'mediterranean-partners')?.children).toHaveLength(6);
    expect(find(en, 'field-operations')?.children).toHaveLength(13);
    expect(find(en, 'field-operation-mission-in-kosovo')?.path).toBe(
      '/field-operations/mission-in-kosovo',
    );
    expect(find(en, 'leadership')?.children).toHaveLength(22);
    expect(find(en, 'institution-odihr')?.path).toBe('/institutions/odihr');
    expect(find(en, 'country-ch')?.label).toBe('Switzerland – OSCE Chairpersonship 2026');
    expect(find(en, 'country-fi')?.label).toBe('Finland');
  });

  it('marks the editorial pages under /about with their slugs', () => {
    const pages = flatten<SiteMapNode>(SITE_MAP).filter((node) => node.page !== undefined);
    expect(pages.map((node) => node.page)).toEqual([
      'organizational-structure',
      'about',
      'chair',
      'decision-making-bodies',
      'our-principles',
      'finance-and-administration',
      'internal-oversight',
      'employment',
      'networks-and-research',
    ]);
    for (const node of pages) {
      expect(node.path).toBe(node.page === 'about' ? '/about' : `/about/${node.page}`);
    }
    // Every other /about path would be an editorial page the menu cannot check.
    for (const node of flatten<SiteMapNode>(SITE_MAP)) {
      if (node.path?.startsWith('/about')) expect(node.page).toBeDefined();
    }
  });

  it('links the Chairpersonship to the country holding it', () => {
    const en = buildNavigation('en');
    expect(find(en, 'chairpersonship')).toEqual({
      key: 'chairpersonship',
      label: 'Chairpersonship',
      path: '/countries/CH',
    });
    expect(find(buildNavigation('de'), 'chairpersonship')?.label).toBe('Vorsitz');
    expect(flatten(en).some((item) => item.path?.startsWith('/institutions/chair'))).toBe(false);
  });

  it('leaves out entries whose editorial page is not published', () => {
    const asked: string[] = [];
    const en = buildNavigation('en', {
      hasPage: (slug) => {
        asked.push(slug);
        return slug === 'about' || slug === 'employment';
      },
    });
    expect(asked).toContain('networks-and-research');
    expect(find(en, 'organizational-structure')).toBeUndefined();
    expect(find(en, 'chair')).toBeUndefined();
    expect(find(en, 'networks-and-research')).toBeUndefined();
    expect(find(en, 'employment')).toEqual({
      key: 'employment',
      label: 'Employment',
      path: '/about/employment',
    });
    const about = find(en, 'about');
    expect(about?.path).toBe('/about');
    expect(about?.children?.map((child) => child.key)).toEqual(['leadership', 'employment']);
    // Entries that are not editorial pages do not depend on the predicate.
    expect(find(en, 'structures-and-institutions')?.children?.map((c) => c.key)).toEqual([
      'chairpersonship',
      'institutions',
      'parliamentary-assembly',
      'court-of-conciliation-and-arbitration',
    ]);
    expect(flatten(en).filter((item) => item.path?.startsWith('/about'))).toHaveLength(2);
  });

  it('keeps an unpublished page with children as a group label without a link', () => {
    const en = buildNavigation('en', { hasPage: () => false });
    const about = find(en, 'about');
    expect(about).toBeDefined();
    expect(about).not.toHaveProperty('path');
    expect(about?.label).toBe('About us');
    expect(about?.children?.map((child) => child.key)).toEqual(['leadership']);
    expect(flatten(en).filter((item) => item.path?.startsWith('/about'))).toEqual([]);
    expect(en.map((item) => item.key)).toContain('about');
  });

  it('lists every entry without a predicate, and the same tree when every page exists', () => {
    const all = buildNavigation('fr');
    expect(find(all, 'networks-and-research')?.path).toBe('/about/networks-and-research');
    expect(buildNavigation('fr', { hasPage: () => true })).toEqual(all);
    expect(flatten(all)).toHaveLength(flatten<SiteMapNode>(SITE_MAP).length);
  });

  it('localizes labels', () => {
    const it = buildNavigation('it');
    expect(find(it, 'country-de')?.label).toBe('Germania');
    expect(find(it, 'policing')?.label).toBe('Ordine pubblico');
    expect(find(buildNavigation('ru'), 'countries')?.label).toBe('Страны');
  });

  it('lists published pages the site map does not name under "About us", by their titles', () => {
    expect(SITE_MAP_PAGES.has('employment')).toBe(true);
    expect(SITE_MAP_PAGES.has('policing')).toBe(true);
    const fr = buildNavigation('fr', {
      otherPages: [
        { slug: 'guide-de-police', title: 'Guide de police' },
        // A page the site map places keeps its own entry and label.
        { slug: 'employment', title: 'Offres' },
      ],
    });
    const about = fr.find((item) => item.key === 'about');
    expect(about?.children?.at(-1)).toEqual({
      key: 'page-guide-de-police',
      label: 'Guide de police',
      path: '/about/guide-de-police',
    });
    expect(about?.children?.filter((c) => c.path === '/about/employment')).toEqual([
      { key: 'employment', label: 'Emploi', path: '/about/employment' },
    ]);
    expect(JSON.stringify(buildNavigation('fr'))).not.toContain('guide-de-police');
  });
});
