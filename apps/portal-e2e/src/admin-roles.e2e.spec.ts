import type { Browser } from 'playwright-core';
import {
  adminMenu,
  expectAxeClean,
  expectNotAllowed,
  filterInsights,
  goTo,
  logIn,
  saveSummary,
  startAdminServer,
  stopServer,
  submitForReview,
} from './support/admin';
import { api, type ApiServer, tokenFor } from './support/api-server';
import { launch, openPage, step } from './support/browser';

/**
 * What each role sees in the admin area and what it cannot do, the review round trip from a
 * contributor's draft to the public site, and the insights queue's actions, in Chromium against the built API and portal with a fresh database of its own.
 */

const ADMIN = { email: 'admin@portal.test', password: 'Correct-Horse-Battery-9' };
const EDITOR = { email: 'editor@portal.test', password: 'Editor-Staple-Lamp-42' };
const CONTRIBUTOR = { email: 'writer@portal.test', password: 'Writer-Pebble-Cloud-17' };
const ALL_SECTIONS = [
  'Dashboard',
  'Pages',
  'Programmes',
  'Review',
  'Reference data',
  'Leadership',
  'Documents',
  'Assistant insights',
  'Audit log',
  'Users and roles',
];

describe('admin roles and the insights queue', () => {
  let server: ApiServer;
  let browser: Browser;
  let policingId: string;
  /** A seeded page nobody in these tests writes in. */
  let aboutId: string;

  beforeAll(async () => {
    server = await startAdminServer('portal-roles-e2e-', ADMIN);
    const admin = await tokenFor(server, ADMIN);
    for (const [who, role] of [
      [EDITOR, 'editor'],
      [CONTRIBUTOR, 'contributor'],
    ] as const) {
      const created = await api(server, '/api/admin/users', {
        method: 'POST',
        token: admin,
        body: { ...who, role },
      });
      expect(created.status).toBe(201);
    }
    const pages = await api<{ items: { id: string; key: string }[] }>(
      server,
      '/api/admin/pages?size=100',
      { token: admin },
    );
    policingId = pages.body.items.find((p) => p.key === 'policing')?.id ?? '';
    expect(policingId).not.toBe('');
    aboutId = pages.body.items.find((p) => p.key !== 'policing')?.id ?? '';
    expect(aboutId).not.toBe('');
    // A second revision, so the history offers a restore to those allowed to restore.
    expect(await saveSummary(server, admin, policingId, 'Police work across the OSCE.')).toBe(200);
    browser = await launch();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await stopServer(server);
  });

  it('a contributor writes drafts but cannot publish, delete, restore or reach admin screens', async () => {
    // A contributor may save drafts (here through the API), which makes the page one of theirs.
    const token = await tokenFor(server, CONTRIBUTOR);
    expect(await saveSummary(server, token, policingId, 'Policing in the OSCE region.')).toBe(200);
    const { page } = await openPage(browser);
    await logIn(page, server, CONTRIBUTOR, '/admin/pages');
    await step(page, 'roles-contributor-pages', async () => {
      expect(await adminMenu(page)).toEqual(['Dashboard', 'Pages', 'Programmes', 'Documents']);
      await page
        .getByRole('link', { name: /Policing/ })
        .first()
        .waitFor();
      await expect(page.getByRole('button', { name: /^Delete/ }).count()).resolves.toBe(0);
      await expectAxeClean(page);
    });
    await step(page, 'roles-contributor-editor', async () => {
      await goTo(page, server, `/admin/pages/${policingId}`);
      await page.getByText('Editors publish, schedule and unpublish.').waitFor();
      await expect(page.getByRole('button', { name: /^Publish/ }).count()).resolves.toBe(0);
      await expect(page.getByRole('button', { name: /^Schedule/ }).count()).resolves.toBe(0);
      // The history is theirs to read and compare, not to restore.
      await page
        .getByRole('button', { name: /^Show changes/ })
        .first()
        .waitFor();
      await expect(page.getByRole('button', { name: /^Restore revision/ }).count()).resolves.toBe(
        0,
      );
      await page.getByRole('button', { name: /^Save/ }).first().waitFor();
      await expectAxeClean(page);
    });
    await step(page, 'roles-contributor-other-history', async () => {
      await goTo(page, server, `/admin/pages/${aboutId}`);
      await page.getByText("this one's history is for editors").waitFor();
      await expect(page.getByRole('alert').count()).resolves.toBe(0);
      await expectAxeClean(page);
    });
    for (const path of [
      '/admin/audit',
      '/admin/reference/countries',
      '/admin/assistant',
      '/admin/review',
    ]) {
      await step(page, `roles-contributor-not-allowed${path.replace(/\//g, '-')}`, async () => {
        await expectNotAllowed(page, server, path);
        await expectAxeClean(page);
      });
    }
    // The API refuses what the screens do not offer.
    const del = await api(server, `/api/admin/pages/${policingId}`, { method: 'DELETE', token });
    expect(del.status).toBe(403);
  });

  it('an editor publishes and deletes but cannot reach reference data, the audit log or users', async () => {
    const { page } = await openPage(browser);
    await logIn(page, server, EDITOR, '/admin/pages');
    await step(page, 'roles-editor-pages', async () => {
      expect(await adminMenu(page)).toEqual([
        'Dashboard',
        'Pages',
        'Programmes',
        'Review',
        'Documents',
        'Assistant insights',
      ]);
      await page
        .getByRole('button', { name: /^Delete/ })
        .first()
        .waitFor();
      await expectAxeClean(page);
    });
    await step(page, 'roles-editor-editor', async () => {
      await goTo(page, server, `/admin/pages/${policingId}`);
      // The tab open first is the item's source language; its publish button names it.
      await page
        .getByRole('button', { name: /^Publish / })
        .first()
        .waitFor();
      await page
        .getByRole('button', { name: /^Restore revision/ })
        .first()
        .waitFor();
    });
    for (const path of ['/admin/audit', '/admin/reference/countries', '/admin/users']) {
      await expectNotAllowed(page, server, path);
    }
  });

  it('an admin sees every section', async () => {
    const { page } = await openPage(browser);
    await logIn(page, server, ADMIN, '/admin');
    await step(page, 'roles-admin-menu', async () => {
      expect(await adminMenu(page)).toEqual(ALL_SECTIONS);
      await expectAxeClean(page);
    });
  });

  it('an editor marks questions answered by a page, dismisses and reopens them', async () => {
    const refused = 'How many horses does the mounted police of Atlantis keep?';
    const other = 'Which submarine does the Lilliput coast guard patrol in?';
    for (const question of [refused, refused, other]) {
      const asked = await api<{ id: string; refused: boolean }>(server, '/api/assistant/ask', {
        method: 'POST',
        body: { question, lang: 'en' },
      });
      expect(asked.body.refused).toBe(true);
      const feedback = await api(server, '/api/assistant/feedback', {
        method: 'POST',
        body: { answerId: asked.body.id, helpful: false, comment: 'Atlantis stables matter' },
      });
      expect(feedback.status).toBe(204);
    }
    const { page } = await openPage(browser);
    await logIn(page, server, EDITOR, '/admin/assistant');
    const row = page.getByRole('row').filter({ hasText: refused });
    await step(page, 'insights-open', async () => {
      await row.waitFor();
      await row.getByText('“Atlantis stables matter”').first().waitFor();
      await expect(row.getByRole('cell').nth(0).textContent()).resolves.toContain('2');
      await expectAxeClean(page);
    });
    await step(page, 'insights-dismiss-reopen', async () => {
      await row.getByRole('button', { name: /^Dismiss/ }).click();
      await row.waitFor({ state: 'detached' });
      await filterInsights(page, 'dismissed');
      await row.getByRole('button', { name: /^Reopen/ }).click();
      await row.waitFor({ state: 'detached' });
      await filterInsights(page, 'open');
      await row.waitFor();
    });
    await step(page, 'insights-answered', async () => {
      await row.getByLabel('Answered by page (slug)').fill('policing');
      await row.getByRole('button', { name: /^Mark answered/ }).click();
      await row.waitFor({ state: 'detached' });
      await filterInsights(page, 'answered');
      await row.getByText('Answered by').waitFor();
      await row.locator(`a[href="/admin/pages/${policingId}"]`).waitFor();
      await expectAxeClean(page);
    });
    const audit = await api<{ items: { action: string }[] }>(
      server,
      '/api/admin/audit?action=insight.answer',
      { token: await tokenFor(server, ADMIN) },
    );
    expect(audit.body.items).toHaveLength(1);
  });
  it('a contributor’s language reaches visitors only after an editor approves it, per language', async () => {
    const slug = 'border-review';
    const publicLang = async (lang: string) => {
      const res = await api<{ lang: string }>(server, `/api/pages/${slug}?lang=${lang}`);
      return res.status === 200 ? res.body.lang : res.status;
    };
    const contributorToken = await tokenFor(server, CONTRIBUTOR);
    const created = await api<{ id: string }>(server, '/api/admin/pages', {
      method: 'POST',
      token: contributorToken,
      body: {
        slug,
        translations: {
          en: { title: 'Border policing', body: 'Patrols at the border.\nTraining for officers.' },
          fr: { title: 'Police des frontières', body: 'Patrouilles à la frontière.' },
          de: { title: 'Grenzpolizei', body: 'Streifen an der Grenze.' },
        },
      },
    });
    expect(created.status).toBe(201);
    const id = created.body.id;

    const writer = (await openPage(browser)).page;
    await logIn(writer, server, CONTRIBUTOR, `/admin/pages/${id}`);
    await step(writer, 'review-submit', async () => {
      const panel = writer.getByRole('region', { name: 'Review of the English text' });
      await panel.getByLabel('Comment for the reviewer (optional)').fill('Ready: please check');
      await submitForReview(panel);
      await writer.getByRole('tab', { name: /English.*In review/ }).waitFor();
      await writer.getByRole('tab', { name: /Français/ }).click();
      const fr = writer.getByRole('region', { name: 'Review of the Français text' });
      await submitForReview(fr);
      await expectAxeClean(writer);
    });
    expect(await publicLang('en')).toBe(404);

    const reviewer = (await openPage(browser)).page;
    await logIn(reviewer, server, EDITOR, '/admin/review');
    const english = reviewer.getByRole('article', { name: /Border policing · English/ });
    await step(reviewer, 'review-list', async () => {
      await english.getByText('Ready: please check').waitFor();
      await english.getByText('Not published yet: the whole text is new.').waitFor();
      await english.locator('li.added', { hasText: 'Training for officers.' }).waitFor();
      await expectAxeClean(reviewer);
    });
    await step(reviewer, 'review-reject', async () => {
      await english.getByLabel('Your comment').fill('Name the field operation');
      await english.getByRole('button', { name: /^Send back/ }).click();
      await english.waitFor({ state: 'detached' });
      await reviewer.getByText('Sent back: Border policing (English).').waitFor();
    });
    expect(await publicLang('en')).toBe(404);

    await step(writer, 'review-sent-back-dashboard', async () => {
      await goTo(writer, server, '/admin');
      const mine = writer.getByRole('region', { name: 'Your submissions' });
      const english = mine.getByRole('listitem').filter({ hasText: 'Border policing' });
      await english.getByText('Sent back').waitFor();
      await english.getByText('Name the field operation').waitFor();
      await mine
        .getByRole('listitem')
        .filter({ hasText: 'Police des frontières' })
        .getByText('In review')
        .waitFor();
      await expectAxeClean(writer);
    });
    await step(writer, 'review-sent-back', async () => {
      await goTo(writer, server, `/admin/pages/${id}?tab=en`);
      const panel = writer.getByRole('region', { name: 'Review of the English text' });
      await panel.getByText('Name the field operation').waitFor();
      await writer
        .getByLabel('Text', { exact: true })
        .fill('Patrols at the border.\nTraining by the Mission to Skopje.');
      await writer.getByRole('button', { name: 'Save', exact: true }).click();
      await writer.getByText('Saved.').first().waitFor();
      await submitForReview(panel);
      await writer.getByRole('table', { name: 'Review steps' }).getByText('Sent back').waitFor();
      await expectAxeClean(writer);
    });

    await step(reviewer, 'review-approve', async () => {
      await reviewer.reload({ waitUntil: 'networkidle' });
      await english.locator('li.added', { hasText: 'Mission to Skopje' }).waitFor();
      await english.getByRole('button', { name: /^Approve and publish/ }).click();
      await english.waitFor({ state: 'detached' });
    });
    expect(await publicLang('en')).toBe('en');
    // French waits for its own approval: visitors asking for it still get the English text.
    expect(await publicLang('fr')).toBe('en');
    await step(reviewer, 'review-approve-in-editor', async () => {
      await goTo(reviewer, server, `/admin/pages/${id}?tab=fr`);
      const fr = reviewer.getByRole('region', { name: 'Review of the Français text' });
      await fr.getByRole('button', { name: 'Approve and publish' }).click();
      await reviewer.getByText('Approved.').first().waitFor();
      await expectAxeClean(reviewer);
    });
    expect(await publicLang('fr')).toBe('fr');

    // An approval with a date schedules the language instead of publishing it.
    const item = await api<{ version: number }>(server, `/api/admin/pages/${id}`, {
      token: contributorToken,
    });
    const submitted = await api(server, `/api/admin/pages/${id}/translations/de/submit`, {
      method: 'POST',
      token: contributorToken,
      body: { version: item.body.version },
    });
    expect(submitted.status).toBe(200);
    await step(reviewer, 'review-schedule', async () => {
      await goTo(reviewer, server, '/admin/review');
      const german = reviewer.getByRole('article', { name: /Grenzpolizei · Deutsch/ });
      await german.getByLabel('Publish automatically on').fill('2030-01-01T08:00');
      await german.getByRole('button', { name: /^Approve and publish/ }).click();
      await german.waitFor({ state: 'detached' });
    });
    const scheduled = await api<{ translations: { de: { status: string } } }>(
      server,
      `/api/admin/pages/${id}`,
      { token: contributorToken },
    );
    expect(scheduled.body.translations.de.status).toBe('scheduled');
    expect(await publicLang('de')).toBe('en');

    const contributorPublish = await api(server, `/api/admin/pages/${id}/unpublish`, {
      method: 'POST',
      token: contributorToken,
      body: { version: 2 },
    });
    expect(contributorPublish.status).toBe(403);
  });
});
