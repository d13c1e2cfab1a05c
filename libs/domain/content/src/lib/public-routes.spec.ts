import { PUBLIC_SECTIONS, localizedPath, publicPath } from './public-routes';
import { SITE_MAP } from './site-map';
import type { SiteMapNode } from './site-map';

function nodes(list: readonly SiteMapNode[]): SiteMapNode[] {
  return list.flatMap((node) => [node, ...nodes(node.children ?? [])]);
}

describe('publicPath', () => {
  it('serves editorial pages where the menu links them', () => {
    expect(publicPath('page', 'policing')).toBe('/policing');
    expect(publicPath('page', 'about')).toBe('/about');
    // Pages created in the admin are "About us" pages, like the menu's own.
    expect(publicPath('page', 'press-kit')).toBe('/about/press-kit');
    for (const node of nodes(SITE_MAP).filter((n) => n.page)) {
      expect(node.path).toBe(publicPath('page', node.page as string));
    }
  });

  it('gives programmes, reference data and documents their own pages', () => {
    expect(publicPath('programme', 'moldova-police-reform')).toBe(
      '/programmes/moldova-police-reform',
    );
    expect(publicPath('country', 'FI')).toBe('/countries/FI');
    expect(publicPath('institution', 'odihr')).toBe('/institutions/odihr');
    expect(publicPath('field-operation', 'mission-in-kosovo')).toBe(
      '/field-operations/mission-in-kosovo',
    );
    expect(publicPath('document', '12')).toBe('/documents/12');
  });

  it('puts paths under a locale', () => {
    expect(localizedPath('fr', publicPath('page', 'chair'))).toBe('/fr/about/chair');
    expect(localizedPath('de', '/')).toBe('/de');
  });
});

describe('PUBLIC_SECTIONS', () => {
  it('holds the first segment of every public page and nothing else', () => {
    expect(PUBLIC_SECTIONS.has('policing')).toBe(true);
    expect(PUBLIC_SECTIONS.has('programmes')).toBe(true);
    expect(PUBLIC_SECTIONS.has('search')).toBe(true);
    expect(PUBLIC_SECTIONS.has('admin')).toBe(false);
    expect(PUBLIC_SECTIONS.has('api')).toBe(false);
    expect(PUBLIC_SECTIONS.has('en')).toBe(false);
  });
});
