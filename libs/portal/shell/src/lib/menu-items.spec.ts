import { linkTarget, menuEntries, stripLocale } from './menu-items';

describe('linkTarget', () => {
  it('puts the path under the locale and splits off query and fragment', () => {
    expect(linkTarget('/fr', '/countries?group=asian-partner&x=1#list')).toEqual({
      path: '/fr/countries',
      queryParams: { group: 'asian-partner', x: '1' },
      fragment: 'list',
    });
  });

  it('has neither query nor fragment for a plain path', () => {
    expect(linkTarget('/de', '/policing')).toEqual({
      path: '/de/policing',
      queryParams: null,
      fragment: undefined,
    });
  });

  it('decodes an encoded fragment and ignores an empty query', () => {
    expect(linkTarget('/ru', '/leadership?#head%20of%20mission')).toEqual({
      path: '/ru/leadership',
      queryParams: null,
      fragment: 'head of mission',
    });
  });
});

describe('menuEntries', () => {
  it('resolves links at every level and keeps groups without a link', () => {
    const [group] = menuEntries(
      [
        {
          key: 'org',
          label: 'Organization',
          children: [{ key: 'chair', label: 'Chair', path: '/about/chair' }],
        },
      ],
      '/en',
    );
    expect(group.link).toBeUndefined();
    expect(group.children?.[0].link?.path).toBe('/en/about/chair');
  });
});

describe('stripLocale', () => {
  it('removes the locale segment and keeps the rest', () => {
    expect(stripLocale('/fr/countries?x=1')).toBe('/countries?x=1');
    expect(stripLocale('/it')).toBe('/');
  });
});
