import { bearer, startApi } from '@portal/api/e2e-support';
import type { RunningApi } from '@portal/api/e2e-support';
import { createScratchDatabase, testServerUrl } from '@portal/api/database/testing';
import type { SearchHit } from '@portal/domain/content';
import { pageAdmin } from './public-cache-support';

const serverUrl = testServerUrl();
/**
 * How soon a change written through one instance must show on another: NOTIFY arrives
 * within milliseconds, the rest is room for a shared, busy test machine.
 */
const NEIGHBOUR_PATIENCE_MS = 2_000;
/** For an answer to be kept at all: a first render on a cold instance takes a second. */
const STORE_PATIENCE_MS = 10_000;
/** Between two looks at the other instance: often enough to time it, not a flood. */
const POLL_INTERVAL_MS = 25;

/**
 * Asks `sees` until it answers true or `patienceMs` have passed since `since`; returns how
 * long after `since` the first request that saw the change was sent (the work that answer
 * waited for is the reader's, not the notification's delay), or Infinity.
 */
async function firstSeen(
  since: number,
  sees: () => Promise<boolean>,
  patienceMs = NEIGHBOUR_PATIENCE_MS,
): Promise<number> {
  while (Date.now() - since < patienceMs) {
    const asked = Date.now();
    if (await sees()) return asked - since;
    await new Promise((r) => setTimeout(r, POLL_INTERVAL_MS));
  }
  return Infinity;
}

function hitPaths(body: { hits?: SearchHit[]; items?: SearchHit[] }): string[] {
  return (body.hits ?? body.items ?? []).map((h) => h.url.split('#')[0] ?? '');
}

// Several instances need a database server; the embedded engine admits one process.
(serverUrl ? describe : describe.skip)('two instances on one PostgreSQL database', () => {
  let database: { url: string; drop: () => Promise<void> } | undefined;
  let writer: RunningApi | undefined;
  let reader: RunningApi | undefined;
  let auth = '';
  // The polling below asks far more often than a visitor may search.
  const env = {
    JWT_SECRET: 'x'.repeat(48),
    SEARCH_RATE_LIMIT_PER_MIN: '100000',
    SUGGEST_RATE_LIMIT_PER_MIN: '100000',
  };
  const w = () => writer as RunningApi;
  const r = () => reader as RunningApi;
  const pages = pageAdmin(w, () => auth);

  async function upload(title: string, text: string): Promise<string> {
    const res = await w()
      .http()
      .post('/api/admin/documents')
      .set('Authorization', auth)
      .send({ title, lang: 'en', format: 'markdown', content: `# ${title}\n\n${text}` })
      .expect(201);
    return res.body.id as string;
  }

  async function removeDocument(id: string): Promise<void> {
    await w().http().delete(`/api/admin/documents/${id}`).set('Authorization', auth).expect(204);
  }

  /**
   * Asks the reader until it answers from memory. Usually the second answer does; but the
   * notice of the writer's last change may reach the reader while it computes the first,
   * which then is not kept.
   */
  async function cachedOnReader(path: string) {
    const since = Date.now();
    let res = await r().http().get(path).expect(200);
    while (res.headers['x-cache'] !== 'hit' && Date.now() - since < STORE_PATIENCE_MS) {
      res = await r().http().get(path).expect(200);
    }
    expect([path, res.headers['x-cache']]).toEqual([path, 'hit']);
    return res;
  }

  beforeAll(async () => {
    database = await createScratchDatabase(serverUrl as string);
    // One after the other: the first migrates and seeds, the second finds it done.
    writer = await startApi({ engine: 'postgres', databaseUrl: database.url, env });
    reader = await startApi({ engine: 'postgres', databaseUrl: database.url, env });
    auth = await bearer(w());
  }, 400_000);
  afterAll(async () => {
    await reader?.dispose();
    await writer?.dispose();
    await database?.drop();
  }, 60_000);

  it("a publish on one instance changes the other's cached page within a second", async () => {
    const id = await pages.create('shared-news', 'Old headline');
    await pages.publish(id, 1);
    const path = '/en/about/shared-news';
    const cached = await cachedOnReader(path);
    expect(cached.text).toContain('Old headline');

    await pages.save(id, 1, 'New headline');
    await pages.publish(id, 2);
    const seenAfter = await firstSeen(
      Date.now(),
      async () => (await r().http().get(path).expect(200)).text.includes('New headline'),
      1_000,
    );
    expect(seenAfter).toBeLessThan(1_000);
  });

  it("an upload and a delete on one instance change the other's stored searches", async () => {
    const search = '/api/search?q=wombatferry&lang=en';
    const before = await cachedOnReader(search);
    expect(before.body.total).toBe(0);

    const id = await upload('Wombatferry crossings', 'Wombatferry patrols cross the river.');
    const document = `/en/documents/${id}`;
    const found = await firstSeen(Date.now(), async () =>
      hitPaths((await r().http().get(search).expect(200)).body).includes(document),
    );
    expect(found).toBeLessThan(NEIGHBOUR_PATIENCE_MS);
    expect(hitPaths((await cachedOnReader(search)).body)).toContain(document);

    await removeDocument(id);
    const gone = await firstSeen(
      Date.now(),
      async () => !hitPaths((await r().http().get(search).expect(200)).body).includes(document),
    );
    expect(gone).toBeLessThan(NEIGHBOUR_PATIENCE_MS);
  });

  it("a publish and an unpublish on one instance change the other's stored searches", async () => {
    const search = '/api/search?q=quokkaferry&lang=en';
    const suggest = '/api/search/suggest?q=quokkafer&lang=en';
    expect((await cachedOnReader(search)).body.total).toBe(0);
    expect(JSON.stringify((await cachedOnReader(suggest)).body)).not.toMatch(/quokkaferry/i);

    const id = await pages.create('shared-quokka', 'Quokkaferry patrols');
    await pages.publish(id, 1);
    const page = '/en/about/shared-quokka';
    const published = Date.now();
    const found = await firstSeen(published, async () =>
      hitPaths((await r().http().get(search).expect(200)).body).includes(page),
    );
    const suggested = await firstSeen(published, async () =>
      /quokkaferry/i.test(JSON.stringify((await r().http().get(suggest).expect(200)).body)),
    );
    expect([found, suggested].map((ms) => ms < NEIGHBOUR_PATIENCE_MS)).toEqual([true, true]);
    expect(hitPaths((await cachedOnReader(search)).body)).toContain(page);

    await pages.unpublish(id, 1);
    const gone = await firstSeen(
      Date.now(),
      async () => !hitPaths((await r().http().get(search).expect(200)).body).includes(page),
    );
    expect(gone).toBeLessThan(NEIGHBOUR_PATIENCE_MS);
  });

  it("an upload and a delete on one instance change the other's stored country and document pages", async () => {
    const read = '/api/countries/ME/documents?lang=en';
    const country = '/en/countries/me';
    const title = 'Numbatcove policing in Montenegro';
    const cachedRead = await cachedOnReader(read);
    const cachedCountry = await cachedOnReader(country);
    expect([JSON.stringify(cachedRead.body), cachedCountry.text].join()).not.toContain(title);

    const id = await upload(title, 'The police of Montenegro patrol Numbatcove by boat.');
    const uploaded = Date.now();
    const listed = await firstSeen(uploaded, async () =>
      hitPaths((await r().http().get(read).expect(200)).body).includes(`/en/documents/${id}`),
    );
    const shown = await firstSeen(uploaded, async () =>
      (await r().http().get(country).expect(200)).text.includes(title),
    );
    expect([listed, shown].map((ms) => ms < NEIGHBOUR_PATIENCE_MS)).toEqual([true, true]);

    const document = `/en/documents/${id}`;
    expect((await cachedOnReader(document)).text).toContain(title);
    await removeDocument(id);
    const gone = await firstSeen(
      Date.now(),
      async () => (await r().http().get(document)).status === 404,
    );
    expect(gone).toBeLessThan(NEIGHBOUR_PATIENCE_MS);
  });
});
