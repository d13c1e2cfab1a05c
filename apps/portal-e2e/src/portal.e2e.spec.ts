import { hasHorizontalScroll, seriousViolations, visit } from './support/browser';
import {
  countriesFiltered,
  expectNoConsoleErrors,
  firstItem,
  h1,
  holdScripts,
  pagesForSuite,
  searchFromHeader,
} from './support/public-site';
import { baseUrl } from './support/state';

const withPage = pagesForSuite();

describe('public portal in a browser', () => {
  it('redirects / by Accept-Language and renders the locale in <html lang>', async () => {
    await withPage(
      'root redirect',
      async ({ page }) => {
        await visit(page, '/');
        expect(new URL(page.url()).pathname).toMatch(/^\/fr\/?$/);
        expect(await page.getAttribute('html', 'lang')).toBe('fr');
      },
      { locale: 'fr-FR' },
    );
  });

  it('opens /it/ in Italian with the menu linking the main sections', async () => {
    await withPage('italian home', async (t) => {
      expect(await visit(t.page, '/it/')).toBe(200);
      expect(await t.page.getAttribute('html', 'lang')).toBe('it');
      const hrefs = await t.page
        .locator('nav.menu a[href]')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      for (const path of [
        '/it/countries',
        '/it/field-operations',
        '/it/institutions',
        '/it/policing',
      ]) {
        expect(hrefs).toContain(path);
      }
      await expectNoConsoleErrors(t);
    });
  });

  it('walks the mega menu with the keyboard', async () => {
    await withPage('menu keyboard', async (t) => {
      await visit(t.page, '/en/');
      const buttons = t.page.locator('nav.menu button.menu__top');
      const count = await buttons.count();
      expect(count).toBeGreaterThan(0);
      // Zoneless change detection renders after the event: wait for the DOM, don't read it at once.
      const expanded = (key: string, value: boolean) =>
        t.page.waitForSelector(`button[data-menu-key="${key}"][aria-expanded="${value}"]`, {
          timeout: 5000,
        });
      const panelLinks: string[] = [];
      for (let i = 0; i < count; i++) {
        const button = buttons.nth(i);
        const key = (await button.getAttribute('data-menu-key')) ?? '';
        await button.focus();
        await t.page.keyboard.press('Enter');
        await expanded(key, true);
        const panel = t.page.locator(`#${await button.getAttribute('aria-controls')}`);
        expect(await panel.isVisible()).toBe(true);
        // Panels render their links only while open: collect them now.
        panelLinks.push(
          ...(await panel
            .locator('a[href]')
            .evaluateAll((links) => links.slice(0, 3).map((a) => a.getAttribute('href') ?? ''))),
        );
        await t.page.keyboard.press('Tab');
        expect(await t.page.evaluate(() => document.activeElement?.tagName)).toBe('A');
        await t.page.keyboard.press('Escape');
        await expanded(key, false);
        await t.page.waitForFunction(
          (k) => document.activeElement?.getAttribute('data-menu-key') === k,
          key,
        );
      }
      // Follow every top-level link and the first links of every panel, queries included:
      // each must lead to a real page, not the 404 page.
      const topLinks = await t.page
        .locator('nav.menu a[href]')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      // Fragments are dropped: going to `#x` on the page already shown loads nothing.
      const targets = [...new Set([...topLinks, ...panelLinks].map((h) => h.split('#')[0]))];
      expect(targets.some((href) => href.includes('?'))).toBe(true);
      for (const href of targets) {
        // The URL is in the comparison so that a dead link names itself.
        expect({ href, status: await visit(t.page, href) }).toEqual({ href, status: 200 });
        expect(await h1(t.page)).not.toBe('');
      }
      await expectNoConsoleErrors(t);
    });
    // It loads every menu target (over a hundred pages): about 2 minutes on a busy 2-core machine.
  }, 300_000);

  it('switches language with the switcher and keeps the page', async () => {
    await withPage('language switch', async (t) => {
      await visit(t.page, '/en/countries');
      const links = t.page.locator('a[hreflang]');
      expect(await links.count()).toBeGreaterThanOrEqual(6);
      expect(await t.page.locator('a[hreflang="en"]').first().getAttribute('aria-current')).toBe(
        'true',
      );
      await t.page.locator('a[hreflang="fr"]').first().click();
      await t.page.waitForURL('**/fr/countries');
      // The router updates the URL before the view: wait for the switched page, don't race it.
      await t.page.waitForSelector('html[lang="fr"]', { state: 'attached', timeout: 10_000 });
      await t.page.waitForSelector('a[hreflang="fr"][aria-current="true"]', { timeout: 10_000 });
      await expectNoConsoleErrors(t);
    });
  });

  it('switches language on the home page, and every part of it follows', async () => {
    await withPage('home language switch', async (t) => {
      await visit(t.page, '/en/');
      await t.page.locator('a[hreflang="fr"]').first().click();
      await t.page.waitForURL(/\/fr$/);
      await t.page.waitForSelector('html[lang="fr"]', { state: 'attached', timeout: 10_000 });
      // The home page, not the 404 page a trailing slash led to.
      expect(await h1(t.page)).not.toMatch(/introuvable/i);
      // The cards below the hero and the footer link in the new language.
      await t.page.waitForSelector('footer a[href="/fr/about"]', { timeout: 10_000 });
      expect(await t.page.locator('main a[href^="/en/"]').count()).toBe(0);
      expect(await t.page.locator('footer a[href^="/en/"]').count()).toBe(0);
      await t.page.locator('main a[href="/fr/meetings"]').first().click();
      await t.page.waitForURL('**/fr/meetings');
      await expectNoConsoleErrors(t);
    });
  });

  it('searches from the header', async () => {
    await withPage('header search', async (t) => {
      await visit(t.page, '/en/policing');
      await searchFromHeader(t.page, 'community policing');
      await t.page.waitForURL(/\/en\/search\?q=community(\+|%20)policing/);
      await t.page.waitForLoadState('networkidle');
    });
  });

  it('shows the Strategic Police Matters Unit on /en/policing', async () => {
    await withPage('policing page', async (t) => {
      const fetched: string[] = [];
      t.page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
      await visit(t.page, '/en/policing');
      expect(await t.page.locator('main').textContent()).toContain('Strategic Police Matters Unit');
      expect(await t.page.locator('main [id="p1"]').count()).toBe(1);
      // The page carries the data and translations it was rendered with: none is fetched again.
      expect(fetched.filter((path) => /^\/(api|i18n)\//.test(path))).toEqual([]);
      await expectNoConsoleErrors(t);
    });
  });

  it('hydrates the programme browser when reached, with the list the page brought', async () => {
    await withPage('programmes hydrated when reached', async (t) => {
      const fetched: string[] = [];
      t.page.on('request', (r) => {
        const url = new URL(r.url());
        if (url.pathname.startsWith('/api/')) fetched.push(url.pathname + url.search);
      });
      await visit(t.page, '/en/policing');
      const category = t.page.locator('#pt-prog-category');
      // Below the article, the browser keeps the server's markup until it is scrolled to;
      // the marker of its not yet hydrated listeners goes when it hydrates.
      expect(await category.getAttribute('jsaction')).not.toBeNull();
      await category.scrollIntoViewIfNeeded();
      await t.page.waitForSelector('#pt-prog-category:not([jsaction])', { timeout: 10_000 });
      await t.page.waitForLoadState('networkidle');
      // Hydrating fetched nothing: the list came with the page.
      expect(fetched).toEqual([]);
      await category.selectOption('transnational-threats');
      await t.page.waitForFunction(
        () => document.querySelectorAll('main section.group h3').length === 1,
        undefined,
        { timeout: 10_000 },
      );
      expect(fetched).toEqual([
        expect.stringMatching(/^\/api\/programmes\?.*category=transnational-threats/),
      ]);
      await expectNoConsoleErrors(t);
    });
  });

  it('switches language on the policing page, the programme browser not yet reached included', async () => {
    const french = (await (await fetch(`${baseUrl()}/i18n/fr.json`)).json()) as {
      content: { programmes: { categoryLabel: string } };
    };
    await withPage('policing language switch', async (t) => {
      await visit(t.page, '/en/policing');
      await t.page.locator('a[hreflang="fr"]').first().click();
      await t.page.waitForURL('**/fr/policing');
      await t.page.waitForSelector('html[lang="fr"]', { state: 'attached', timeout: 10_000 });
      await t.page.waitForFunction(
        (label) =>
          document.querySelector('label[for="pt-prog-category"]')?.textContent?.trim() === label,
        french.content.programmes.categoryLabel,
        { timeout: 10_000 },
      );
      expect(await t.page.locator('main a[href^="/en/"]').count()).toBe(0);
      await expectNoConsoleErrors(t);
    });
  });

  it('loads the countries and institutions reference data only on pages that show it', async () => {
    // Text that only @portal/domain/countries (an official name) and
    // @portal/domain/institutions (a meeting place) contain. Those libraries declare
    // `"sideEffects": false`; without it the policing page downloaded both, about 22 KB
    // gzipped, through the barrels of @portal/domain/content and @portal/domain/policing.
    const referenceData = (script: string) =>
      script.includes('Principality of Andorra') || script.includes('Lissabon');
    const scriptsOf = async (path: string): Promise<string[]> => {
      const scripts: string[] = [];
      await withPage(path, async (t) => {
        const bodies: Promise<string>[] = [];
        t.page.on('response', (r) => {
          if (new URL(r.url()).pathname.endsWith('.js')) bodies.push(r.text());
        });
        // A loaded machine may shed the request with a 503 (overload): ask again, as a
        // browser told Retry-After would, and count the scripts of the page that loaded.
        let status = 0;
        for (let attempt = 1; attempt <= 3 && status !== 200; attempt++) {
          bodies.length = 0;
          status = await visit(t.page, path);
        }
        expect({ path, status }).toEqual({ path, status: 200 });
        scripts.push(...(await Promise.all(bodies)));
      });
      return scripts;
    };
    for (const path of ['/en/', '/en/policing']) {
      const scripts = await scriptsOf(path);
      expect(scripts.length).toBeGreaterThan(0);
      expect({ path, withReferenceData: scripts.filter(referenceData).length }).toEqual({
        path,
        withReferenceData: 0,
      });
    }
    // The same check finds the data where it is shown.
    expect((await scriptsOf('/en/countries/austria')).some(referenceData)).toBe(true);
  });

  it('keeps what a visitor typed before the scripts arrived', async () => {
    // On a slow connection the server-rendered page is usable for seconds before the app
    // takes it over; the app must neither empty a field nor drop a search typed meanwhile.
    await withPage('typed before hydration', async (t) => {
      let release = await holdScripts(t.page);
      await t.page.goto(baseUrl() + '/en/countries', { waitUntil: 'domcontentloaded' });
      await t.page.locator('main input[type=search]').fill('austr');
      release();
      await countriesFiltered(t.page, 20_000);
      expect(await t.page.locator('main input[type=search]').inputValue()).toBe('austr');

      release = await holdScripts(t.page);
      await t.page.goto(baseUrl() + '/en/policing', { waitUntil: 'domcontentloaded' });
      await searchFromHeader(t.page, 'community policing');
      release();
      await t.page.waitForURL(/\/en\/search\?q=community(\+|%20)policing/, { timeout: 20_000 });
      await expectNoConsoleErrors(t);
    });
  });

  it('lists all 68 countries, filters them and opens one', async () => {
    await withPage('countries', async (t) => {
      await visit(t.page, '/en/countries');
      const links = t.page.locator('main a[href^="/en/countries/"]');
      expect(await links.count()).toBe(68);
      await t.page.locator('main input[type=search]').fill('austr');
      await countriesFiltered(t.page, 10_000);
      expect(await links.count()).toBeGreaterThan(0);
      await links.first().click();
      await t.page.waitForURL(/\/en\/countries\/[a-z]{2}$/);
      await t.page.waitForLoadState('networkidle');
      expect(await h1(t.page)).toMatch(/Austr/);
      await expectNoConsoleErrors(t);
    });
  });

  it('opens a field operation from the list', async () => {
    await withPage('field operation', async (t) => {
      await visit(t.page, '/en/field-operations');
      const link = t.page.locator('main a[href^="/en/field-operations/"]').first();
      const name = (await link.textContent())?.trim() ?? '';
      await link.click();
      await t.page.waitForURL(/\/en\/field-operations\/[a-z0-9-]+$/);
      await t.page.waitForLoadState('networkidle');
      expect(await h1(t.page)).toBe(name);
      await expectNoConsoleErrors(t);
    });
  });

  it('asks the assistant and gets an answer whose citation links to the passage', async () => {
    await withPage('assistant', async (t) => {
      await visit(t.page, '/en/policing');
      await t.page.getByRole('button', { name: 'Ask the assistant', exact: true }).click();
      const box = t.page.getByRole('textbox', { name: 'Your question' });
      await box.waitFor();
      // The dialog opens with focus in the question box, ready to type.
      await t.page.waitForFunction(() => document.activeElement?.id === 'pt-assistant-question');
      await t.page.keyboard.type('Who coordinates OSCE police work?');
      await t.page.keyboard.press('Enter');
      const log = t.page.getByRole('log');
      const source = log.getByRole('list', { name: 'Sources' }).getByRole('link').first();
      await source.waitFor({ timeout: 30_000 });
      await expect(log.textContent()).resolves.toMatch(/Strategic Police Matters Unit|SPMU/);
      const href = (await source.getAttribute('href')) ?? '';
      expect(href).toMatch(/^\/en\/[^#]+#p\d+$/);
      expect(await seriousViolations(t.page)).toEqual([]);
      // The citation leads to the quoted passage.
      await source.click();
      await t.page.waitForURL((url) => url.pathname + url.hash === href);
      await t.page.locator(href.slice(href.indexOf('#'))).waitFor();
      await expectNoConsoleErrors(t);
    });
  });

  it('answers 404 with the 404 page for unknown locales and paths', async () => {
    await withPage('not found', async ({ page }) => {
      expect(await visit(page, '/xx/')).toBe(404);
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      expect(await h1(page)).toBe('Page not found');
      expect(await visit(page, '/de/gibt-es-nicht')).toBe(404);
      expect(await page.getAttribute('html', 'lang')).toBe('de');
    });
  });

  describe('every page type', () => {
    let pages: string[] = [];
    beforeAll(async () => {
      const country = await firstItem('/api/countries?lang=en&size=1');
      const operation = await firstItem('/api/field-operations?lang=en&size=1');
      const institution = await firstItem('/api/institutions?lang=en&size=1');
      pages = [
        '/en/',
        '/en/policing',
        '/en/countries',
        ...(country ? [`/en/countries/${country['code'].toLowerCase()}`] : []),
        '/en/field-operations',
        ...(operation ? [`/en/field-operations/${operation['slug']}`] : []),
        '/en/institutions',
        ...(institution ? [`/en/institutions/${institution['slug']}`] : []),
        '/en/about',
        '/en/meetings',
        '/en/leadership',
        '/en/projects',
        '/en/fields-of-work',
        '/en/search?q=police',
        '/ru/policing',
        '/en/no-such-page',
      ];
    });

    it('has no serious or critical axe violations', async () => {
      await withPage('axe', async ({ page }) => {
        const found: Record<string, unknown> = {};
        for (const path of pages) {
          await visit(page, path);
          const violations = await seriousViolations(page);
          if (violations.length) found[path] = violations;
        }
        expect(found).toEqual({});
      });
    });

    it('does not scroll horizontally at 390px and shows the menu toggle', async () => {
      await withPage(
        'narrow',
        async (t) => {
          const wide: string[] = [];
          for (const path of pages) {
            await visit(t.page, path);
            if (await hasHorizontalScroll(t.page)) wide.push(path);
          }
          expect(wide).toEqual([]);
          await visit(t.page, '/en/');
          const toggle = t.page.locator('button.menu__toggle');
          expect(await toggle.isVisible()).toBe(true);
          await toggle.click();
          await t.page.waitForSelector('#pt-menu-list', { state: 'visible', timeout: 5000 });
        },
        { width: 390 },
      );
    });

    it('renders without console errors', async () => {
      await withPage('console', async (t) => {
        for (const path of pages.filter((p) => !p.includes('no-such-page'))) {
          await visit(t.page, path);
          expect({ path, errors: t.errors }).toEqual({ path, errors: [] });
        }
      });
    });
  });
});
