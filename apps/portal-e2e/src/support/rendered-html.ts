import type { Browser, Page } from 'playwright-core';
import { launch } from './browser';
import { baseUrl } from './state';

/** What a server-rendered page offers a visitor before any script runs. */
export interface RenderedPage {
  readonly status: number;
  /** Target of a redirect, absolute path with query. */
  readonly location?: string;
  /** Every `href` of `<a>` and `<link rel=alternate|canonical>`, as written. */
  readonly hrefs: readonly string[];
  readonly ids: readonly string[];
  /** `innerText` of the body: what is on screen, markup escaped into text included. */
  readonly visibleText: string;
  readonly mainText: string;
  /** `href`s of the links inside `<main>`, as written. */
  readonly mainHrefs: readonly string[];
  readonly metaDescription: string;
  readonly title: string;
  /** The robots meta tag's content, '' without one. */
  readonly robots: string;
}

export interface OpenOptions {
  /** Read the page whatever its status (a 404 page's content), not only a 200. */
  readonly anyStatus?: boolean;
}

/**
 * Fetches pages as a crawler does (no redirects followed, no JavaScript) and reads them in
 * a Chromium page with scripts disabled and every subresource refused, so what is tested
 * is the HTML the server sent, parsed by a real browser.
 */
export class RenderedHtml {
  private page?: Page;

  constructor(private readonly browser: Browser) {}

  async open(
    path: string,
    headers: Record<string, string> = {},
    options: OpenOptions = {},
  ): Promise<RenderedPage> {
    const res = await fetch(baseUrl() + path, { redirect: 'manual', headers });
    const location = res.headers.get('location') ?? undefined;
    const empty = {
      hrefs: [],
      ids: [],
      visibleText: '',
      mainText: '',
      mainHrefs: [],
      metaDescription: '',
      title: '',
      robots: '',
    };
    const type = res.headers.get('content-type') ?? '';
    const readable = res.status === 200 || (options.anyStatus === true && res.status >= 400);
    if (!readable || !type.includes('text/html')) {
      await res.body?.cancel();
      return { status: res.status, location: location && relative(location), ...empty };
    }
    const page = await this.reader();
    await page.setContent(await res.text(), { waitUntil: 'domcontentloaded' });
    const read = await page.evaluate(() => ({
      hrefs: [...document.querySelectorAll('a[href], link[rel=alternate], link[rel=canonical]')]
        .map((el) => el.getAttribute('href') ?? '')
        .filter((href) => href !== ''),
      ids: [...document.querySelectorAll('[id]')].map((el) => el.id),
      visibleText: document.body.innerText,
      mainText: (document.querySelector('main') as HTMLElement | null)?.innerText ?? '',
      mainHrefs: [...document.querySelectorAll('main a[href]')].map(
        (el) => el.getAttribute('href') ?? '',
      ),
      metaDescription:
        document.querySelector('meta[name=description]')?.getAttribute('content') ?? '',
      title: document.title,
      robots: document.querySelector('meta[name=robots]')?.getAttribute('content') ?? '',
    }));
    return { status: res.status, ...read };
  }

  async close(): Promise<void> {
    await this.page?.context().close();
  }

  private async reader(): Promise<Page> {
    if (this.page) return this.page;
    const context = await this.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    // Stylesheets, scripts, images: not what a crawler reads, and `about:blank` has no origin.
    await page.route('**/*', (route) => route.abort());
    this.page = page;
    return page;
  }
}

/** A same-site URL as path + query (the fragment never reaches the server). */
export function relative(url: string): string {
  const parsed = new URL(url, baseUrl());
  return parsed.pathname + parsed.search;
}

/** Text that shows markup to the visitor: a tag printed as text, or an escaped one. */
export const VISIBLE_MARKUP = /<\/?[a-z][a-z0-9]*[\s>/]|&lt;|&gt;|&amp;[a-z#]/i;

/**
 * A Chromium and a reader for the suite it is called in, started before its tests and
 * closed after them; the returned function gives the reader.
 */
export function renderedHtmlForSuite(): () => RenderedHtml {
  let browser: Browser | undefined;
  let html: RenderedHtml | undefined;
  beforeAll(async () => {
    browser = await launch();
    html = new RenderedHtml(browser);
  });
  afterAll(async () => {
    await html?.close();
    await browser?.close();
  });
  return () => {
    if (!html) throw new Error('the browser has not started');
    return html;
  };
}
