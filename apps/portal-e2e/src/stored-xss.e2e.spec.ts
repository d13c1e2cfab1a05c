import { rmSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { api, type ApiServer, startApiServer } from './support/api-server';
import { launch, openPage, type TrackedPage } from './support/browser';

/**
 * Stored cross-site scripting, in a real browser: an editor's body carrying scripts and
 * event handlers runs nothing on the public page, because it is sanitized when saved, again
 * when served and again when rendered, and because the Content-Security-Policy lets only
 * the scripts the server signed run. The last layer is checked on its own by slipping a
 * script into the served page, as a sanitizer gap would.
 */

const ADMIN = { email: 'admin@portal.test', password: 'Correct-Horse-Battery-9' };
const SLUG = 'stored-xss';
const PAYLOAD =
  '<p>Harmless opening line.</p>' +
  '<script>window.__xss = "script"</script>' +
  '<img src="/no-such-image.png" onerror="window.__xss = \'onerror\'">' +
  '<p onmouseover="window.__xss = \'onmouseover\'">Second line.</p>' +
  '<a href="javascript:window.__xss = \'link\'">A link</a>' +
  '<svg><script>window.__xss = "svg"</script></svg>';
/** What a sanitizer gap would let into the page, with no nonce of course. */
const SLIPPED =
  '<script>window.__xss = "slipped"</script>' +
  '<img src="/no-such-image.png" onerror="window.__xss = \'slipped onerror\'">';

function scriptSources(policy: string): string[] {
  const directive = policy
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .find(([name]) => name === 'script-src');
  return directive?.slice(1) ?? [];
}

async function xss(page: Page): Promise<unknown> {
  return page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss);
}

/** The client app runs: a menu button opens its panel (the server page alone cannot). */
async function expectHydrated(page: Page): Promise<void> {
  const button = page.locator('nav.menu button.menu__top').first();
  const key = await button.getAttribute('data-menu-key');
  await button.click();
  await page.waitForSelector(`button[data-menu-key="${key}"][aria-expanded="true"]`, {
    timeout: 15_000,
  });
}

describe('stored HTML in the browser', () => {
  let server: ApiServer;
  let browser: Browser;

  beforeAll(async () => {
    const env: Record<string, string | undefined> = {
      ...process.env,
      LOG_LEVEL: 'warn',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
    };
    delete env['DATABASE_URL'];
    server = await startApiServer('portal-xss-e2e-', env);
    const login = await api<{ accessToken: string }>(server, '/api/auth/login', {
      method: 'POST',
      body: ADMIN,
    });
    expect(login.status).toBe(200);
    const token = login.body.accessToken;
    const created = await api<{ id: string; version: number }>(server, '/api/admin/pages', {
      method: 'POST',
      token,
      body: {
        slug: SLUG,
        translations: { en: { title: 'Stored XSS', body: PAYLOAD, format: 'html' } },
      },
    });
    expect(created.status).toBe(201);
    const published = await api(server, `/api/admin/pages/${created.body.id}/publish`, {
      method: 'POST',
      token,
      body: { version: created.body.version },
    });
    expect(published.status).toBe(200);
    browser = await launch();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    server?.child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    if (server) rmSync(server.dataDir, { recursive: true, force: true });
  });

  async function withPage(fn: (t: TrackedPage) => Promise<void>): Promise<void> {
    const tracked = await openPage(browser);
    try {
      await fn(tracked);
    } finally {
      await tracked.page.context().close();
    }
  }

  it('serves pages with a policy that runs only signed scripts', async () => {
    const res = await fetch(`${server.url}/en/about/${SLUG}`);
    expect(res.status).toBe(200);
    const policy = res.headers.get('content-security-policy') ?? '';
    const sources = scriptSources(policy);
    expect(sources).toContain("'self'");
    expect(sources).not.toContain("'unsafe-inline'");
    const nonce = sources.find((s) => s.startsWith("'nonce-"))?.slice(7, -1);
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    // Every inline script of the page carries that nonce. A page served from the response
    // cache keeps the nonce it was rendered with, and its policy names that same nonce; a new
    // render (after any public-content change) has a new one.
    const html = await res.text();
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>/g)]
      .map((m) => m[1])
      .filter((attributes) => !attributes.includes('application/json'));
    expect(inline.length).toBeGreaterThan(0);
    for (const attributes of inline) expect(attributes).toContain(`nonce="${nonce}"`);
    const again = await fetch(`${server.url}/en/about/${SLUG}`);
    const againNonce = scriptSources(again.headers.get('content-security-policy') ?? '')
      .find((s) => s.startsWith("'nonce-"))
      ?.slice(7, -1);
    expect(againNonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(await again.text()).toContain(`nonce="${againNonce}"`);
  });

  it('runs none of the stored payload, keeps its text, and still hydrates', async () => {
    await withPage(async ({ page, errors }) => {
      const response = await page.goto(`${server.url}/en/about/${SLUG}`, {
        waitUntil: 'networkidle',
      });
      expect(response?.status()).toBe(200);
      await expectHydrated(page);
      const prose = page.locator('.pt-prose');
      await page.locator('.pt-prose a').hover();
      await prose.getByText('Second line.').hover();
      expect(await prose.textContent()).toContain('Harmless opening line.');
      expect(await prose.locator('script, [onerror], [onmouseover]').count()).toBe(0);
      expect(await prose.locator('a').getAttribute('href')).toBeNull();
      expect(await prose.locator('[id]').evaluateAll((els) => els.map((e) => e.id))).toEqual([
        'p1',
        'p2',
      ]);
      expect(await xss(page)).toBeUndefined();
      // The signed scripts ran without a single policy violation.
      expect(errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
    });
  });

  it('blocks a script that slipped into the page unsigned, and the page still hydrates', async () => {
    await withPage(async ({ page, errors }) => {
      await page.route(`${server.url}/en/about/${SLUG}`, async (route) => {
        const original = await route.fetch();
        const html = (await original.text()).replace('</body>', `${SLIPPED}</body>`);
        await route.fulfill({ response: original, body: html });
      });
      await page.goto(`${server.url}/en/about/${SLUG}`, { waitUntil: 'networkidle' });
      await expectHydrated(page);
      const unsigned = 'body > script:not([nonce]):not([src]):not([type="application/json"])';
      expect(await page.locator(unsigned).count()).toBe(1);
      expect(await xss(page)).toBeUndefined();
      expect(errors.some((e) => /Content Security Policy/i.test(e))).toBe(true);
    });
  });
});
