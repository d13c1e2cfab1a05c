import { LOCALES } from '@portal/domain/locales';
import type { NavigationItem } from './payloads';
import { SITE_MAP, buildNavigation } from './site-map';
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
    expect(find(en, 'country-fi')?.label).toBe('Finland – OSCE Chairpersonship 2025');
  });

  it('localizes labels', () => {
    const it = buildNavigation('it');
    expect(find(it, 'country-de')?.label).toBe('Germania');
    expect(find(it, 'policing')?.label).toBe('Ordine pubblico');
    expect(find(buildNavigation('ru'), 'countries')?.label).toBe('Страны');
  });
});
