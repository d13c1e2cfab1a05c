import type { Browser, Page } from 'playwright-core';
import { launch, openPage, step, type TrackedPage } from './browser';
import { baseUrl } from './state';

interface Listed {
  readonly items?: readonly Record<string, string>[];
}

async function getJson<T>(path: string): Promise<T> {
  const res = await fetch(baseUrl() + path);
  if (!res.ok) throw new Error(`${path}: ${res.status}`);
  return (await res.json()) as T;
}

/** The first item a public list endpoint answers, paged or not. */
export async function firstItem(path: string): Promise<Record<string, string> | undefined> {
  const body = await getJson<Listed | readonly Record<string, string>[]>(path);
  const items = Array.isArray(body) ? body : (body as Listed).items;
  return items?.[0];
}

/** Runs `fn` as a named step (screenshot on failure) in a fresh page, closed afterwards. */
export type WithPage = (
  name: string,
  fn: (t: TrackedPage) => Promise<void>,
  options?: { width?: number; locale?: string },
) => Promise<void>;

/**
 * A Chromium for the suite it is called in, started before its tests and closed after them;
 * the returned function opens a page in it.
 */
export function pagesForSuite(): WithPage {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return async (name, fn, options) => {
    if (!browser) throw new Error('the browser has not started');
    const tracked = await openPage(browser, options);
    try {
      await step(tracked.page, name, () => fn(tracked));
    } finally {
      await tracked.page.context().close();
    }
  };
}

export async function expectNoConsoleErrors(t: TrackedPage): Promise<void> {
  expect(t.errors).toEqual([]);
}

export async function h1(page: Page): Promise<string> {
  return (await page.locator('main h1').first().textContent())?.trim() ?? '';
}

/** Holds every script request until the returned function is called. */
export async function holdScripts(page: Page): Promise<() => void> {
  let release = (): void => undefined;
  const mayLoad = new Promise<void>((resolve) => (release = resolve));
  await page.unroute('**/*.js');
  await page.route('**/*.js', async (route) => {
    await mayLoad;
    await route.continue();
  });
  return () => release();
}

/** Types a search into the header's search box and sends it. */
export async function searchFromHeader(page: Page, query: string): Promise<void> {
  const input = page.locator('form[role=search] input[type=search]').first();
  await input.fill(query);
  await input.press('Enter');
}

/** Waits until the countries list shows fewer than all 68 countries (the filter applied). */
export async function countriesFiltered(page: Page, timeout: number): Promise<void> {
  await page.waitForFunction(
    () => document.querySelectorAll('main a[href^="/en/countries/"]').length < 68,
    undefined,
    { timeout },
  );
}
