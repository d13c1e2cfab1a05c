import { rmSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { api, type ApiServer, startApiServer, tokenFor } from './support/api-server';
import {
  hasHorizontalScroll,
  launch,
  openPage,
  seriousViolations,
  settledValue,
  step,
} from './support/browser';

/**
 * The admin area end to end: a real editor in Chromium against the built API and portal.
 * These tests start their own server with a fresh database and a seeded admin, so the edits
 * they make (the policing page, a document) never leak into the public-site tests.
 */

const ADMIN = { email: 'admin@portal.test', password: 'Correct-Horse-Battery-9' };
const EDITOR = { email: 'editor@portal.test', password: 'Editor-Staple-Lamp-42' };
/** A word no seed text contains, so search and the assistant can only find it in the edit. */
const NEW_WORDS =
  'Zebrafinch patrols train community police officers to defuse disputes between neighbours.';
const DOC_FACT = 'The Quillfeather harbour unit inspects ferry manifests every Tuesday in Trieste.';

/** The locale tab that is selected and names `language`; waiting on it tolerates re-render lag. */
function selectedTab(page: Page, language: string) {
  return page.locator('[role="tab"][aria-selected="true"]', { hasText: language });
}

function startServer(): Promise<ApiServer> {
  const env: Record<string, string | undefined> = {
    ...process.env,
    LOG_LEVEL: 'warn',
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
  };
  // Always the embedded database: a fresh, isolated one for this file.
  delete env['DATABASE_URL'];
  return startApiServer('portal-admin-e2e-', env);
}

async function logIn(
  page: Page,
  server: ApiServer,
  who: { email: string; password: string },
  path: string,
) {
  await page.goto(server.url + path, { waitUntil: 'networkidle' });
  await page.waitForURL(/\/admin\/login/);
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.waitForURL((url) => url.pathname === path);
}

async function expectAxeClean(page: Page): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
}

interface Answer {
  refused: boolean;
  answer: string;
  citations: { url: string; title: string; documentId?: string }[];
}

describe('admin area', () => {
  let server: ApiServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer();
    const admin = await tokenFor(server, ADMIN);
    const created = await api(server, '/api/admin/users', {
      method: 'POST',
      token: admin,
      body: { ...EDITOR, role: 'editor' },
    });
    expect(created.status).toBe(201);
    browser = await launch();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    server?.child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    if (server) rmSync(server.dataDir, { recursive: true, force: true });
  });

  it('an editor logs in, edits the English policing page and publishes it; the public page, search and the assistant show it', async () => {
    const { page, errors } = await openPage(browser);

    await step(page, 'admin-login', async () => {
      await page.goto(server.url + '/admin/pages', { waitUntil: 'networkidle' });
      await page.waitForURL(/\/admin\/login\?returnUrl=%2Fadmin%2Fpages/);
      await expectAxeClean(page);
      await page.getByLabel('Email').fill(EDITOR.email);
      await page.getByLabel('Password').fill('wrong password');
      await page.getByRole('button', { name: 'Log in' }).click();
      await expect(
        page.getByRole('alert').filter({ hasText: 'wrong' }).textContent(),
      ).resolves.toContain('The email or password is wrong.');
      await page.getByLabel('Password').fill(EDITOR.password);
      await page.getByRole('button', { name: 'Log in' }).click();
      await page.waitForURL((url) => url.pathname === '/admin/pages');
    });

    await step(page, 'admin-session-survives-reload', async () => {
      await page.reload({ waitUntil: 'networkidle' });
      expect(new URL(page.url()).pathname).toBe('/admin/pages');
      await page.getByRole('heading', { level: 1, name: 'Pages' }).waitFor();
      await expectAxeClean(page);
    });

    await step(page, 'admin-edit-policing', async () => {
      const row = page
        .getByRole('row')
        .filter({ has: page.getByText('policing', { exact: true }) });
      await row.getByRole('link').first().click();
      await page.waitForURL(/\/admin\/pages\/[0-9a-f-]{36}/);
      const english = page.getByRole('tab', { name: /English/ });
      await english.click();
      // Selection re-renders asynchronously: wait for the attribute rather than read it once.
      await selectedTab(page, 'English').waitFor();
      const body = page.getByLabel('Text', { exact: true });
      const current = await body.inputValue();
      expect(current.length).toBeGreaterThan(100);
      await body.fill(`${current}\n\n${NEW_WORDS}\n`);
      await english.filter({ hasText: 'unsaved' }).waitFor();
      await expectAxeClean(page);
      // Leaving with unsaved changes asks first; declining keeps the editor and the text.
      const asked = new Promise<string>((done) =>
        page.once('dialog', (dialog) => {
          done(dialog.message());
          void dialog.dismiss();
        }),
      );
      await page.getByRole('link', { name: 'Back to the list' }).click();
      await expect(asked).resolves.toContain('unsaved changes');
      expect(page.url()).toMatch(/\/admin\/pages\/[0-9a-f-]{36}/);
      await expect(body.inputValue()).resolves.toContain('Zebrafinch');
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await page.getByText('Saved.').first().waitFor();
      await page.getByRole('button', { name: 'Publish English', exact: true }).click();
      await page.getByText('Published.').first().waitFor();
      await english.filter({ hasText: 'Published' }).waitFor();
      // The locale tabs follow the ARIA pattern: arrow keys move the selection.
      await english.focus();
      await page.keyboard.press('ArrowRight');
      await selectedTab(page, 'Français').waitFor();
      await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toContain(
        'Français',
      );
    });

    await step(page, 'admin-public-page', async () => {
      await page.goto(server.url + '/en/policing', { waitUntil: 'networkidle' });
      await expect(page.locator('main').textContent()).resolves.toContain('Zebrafinch patrols');
    });

    const search = await api<{ hits: { type: string; url: string; title: string }[] }>(
      server,
      '/api/search?q=zebrafinch&lang=en',
    );
    expect(search.status).toBe(200);
    expect(search.body.hits.some((h) => h.url.includes('/policing'))).toBe(true);

    const answer = await api<Answer>(server, '/api/assistant/ask', {
      method: 'POST',
      body: { question: 'What do zebrafinch patrols train?', lang: 'en' },
    });
    expect(answer.status).toBe(200);
    expect(answer.body.refused).toBe(false);
    expect(answer.body.citations.some((c) => c.url.includes('/policing'))).toBe(true);
    // The wrong password's 401 is logged by the browser; nothing else may be.
    expect(errors.filter((e) => !e.includes('401'))).toEqual([]);
  });

  it('explains a conflicting save, reloads, and restores a revision after confirmation', async () => {
    const { page } = await openPage(browser);
    await logIn(page, server, EDITOR, '/admin/pages');
    const admin = await tokenFor(server, ADMIN);
    await step(page, 'admin-conflict', async () => {
      const row = page.getByRole('row').filter({ has: page.getByText('about', { exact: true }) });
      await row.getByRole('link').first().click();
      await page.waitForURL(/\/admin\/pages\/([0-9a-f-]{36})/);
      const id = new URL(page.url()).pathname.split('/').pop() as string;
      await page.getByRole('tab', { name: /English/ }).click();
      const current = await api<{ version: number }>(server, `/api/admin/pages/${id}`, {
        token: admin,
      });
      // Someone else saves while the editor is typing.
      const theirs = await api(server, `/api/admin/pages/${id}`, {
        method: 'PATCH',
        token: admin,
        body: {
          version: current.body.version,
          translations: { en: { title: 'About us (theirs)' } },
        },
      });
      expect(theirs.status).toBe(200);
      await page.getByLabel('Title', { exact: true }).fill('About us (mine)');
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      const alert = page.getByRole('alert').filter({ hasText: 'in the meantime' });
      await alert.waitFor();
      await expectAxeClean(page);
      await alert.getByRole('button', { name: /Reload/ }).click();
      const title = page.getByLabel('Title', { exact: true });
      await expect(settledValue(title, (v) => v === 'About us (theirs)')).resolves.toBe(
        'About us (theirs)',
      );
      await page.getByRole('button', { name: 'Restore revision 1' }).click();
      const dialog = page.getByRole('dialog', { name: 'Restore this revision?' });
      await dialog.waitFor();
      await dialog.getByRole('button', { name: 'Restore', exact: true }).click();
      await page.getByText('Revision restored.').first().waitFor();
      await expect(settledValue(title, (v) => !v.includes('theirs'))).resolves.not.toContain(
        'theirs',
      );
    });
  });

  it('keeps the source language chosen in the editor, whichever tab is open when saving', async () => {
    const token = await tokenFor(server, EDITOR);
    type Item = {
      id: string;
      version: number;
      sourceLocale: string;
      translations: Record<string, { outdated: boolean }>;
    };
    const created = await api<Item>(server, '/api/admin/pages', {
      method: 'POST',
      token,
      body: {
        slug: 'source-language',
        sourceLocale: 'it',
        translations: { it: { title: 'Lingua di partenza' }, en: { title: 'Source language' } },
      },
    });
    expect(created.status).toBe(201);
    const id = created.body.id;
    const { page } = await openPage(browser);
    await logIn(page, server, EDITOR, `/admin/pages/${id}`);
    await step(page, 'admin-source-language', async () => {
      await page.getByRole('tab', { name: /Italiano/ }).click();
      const source = page.getByLabel('Source language', { exact: true });
      const dialog = page.getByRole('dialog', { name: 'Change the source language?' });

      // Cancelling leaves the item as it was.
      await source.selectOption('en');
      await dialog.waitFor();
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await expect(settledValue(source, (v) => v === 'it')).resolves.toBe('it');

      await source.selectOption('en');
      await dialog.waitFor();
      await expectAxeClean(page);
      await dialog.getByRole('button', { name: 'Change the source language' }).click();
      await expect(settledValue(source, (v) => v === 'en')).resolves.toBe('en');
      // Still on the Italian tab: the save must send the language chosen, not the tab's.
      await selectedTab(page, 'Italiano').waitFor();
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await page.getByText('Saved.').first().waitFor();
    });
    const saved = await api<Item>(server, `/api/admin/pages/${id}`, { token });
    expect(saved.body.sourceLocale).toBe('en');
    // English is the source now, so an English edit makes the Italian translation outdated.
    const edited = await api<Item>(server, `/api/admin/pages/${id}`, {
      method: 'PATCH',
      token,
      body: { version: saved.body.version, translations: { en: { title: 'Source, edited' } } },
    });
    expect(edited.body.translations['it'].outdated).toBe(true);
  });

  it('an uploaded Markdown document answers a question', async () => {
    const { page } = await openPage(browser);
    await logIn(page, server, EDITOR, '/admin/documents');
    await step(page, 'admin-upload', async () => {
      await page.getByLabel('Choose files').setInputFiles({
        name: 'harbour-policing.md',
        mimeType: 'text/markdown',
        buffer: Buffer.from(`# Harbour policing\n\n${DOC_FACT}\n`),
      });
      const upload = page.getByRole('list', { name: 'Uploads' }).getByRole('listitem');
      await upload.getByText('Done').waitFor({ timeout: 60_000 });
      await expectAxeClean(page);
      const row = page.getByRole('row').filter({ hasText: 'harbour policing' });
      await row.getByRole('button', { name: /Show passages/ }).click();
      await page.getByText('Quillfeather harbour unit').first().waitFor();
    });

    const answer = await api<Answer>(server, '/api/assistant/ask', {
      method: 'POST',
      body: { question: 'What does the Quillfeather harbour unit inspect?', lang: 'en' },
    });
    expect(answer.status).toBe(200);
    expect(answer.body.refused).toBe(false);
    expect(answer.body.answer).toMatch(/ferry manifests/);
    expect(answer.body.citations.some((c) => !!c.documentId || c.url.includes('/documents/'))).toBe(
      true,
    );
  });

  it('an editor cannot reach users; an admin can', async () => {
    const { page } = await openPage(browser, { width: 390 });
    await logIn(page, server, EDITOR, '/admin');
    await step(page, 'admin-editor-no-users', async () => {
      const nav = page.getByRole('navigation', { name: 'Administration' });
      await nav.getByRole('link', { name: 'Dashboard' }).waitFor();
      await expect(nav.getByRole('link', { name: 'Users and roles' }).count()).resolves.toBe(0);
      expect(await hasHorizontalScroll(page)).toBe(false);
      await page.goto(server.url + '/admin/users', { waitUntil: 'networkidle' });
      await page.getByRole('heading', { level: 1, name: 'Not allowed' }).waitFor();
      await expectAxeClean(page);
    });
    const editorToken = await tokenFor(server, EDITOR);
    expect((await api(server, '/api/admin/users', { token: editorToken })).status).toBe(403);

    const admin = await openPage(browser);
    await logIn(admin.page, server, ADMIN, '/admin/users');
    await step(admin.page, 'admin-users', async () => {
      await admin.page.getByRole('heading', { level: 1, name: 'Users and roles' }).waitFor();
      await admin.page.getByRole('rowheader', { name: EDITOR.email }).waitFor();
      await expectAxeClean(admin.page);
    });
  });

  it('lists an unanswered question and opens the new-page editor prefilled with it', async () => {
    const question = 'How many horses does the mounted police of Atlantis keep?';
    const asked = await api<Answer>(server, '/api/assistant/ask', {
      method: 'POST',
      body: { question, lang: 'en' },
    });
    expect(asked.body.refused).toBe(true);
    const { page } = await openPage(browser);
    await logIn(page, server, EDITOR, '/admin/assistant');
    await step(page, 'admin-insights', async () => {
      const row = page.getByRole('row').filter({ hasText: question });
      await row.waitFor();
      await expectAxeClean(page);
      await row.getByRole('link', { name: /Write the missing content/ }).click();
      await page.waitForURL(/\/admin\/pages\/new\?/);
      const title = page.getByLabel('Title', { exact: true });
      await expect(settledValue(title, (v) => v === question)).resolves.toBe(question);
      const slug = 'how-many-horses-does-the-mounted-police-of-atlantis-keep';
      await expect(settledValue(page.getByLabel('Slug'), (v) => v === slug)).resolves.toBe(slug);
    });
  });

  it('shows the admin in the language picked in its header, and logs out', async () => {
    const { page } = await openPage(browser);
    await logIn(page, server, EDITOR, '/admin');
    await step(page, 'admin-language', async () => {
      await page.getByLabel('Language').selectOption('it');
      await page.getByRole('heading', { level: 1, name: 'Pannello' }).waitFor();
      await page.reload({ waitUntil: 'networkidle' });
      await page.getByRole('heading', { level: 1, name: 'Pannello' }).waitFor();
      await expectAxeClean(page);
      await page.getByRole('button', { name: 'Esci' }).click();
      await page.waitForURL(/\/admin\/login/);
      await page.getByText('Sei uscito.').waitFor();
    });
  });
});
