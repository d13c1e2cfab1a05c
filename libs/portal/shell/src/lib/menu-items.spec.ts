import { isWidePanel, linkTarget, menuEntries, panelMarkup, stripLocale } from './menu-items';

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

describe('panelMarkup', () => {
  const [group] = menuEntries(
    [
      {
        key: 'countries',
        label: 'Countries',
        path: '/countries',
        children: [
          { key: 'asia', label: 'Asian <Partners> & "friends"', path: '/countries?group=a&b=1' },
          {
            key: 'bodies',
            label: 'Bodies',
            children: [{ key: 'pc', label: 'Permanent Council', path: '/meetings/pc' }],
          },
        ],
      },
    ],
    '/en',
  );

  it('keeps every link on the site, whatever path the navigation gives (the menu trusts its markup)', () => {
    const [hostile] = menuEntries(
      [
        {
          key: 'x',
          label: 'X',
          children: [
            { key: 'js', label: '<img src=x onerror=alert(1)>', path: 'javascript:alert(1)' },
            { key: 'away', label: 'Away', path: '//evil.example/' },
          ],
        },
      ],
      '/en',
    );
    const html = panelMarkup(hostile, 'Overview', '/en/');
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    expect(hrefs).toEqual(['/enjavascript:alert(1)', '/en//evil.example/']);
    expect(html).not.toMatch(/<img|href="(javascript:|\/\/)/);
  });

  it('links the overview, the children and the grandchildren, escaping labels and URLs', () => {
    const html = panelMarkup(group, 'Overview', '/en/policing');
    expect(html).toContain('<a class="menu__link menu__link--overview" href="/en/countries">');
    expect(html).toContain('Overview: Countries</a>');
    expect(html).toContain('href="/en/countries?group=a&amp;b=1"');
    expect(html).toContain('Asian &lt;Partners&gt; &amp; &quot;friends&quot;');
    expect(html).toContain('<span class="menu__group">Bodies</span>');
    expect(html).toContain('<ul class="menu__sublinks"><li><a class="menu__link menu__link--sub"');
    expect(html).not.toContain('aria-current');
  });

  it('marks exactly the current URL, query included', () => {
    const html = panelMarkup(group, 'Overview', '/en/countries?group=a&b=1');
    expect(html.match(/aria-current="page"/g)).toHaveLength(1);
    expect(html).toContain(
      '<a class="menu__link is-active" href="/en/countries?group=a&amp;b=1" aria-current="page">',
    );
  });

  it('lays a panel of groups out as columns, a long group over up to four', () => {
    const links = (n: number, prefix: string) =>
      Array.from({ length: n }, (_, i) => ({
        key: `${prefix}${i}`,
        label: `${prefix} ${i}`,
        path: `/countries/${prefix}${i}`,
      }));
    const [countries] = menuEntries(
      [
        {
          key: 'countries',
          label: 'Countries',
          path: '/countries',
          children: [
            {
              key: 'states',
              label: 'Participating States',
              path: '/c?g=p',
              children: links(57, 's'),
            },
            { key: 'asia', label: 'Asian Partners', path: '/c?g=a', children: links(5, 'a') },
            {
              key: 'med',
              label: 'Mediterranean Partners',
              path: '/c?g=m',
              children: links(6, 'm'),
            },
          ],
        },
      ],
      '/en',
    );
    const html = panelMarkup(countries, 'Overview', '/en/');
    expect(isWidePanel(countries)).toBe(true);
    expect(html).toMatch(/^<ul class="menu__links menu__links--groups menu__links--of6">/);
    expect(html.match(/class="menu__column menu__column--span\d"/g)).toEqual([
      'class="menu__column menu__column--span4"',
      'class="menu__column menu__column--span1"',
      'class="menu__column menu__column--span1"',
    ]);
  });

  it('flows a long flat panel into columns and leaves a short one as it is', () => {
    const flat = (n: number) =>
      menuEntries(
        [
          {
            key: 'meetings',
            label: 'Meetings',
            path: '/meetings',
            children: Array.from({ length: n }, (_, i) => ({
              key: `m${i}`,
              label: `Meeting ${i}`,
              path: `/meetings/m${i}`,
            })),
          },
        ],
        '/en',
      )[0];
    expect(panelMarkup(flat(16), 'Overview', '/')).toMatch(
      /^<ul class="menu__links menu__links--columns">/,
    );
    expect(isWidePanel(flat(3))).toBe(false);
    expect(panelMarkup(flat(3), 'Overview', '/')).toMatch(/^<ul class="menu__links">/);
  });
});
