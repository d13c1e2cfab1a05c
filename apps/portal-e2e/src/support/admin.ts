import { rmSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { api, type ApiServer, startApiServer } from './api-server';
import { seriousViolations } from './browser';

/** A staff account's sign-in. */
export interface Who {
  readonly email: string;
  readonly password: string;
}

/**
 * Starts an API of the suite's own, always on the embedded database (a fresh, isolated one),
 * with `admin` seeded as its administrator.
 */
export function startAdminServer(dataDirPrefix: string, admin: Who): Promise<ApiServer> {
  const env: Record<string, string | undefined> = {
    ...process.env,
    LOG_LEVEL: 'warn',
    ADMIN_EMAIL: admin.email,
    ADMIN_PASSWORD: admin.password,
  };
  delete env['DATABASE_URL'];
  return startApiServer(dataDirPrefix, env);
}

/** Stops a server from startAdminServer and removes its data. */
export async function stopServer(server: ApiServer | undefined): Promise<void> {
  server?.child.kill('SIGTERM');
  // Give PGlite a moment to release its files before they are removed.
  await new Promise((r) => setTimeout(r, 500));
  if (server) rmSync(server.dataDir, { recursive: true, force: true });
}

/** Opens an admin path signed out, signs in on the login page it leads to and waits to be back. */
export async function logIn(page: Page, server: ApiServer, who: Who, path: string): Promise<void> {
  await goTo(page, server, path);
  await page.waitForURL(/\/admin\/login/);
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.waitForURL((url) => url.pathname === path);
}

/** Navigates to a path of `server` and waits until the network is quiet. */
export async function goTo(page: Page, server: ApiServer, path: string): Promise<void> {
  await page.goto(server.url + path, { waitUntil: 'networkidle' });
}

/** The sections the administration menu offers, once it is shown. */
export async function adminMenu(page: Page): Promise<string[]> {
  const nav = page.getByRole('navigation', { name: 'Administration' });
  await nav.getByRole('link', { name: 'Dashboard' }).waitFor();
  return (await nav.getByRole('link').allTextContents()).map((t) => t.trim());
}

export async function expectAxeClean(page: Page): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
}

/** Opens an admin path the signed-in role may not use and waits for the refusal page. */
export async function expectNotAllowed(page: Page, server: ApiServer, path: string): Promise<void> {
  await goTo(page, server, path);
  await page.getByRole('heading', { level: 1, name: 'Not allowed' }).waitFor();
}

/** Submits a language for review from its review panel in the page editor. */
export async function submitForReview(panel: Locator): Promise<void> {
  await panel.getByRole('button', { name: 'Submit for review' }).click();
  await panel.getByText('Waiting for review.').waitFor();
}

/** Shows the assistant insights in one state (open, dismissed, answered). */
export async function filterInsights(page: Page, state: string): Promise<void> {
  await page.getByLabel('State').selectOption(state);
  await page.getByRole('button', { name: 'Apply filters' }).click();
}

/** Saves a new English summary on a page (its title kept) as `token`; returns the status. */
export async function saveSummary(
  server: ApiServer,
  token: string,
  pageId: string,
  summary: string,
): Promise<number> {
  const item = await api<{ version: number; translations: { en: { title: string } } }>(
    server,
    `/api/admin/pages/${pageId}`,
    { token },
  );
  const saved = await api(server, `/api/admin/pages/${pageId}`, {
    method: 'PATCH',
    token,
    body: {
      version: item.body.version,
      translations: { en: { title: item.body.translations.en.title, summary } },
    },
  });
  return saved.status;
}
