import type { Browser, Page } from 'playwright-core';
import { launch, openPage, seriousViolations, step, visit } from './support/browser';
import { baseUrl } from './support/state';

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function withPage(
  name: string,
  width: number,
  fn: (page: Page) => Promise<void>,
): Promise<void> {
  const { page } = await openPage(browser, { width });
  try {
    await step(page, name, () => fn(page));
  } finally {
    await page.context().close();
  }
}

/** A page that runs no script: what the server rendered, as the browser shows it. */
async function withoutScripts(name: string, fn: (page: Page) => Promise<void>): Promise<void> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    javaScriptEnabled: false,
  });
  const page = await context.newPage();
  try {
    await step(page, name, () => fn(page));
  } finally {
    await context.close();
  }
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

async function box(page: Page, selector: string): Promise<Box> {
  const found = await page.locator(selector).first().boundingBox();
  if (!found) throw new Error(`${selector} is not shown`);
  return found;
}

/** The boxes of the text lines in <main> that are in the window now. */
function textLinesInView(page: Page): Promise<Box[]> {
  return page.evaluate(() => {
    const main = document.getElementById('main');
    if (!main) return [];
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    const lines: { x: number; y: number; width: number; height: number }[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const r of Array.from(range.getClientRects())) {
        if (r.width && r.bottom > 0 && r.top < window.innerHeight) {
          lines.push({ x: r.x, y: r.y, width: r.width, height: r.height });
        }
      }
    }
    return lines;
  });
}

describe('site layout in a browser', () => {
  it('keeps the header to two rows and at most 120 px on a 390 px phone', async () => {
    await withPage('header phone', 390, async (page) => {
      for (const path of ['/en/policing', '/ru/policing', '/fr/countries']) {
        await visit(page, path);
        const header = await box(page, 'pt-site-header header');
        expect({ path, fits: header.height <= 120 }).toEqual({ path, fits: true });
        expect(await page.locator('button.menu__toggle').isVisible()).toBe(true);
        expect(await page.locator('#pt-header-search-input').isVisible()).toBe(true);
      }
    });
  });

  for (const width of [1280, 1366]) {
    it(`puts the header's top row and its menu on one line each at ${width} px`, async () => {
      await withPage(`header ${width}`, width, async (page) => {
        for (const lang of ['en', 'de', 'ru']) {
          await visit(page, `/${lang}/policing`);
          const tops = await page
            .locator('nav.menu .menu__top')
            .evaluateAll((items) => items.map((e) => Math.round(e.getBoundingClientRect().top)));
          expect({ lang, rows: new Set(tops).size }).toEqual({ lang, rows: 1 });
          const brand = await box(page, '.header__brand');
          const langs = await box(page, 'pt-language-switcher');
          const search = await box(page, '#pt-header-search-input');
          // One row: the languages and the search field stand beside the brand, not below it.
          expect(langs.y).toBeLessThan(brand.y + brand.height);
          expect(search.y).toBeLessThan(brand.y + brand.height);
          expect(search.x).toBeGreaterThan(langs.x + langs.width);
        }
      });
    });
  }

  for (const width of [390, 1280]) {
    it(`never lays the assistant's button over the text or the Send button at ${width} px`, async () => {
      await withPage(`assistant button ${width}`, width, async (page) => {
        await visit(page, '/en/policing');
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        for (const y of [0, height / 3, height / 2, height]) {
          await page.evaluate((top) => window.scrollTo(0, top), y);
          const button = await box(page, '.pt-assistant-toggle');
          const covered = (await textLinesInView(page)).filter((line) => overlaps(line, button));
          expect({ y, covered }).toEqual({ y, covered: [] });
        }
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.getByRole('button', { name: 'Ask the assistant', exact: true }).click();
        const send = page.getByRole('button', { name: 'Send', exact: true });
        await send.waitFor();
        await page.locator('#pt-assistant-question').fill('Who coordinates police work?');
        const sendBox = (await send.boundingBox()) as Box;
        expect(overlaps(await box(page, '.pt-assistant-toggle'), sendBox)).toBe(false);
        // Nothing else lies over the Send button either: it is what a tap on it reaches.
        const reached = await page.evaluate(
          ({ x, y }) => document.elementFromPoint(x, y)?.textContent?.trim(),
          { x: sendBox.x + sendBox.width / 2, y: sendBox.y + sendBox.height / 2 },
        );
        expect(reached).toBe('Send');
        const close = await box(page, 'button[aria-label="Close the assistant"]');
        expect(Math.min(close.width, close.height)).toBeGreaterThanOrEqual(24);
      });
    });
  }

  it('marks the passage a #pN link names, in the server-rendered page too', async () => {
    await withoutScripts('cited passage without scripts', async (page) => {
      await page.goto(baseUrl() + '/en/policing#p2');
      const outline = await page.locator('#p2').evaluate((e) => getComputedStyle(e).outlineStyle);
      expect(outline).toBe('solid');
      expect(await page.locator('#p1').evaluate((e) => getComputedStyle(e).outlineStyle)).not.toBe(
        'solid',
      );
    });
  });

  it('marks and focuses the passage a search hit leads to within the app', async () => {
    await withPage('cited passage in app', 1280, async (page) => {
      await visit(page, '/en/search?q=police');
      const hit = page.locator('.hits a[href*="#p"]').first();
      const href = (await hit.getAttribute('href')) ?? '';
      const id = href.slice(href.indexOf('#') + 1);
      await hit.click();
      await page.waitForFunction((target) => document.activeElement?.id === target, id);
      const marked = page.locator(`[id="${id}"]`);
      expect(await marked.evaluate((e) => e.classList.contains('pt-cited'))).toBe(true);
      expect(await marked.evaluate((e) => getComputedStyle(e).outlineStyle)).toBe('solid');
      expect(await page.locator('.pt-cited').count()).toBe(1);
    });
  });

  it('suggests as you type in the header and on the home page', async () => {
    await withPage('suggestions', 1280, async (page) => {
      await visit(page, '/en/');
      for (const field of ['#pt-header-search-input', '#pt-home-search-input']) {
        await page.locator(field).pressSequentially('germ', { delay: 30 });
        const list = `#${await page.locator(field).getAttribute('aria-controls')}`;
        await page.locator(`${list} [role=option]`).first().waitFor({ timeout: 10_000 });
        expect(await page.locator(field).getAttribute('aria-expanded')).toBe('true');
        expect(await page.locator(`${list} [role=option]`).allTextContents()).toContainEqual(
          expect.stringMatching(/German/),
        );
        await page.keyboard.press('Escape');
      }
    });
  });

  describe('every page kind with the assistant open', () => {
    const pages = [
      '/en/',
      '/en/policing',
      '/en/fields-of-work',
      '/en/field-operations/',
      '/en/programmes/',
      '/en/meetings',
      '/en/countries/de',
      '/en/institutions/',
      '/en/leadership',
      '/en/search?q=police',
      '/en/about',
    ];
    let paths: string[] = [];
    beforeAll(async () => {
      const first = async (list: string, key: string) => {
        const body = (await (await fetch(`${baseUrl()}/api/${list}?lang=en&size=1`)).json()) as {
          items: Record<string, string>[];
        };
        return body.items[0]?.[key] ?? '';
      };
      const slugs: Record<string, string> = {
        '/en/field-operations/': await first('field-operations', 'slug'),
        '/en/programmes/': await first('programmes', 'slug'),
        '/en/institutions/': await first('institutions', 'slug'),
      };
      paths = pages.map((p) => (p in slugs ? p + slugs[p] : p));
    });

    for (const width of [1280, 390]) {
      it(`has no serious or critical axe violations at ${width} px`, async () => {
        await withPage(`axe assistant ${width}`, width, async (page) => {
          const found: Record<string, unknown> = {};
          for (const path of paths) {
            expect({ path, status: await visit(page, path) }).toEqual({ path, status: 200 });
            await page.getByRole('button', { name: 'Ask the assistant', exact: true }).click();
            await page.locator('#pt-assistant-question').waitFor();
            const violations = await seriousViolations(page);
            if (violations.length) found[path] = violations;
          }
          expect(found).toEqual({});
        });
      });
    }
  });
});
