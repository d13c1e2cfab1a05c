import { bearer, describeEachApi, startApi } from '@portal/api/e2e-support';
import type { RunningApi } from '@portal/api/e2e-support';
import type { SearchHit } from '@portal/domain/content';
import { SECURITY_HEADERS, pageAdmin } from './public-cache-support';

const PUBLIC = /^public, .*s-maxage=\d+, stale-while-revalidate=\d+/;
/** The scheduler looks for due translations every 20 s; this leaves it three turns. */
const SCHEDULER_PATIENCE_MS = 75_000;

describeEachApi('public response cache', ({ api }) => {
  let auth = '';
  const http = () => api().http();
  const pages = pageAdmin(api, () => auth);

  beforeAll(async () => {
    auth = await bearer(api());
  });

  it('serves a public read from memory after the first time, with an ETag that answers 304', async () => {
    const url = '/api/institutions?lang=ru';
    const first = await http().get(url).expect(200);
    expect(first.headers['x-cache']).toBe('miss');
    const second = await http().get(url).expect(200);
    expect(second.headers['x-cache']).toBe('hit');
    expect(second.body).toEqual(first.body);
    expect(second.headers['etag']).toBe(first.headers['etag']);
    expect(second.headers['cache-control']).toMatch(PUBLIC);

    const revalidated = await http().get(url).set('If-None-Match', first.headers['etag']);
    expect(revalidated.status).toBe(304);
    expect(revalidated.text ?? '').toBe('');
    const changed = await http().get(url).set('If-None-Match', '"something-else"');
    expect(changed.status).toBe(200);
  });

  it('keeps a rendered page, its policy naming the nonce the page carries', async () => {
    const first = await http().get('/en/policing').expect(200);
    const second = await http().get('/en/policing').expect(200);
    expect([first.headers['x-cache'], second.headers['x-cache']]).toEqual(['miss', 'hit']);
    expect(second.headers['cache-control']).toMatch(PUBLIC);
    expect(second.headers['content-type']).toContain('text/html');
    const nonce = /'nonce-([^']+)'/.exec(second.headers['content-security-policy'])?.[1];
    expect(nonce).toBeTruthy();
    expect(second.text).toContain(`nonce="${nonce}"`);
    const revalidated = await http()
      .get('/en/policing')
      .set('If-None-Match', second.headers['etag']);
    expect(revalidated.status).toBe(304);
  });

  it('answers from memory with the security headers, gzipped for a client that takes it', async () => {
    const url = '/api/field-operations?lang=de';
    const miss = await fetch(`${api().url}${url}`, { headers: { 'Accept-Encoding': 'identity' } });
    expect(miss.headers.get('x-cache')).toBe('miss');
    const plain = await miss.text();
    const hit = await fetch(`${api().url}${url}`, { headers: { 'Accept-Encoding': 'identity' } });
    expect(hit.headers.get('x-cache')).toBe('hit');
    expect(hit.headers.get('content-encoding')).toBeNull();
    expect(await hit.text()).toBe(plain);
    for (const name of SECURITY_HEADERS) {
      expect([name, hit.headers.get(name)]).toEqual([name, miss.headers.get(name)]);
      expect(hit.headers.get(name)).toBeTruthy();
    }
    // supertest asks for gzip and decodes it: the stored gzipped copy is the same body.
    const gzipped = await http().get(url).set('Accept-Encoding', 'gzip').expect(200);
    expect(gzipped.headers['x-cache']).toBe('hit');
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(JSON.stringify(gzipped.body)).toBe(JSON.stringify(JSON.parse(plain)));
    const head = await http().head(url).expect(200);
    expect(head.headers['x-cache']).toBe('hit');
    expect(head.text ?? '').toBe('');

    const page = await http().get('/en/institutions').expect(200);
    const pageHit = await http().get('/en/institutions').expect(200);
    expect([page.headers['x-cache'], pageHit.headers['x-cache']]).toEqual(['miss', 'hit']);
    for (const name of SECURITY_HEADERS) expect(pageHit.headers[name]).toBe(page.headers[name]);
    expect(pageHit.headers['content-security-policy']).toBe(
      page.headers['content-security-policy'],
    );
  });

  it('keeps nothing that depends on a token, and marks it private', async () => {
    const withToken = await http().get('/api/countries?lang=it').set('Authorization', auth);
    expect(withToken.status).toBe(200);
    expect(withToken.headers['cache-control']).toBe('private, no-store');
    expect(withToken.headers['x-cache']).toBeUndefined();
    const adminRead = await http().get('/api/admin/pages').set('Authorization', auth).expect(200);
    expect(adminRead.headers['cache-control']).toBe('private, no-store');
    const adminPage = await http().get('/admin').expect(200);
    expect(adminPage.headers['cache-control']).toBe('private, no-store');
    expect(adminPage.headers['x-cache']).toBeUndefined();
  });

  it('keeps no error: a page missing now is served once it is published', async () => {
    const missing = await http().get('/api/pages/cache-late?lang=en').expect(404);
    expect(missing.headers['cache-control']).toBe('no-store');
    await http().get('/api/pages/cache-late?lang=en').expect(404);
    const id = await pages.create('cache-late', 'Late arrival');
    await pages.publish(id, 1);
    const served = await http().get('/api/pages/cache-late?lang=en').expect(200);
    expect(served.body.title).toBe('Late arrival');
  });

  it('shows a publish, a new translation and an unpublish on the very next request', async () => {
    const id = await pages.create('cache-news', 'First title');
    await pages.publish(id, 1);
    const read = () => http().get('/api/pages/cache-news?lang=en').expect(200);
    const page = () => http().get('/en/about/cache-news').expect(200);
    await read();
    await page();
    const cachedRead = await read();
    const cachedPage = await page();
    expect([cachedRead.headers['x-cache'], cachedPage.headers['x-cache']]).toEqual(['hit', 'hit']);
    expect(cachedPage.text).toContain('First title');

    await pages.save(id, 1, 'Second title');
    await pages.publish(id, 2);
    const newRead = await read();
    const newPage = await page();
    expect(newRead.body.title).toBe('Second title');
    expect(newPage.text).toContain('Second title');
    expect(newPage.text).not.toContain('First title');
    expect(newPage.headers['etag']).not.toBe(cachedPage.headers['etag']);

    // A French translation published later appears in French at once.
    await http().get('/api/pages/cache-news?lang=fr').expect(200);
    await http()
      .patch(`/api/admin/pages/${id}`)
      .set('Authorization', auth)
      .send({ version: 2, translations: { fr: { title: 'Titre français', body: 'Texte' } } })
      .expect(200);
    await pages.publish(id, 3);
    const french = await http().get('/api/pages/cache-news?lang=fr').expect(200);
    expect(french.body.title).toBe('Titre français');

    await pages.unpublish(id, 3);
    await http().get('/api/pages/cache-news?lang=en').expect(404);
    await http().get('/en/about/cache-news').expect(404);
  });

  it('answers a repeated search from memory as the route answered it, byte for byte', async () => {
    const plain = (path: string) =>
      fetch(`${api().url}${path}`, { headers: { 'Accept-Encoding': 'identity' } });
    // Headers of the answer itself, not of this connection or moment.
    const headers = (res: Response) =>
      [...res.headers].filter(([name]) => !['date', 'x-cache', 'keep-alive'].includes(name));
    const miss = await plain('/api/search?q=police%20training&lang=en');
    const missBody = Buffer.from(await miss.arrayBuffer());
    // The same question with its parameters in another order and encoding.
    const hit = await plain('/api/search?lang=en&q=police+training');
    expect([miss.status, miss.headers.get('x-cache')]).toEqual([200, 'miss']);
    expect([hit.status, hit.headers.get('x-cache')]).toEqual([200, 'hit']);
    expect(Buffer.from(await hit.arrayBuffer()).equals(missBody)).toBe(true);
    expect(headers(hit)).toEqual(headers(miss));
    expect(hit.headers.get('cache-control')).toMatch(PUBLIC);
    for (const name of SECURITY_HEADERS) expect(hit.headers.get(name)).toBeTruthy();

    const gzipped = await http()
      .get('/api/search?q=police%20training&lang=en')
      .set('Accept-Encoding', 'gzip')
      .expect(200);
    expect([gzipped.headers['x-cache'], gzipped.headers['content-encoding']]).toEqual([
      'hit',
      'gzip',
    ]);
    expect(gzipped.body).toEqual(JSON.parse(missBody.toString()));
    const revalidated = await http()
      .get('/api/search?q=police%20training&lang=en')
      .set('If-None-Match', String(miss.headers.get('etag')));
    expect(revalidated.status).toBe(304);

    // Invalid parameters still reach the route and its 400 naming the field.
    const invalid = await http()
      .get('/api/search?q=police%20training&lang=en&country=XYZ')
      .expect(400);
    expect(invalid.body.details.map((d: { path: string }) => d.path)).toEqual(['country']);
    expect(invalid.headers['cache-control']).toBe('no-store');
    const suggest = '/api/search/suggest?q=pol&lang=en';
    const suggestions = await http().get(suggest).expect(200);
    const again = await http().get(suggest).expect(200);
    expect([suggestions.headers['x-cache'], again.headers['x-cache']]).toEqual(['miss', 'hit']);
    expect(again.body).toEqual(suggestions.body);
  });

  it('shows a publish in search results on the very next search', async () => {
    const search = () => http().get('/api/search?q=quokkaharbour&lang=en').expect(200);
    const suggest = () => http().get('/api/search/suggest?q=quokkaharb&lang=en').expect(200);
    await search();
    await suggest();
    const [cached, cachedSuggestions] = [await search(), await suggest()];
    expect([cached.headers['x-cache'], cachedSuggestions.headers['x-cache']]).toEqual([
      'hit',
      'hit',
    ]);
    expect(cached.body.total).toBe(0);
    expect(JSON.stringify(cachedSuggestions.body)).not.toMatch(/quokkaharbour/i);

    const id = await pages.create('cache-quokka', 'Quokkaharbour patrols');
    await pages.publish(id, 1);
    const [fresh, freshSuggestions] = [await search(), await suggest()];
    expect(fresh.headers['x-cache']).toBe('miss');
    const urls = fresh.body.hits.map((h: { url: string }) => h.url.split('#')[0]);
    expect(urls).toContain('/en/about/cache-quokka');
    expect(JSON.stringify(freshSuggestions.body)).toMatch(/quokkaharbour/i);
  });

  it('shows an upload and a delete on the very next country and document page', async () => {
    const title = 'Bilbycove policing in Moldova';
    const read = () => http().get('/api/countries/MD/documents?lang=en').expect(200);
    const country = () => http().get('/en/countries/md').expect(200);
    await read();
    await country();
    const [cachedRead, cachedCountry] = [await read(), await country()];
    expect([cachedRead.headers['x-cache'], cachedCountry.headers['x-cache']]).toEqual([
      'hit',
      'hit',
    ]);
    expect(cachedCountry.text).not.toContain(title);

    const uploaded = await http()
      .post('/api/admin/documents')
      .set('Authorization', auth)
      .send({
        title,
        lang: 'en',
        format: 'markdown',
        content: `# ${title}\n\nThe police of Moldova patrol Bilbycove on foot.`,
      })
      .expect(201);
    const document = `/en/documents/${uploaded.body.id}`;
    const listed = (await read()).body.items.map((h: SearchHit) => h.url.split('#')[0]);
    expect(listed).toContain(document);
    expect((await country()).text).toContain(title);

    await http().get(document).expect(200);
    expect((await http().get(document).expect(200)).headers['x-cache']).toBe('hit');
    await http()
      .delete(`/api/admin/documents/${uploaded.body.id}`)
      .set('Authorization', auth)
      .expect(204);
    await http().get(document).expect(404);
    expect((await country()).text).not.toContain(title);
  });

  it('shows a scheduled publish once the scheduler has published it', async () => {
    const id = await pages.create('cache-scheduled', 'Before schedule');
    await pages.publish(id, 1);
    await pages.save(id, 1, 'After schedule');
    await pages.publish(id, 2, new Date(Date.now() + 1_000).toISOString());
    const path = '/en/about/cache-scheduled';
    await http().get(path).expect(200);
    const cached = await http().get(path).expect(200);
    // Still the first text (if the scheduler has not run yet), and from memory.
    if (cached.text.includes('Before schedule')) expect(cached.headers['x-cache']).toBe('hit');

    const deadline = Date.now() + SCHEDULER_PATIENCE_MS;
    let text = cached.text;
    while (!text.includes('After schedule') && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 500));
      text = (await http().get(path).expect(200)).text;
    }
    expect(text).toContain('After schedule');
  });
});

describe('overload', () => {
  let api: RunningApi | undefined;
  beforeAll(async () => {
    api = await startApi({ env: { MAX_IN_FLIGHT: '1' } });
  }, 200_000);
  afterAll(async () => {
    await api?.dispose();
  }, 60_000);

  it('refuses requests past MAX_IN_FLIGHT at once with a 503 and Retry-After, health still answers', async () => {
    const running = api as RunningApi;
    // Pages with a query string are rendered each time, and a render waits on the API's
    // own answers: ten at once are far more than one in flight.
    const renders = Array.from({ length: 10 }, (_, i) =>
      fetch(`${running.url}/en/policing?visit=${i}`),
    );
    const health = await fetch(`${running.url}/api/health`);
    const answers = await Promise.all(renders);
    expect(health.status).toBe(200);
    const refused = answers.filter((r) => r.status === 503);
    expect(refused.length).toBeGreaterThan(0);
    for (const r of refused) {
      expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(r.headers.get('cache-control')).toBe('no-store');
      for (const name of SECURITY_HEADERS) expect(r.headers.get(name)).toBeTruthy();
      expect(r.headers.get('content-security-policy')).toContain("default-src 'none'");
      await expect(r.json()).resolves.toMatchObject({ statusCode: 503 });
    }
    await Promise.all(answers.filter((r) => !r.bodyUsed).map((r) => r.body?.cancel()));
    // Once the burst is over, the API answers again.
    expect((await fetch(`${running.url}/api/pages/policing?lang=en`)).status).toBe(200);
  });

  it("renders a page it has admitted whole: the render's own reads are not refused", async () => {
    const running = api as RunningApi;
    // Each render reads its data and translations from this same server: with one request
    // in flight allowed (the page's own), those reads would be refused and the page lost.
    for (const path of ['/en/about?first=1', '/fr/countries?first=1', '/de/policing?first=1']) {
      const page = await fetch(running.url + path);
      expect({ path, status: page.status }).toEqual({ path, status: 200 });
      expect(await page.text()).toContain('<h1');
    }
  });
});
