import { renderedHtmlForSuite, relative } from './support/rendered-html';
import { baseUrl } from './support/state';

const LOCALES = ['en', 'fr', 'de', 'it', 'ru', 'es'] as const;

async function json<T>(path: string): Promise<T> {
  const res = await fetch(baseUrl() + path);
  if (!res.ok) throw new Error(`${path}: ${res.status}`);
  return (await res.json()) as T;
}

interface Programme {
  readonly slug: string;
  readonly title: string;
  readonly fieldOperation?: string;
}

const html = renderedHtmlForSuite();

describe('public URLs that other parts of the site link to', () => {
  it('serves a page for every programme, in every language, and the cards link to it', async () => {
    const { items } = await json<{ items: Programme[] }>('/api/programmes?lang=en&size=100');
    expect(items.length).toBeGreaterThan(0);
    for (const lang of LOCALES) {
      for (const p of items) {
        const page = await html().open(`/${lang}/programmes/${p.slug}`);
        expect({ url: `/${lang}/programmes/${p.slug}`, status: page.status }).toEqual({
          url: `/${lang}/programmes/${p.slug}`,
          status: 200,
        });
      }
    }
    const en = await html().open(`/en/programmes/${items[0].slug}`);
    expect(en.mainText).toContain(items[0].title);
    await expect(html().open('/en/programmes/no-such-programme')).resolves.toMatchObject({
      status: 404,
    });

    for (const path of ['/projects', '/policing']) {
      const page = await html().open(`/fr${path}`);
      const linked = page.hrefs.filter((href) => href.startsWith('/fr/programmes/'));
      expect({ path, linked: linked.length }).toEqual({ path, linked: items.length });
    }
  });

  it('search hits and suggestions for programmes lead to their pages', async () => {
    const { items } = await json<{ items: Programme[] }>('/api/programmes?lang=it&size=1');
    const word = items[0].title.split(/\s+/).find((w) => w.length > 6) ?? items[0].title;
    const search = await json<{ hits: { type: string; url: string }[] }>(
      `/api/search?lang=it&q=${encodeURIComponent(word)}`,
    );
    const suggest = await json<{ url?: string }[]>(
      `/api/search/suggest?lang=it&q=${encodeURIComponent(items[0].title.slice(0, 8))}`,
    );
    const urls = [
      ...search.hits.filter((h) => h.type === 'programme').map((h) => h.url),
      ...suggest.flatMap((s) => (s.url?.includes('/programmes/') ? [s.url] : [])),
    ];
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) {
      const page = await html().open(relative(url));
      expect({ url, status: page.status }).toEqual({ url, status: 200 });
      const anchor = new URL(url, baseUrl()).hash.slice(1);
      if (anchor) expect(page.ids).toContain(anchor);
    }
  });

  it('sends a public path without a language to the visitor’s language, permanently', async () => {
    const cases = [
      { path: '/policing', accept: 'de-CH,de;q=0.9', to: '/de/policing' },
      {
        path: '/countries?group=asian-partner',
        accept: 'ru',
        to: '/ru/countries?group=asian-partner',
      },
      { path: '/projects', accept: '', to: '/en/projects' },
    ];
    for (const { path, accept, to } of cases) {
      const page = await html().open(path, accept ? { 'accept-language': accept } : {});
      expect({ path, status: page.status, location: page.location }).toEqual({
        path,
        status: 301,
        location: to,
      });
      expect((await html().open(to)).status).toBe(200);
    }
    // Unknown paths stay unknown rather than being guessed into a language.
    expect((await html().open('/no-such-section')).status).toBe(404);
  });

  it('answers an unknown item of every page kind with a 404 page that shows the ways on', async () => {
    const cases = [
      { path: '/countries/XY', section: '/countries' },
      { path: '/programmes/no-such-programme', section: '/projects' },
      { path: '/field-operations/no-such-mission', section: '/field-operations' },
      { path: '/institutions/no-such-institution', section: '/institutions' },
      { path: '/meetings/no-such-meetings', section: '/meetings' },
      { path: '/about/no-such-page', section: '/about' },
      { path: '/documents/999999', section: undefined },
      { path: '/no-such-section', section: undefined },
      { path: '/policing/no-such-sub-page', section: undefined },
    ];
    const titles = new Set<string>();
    for (const lang of LOCALES) {
      for (const { path, section } of cases) {
        const url = `/${lang}${path}`;
        const page = await html().open(url, {}, { anyStatus: true });
        // The page itself, not an empty shell: its title, no indexing, the links on.
        titles.add(page.title.split(' | ')[0]);
        const words = path.split('/').at(-1)?.replace(/-/g, ' ') ?? '';
        const expected = [
          ...(section ? [`/${lang}${section}`] : []),
          /^\d+$/.test(words)
            ? `/${lang}/search`
            : `/${lang}/search?q=${encodeURIComponent(words)}`,
          `/${lang}`,
        ];
        expect({ url, status: page.status, robots: page.robots, links: page.mainHrefs }).toEqual({
          url,
          status: 404,
          robots: 'noindex',
          links: expected,
        });
      }
    }
    // "Page not found" in each language, never the bare site name of an unfinished page.
    expect(titles.size).toBe(LOCALES.length);
    expect([...titles]).not.toContain('OSCE Policing Portal');
  });
});
