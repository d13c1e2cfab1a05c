import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import request from 'supertest';
import { LOGIN_FAILURES_PER_IP } from '@portal/api/auth';
import { bearer, describeEachApi, type RunningApi, startApi } from '@portal/api/e2e-support';

const PROBLEM = 'must not contain NUL characters or unpaired UTF-16 surrogates';

describeEachApi('input hygiene', ({ api }) => {
  let auth: string;

  beforeAll(async () => {
    auth = await bearer(api());
  });

  it('answers a NUL in a path or query with a 400 naming the field, not a 500', async () => {
    const inPath = await api().http().get('/api/programmes/a%00b').expect(400);
    expect(inPath.body.details).toEqual([{ path: 'slug', message: PROBLEM }]);
    const inQuery = await api().http().get('/api/search?q=police%00&lang=en').expect(400);
    expect(inQuery.body.details).toEqual([{ path: 'q', message: PROBLEM }]);
    const inSuggest = await api().http().get('/api/search/suggest?q=%00').expect(400);
    expect(inSuggest.body.details[0].path).toBe('q');
  });

  it('answers an unpaired surrogate or a NUL in a JSON body with a 400 naming the field', async () => {
    const lone = await api()
      .http()
      .post('/api/assistant/ask')
      .set('Content-Type', 'application/json')
      .send('{"question":"Who leads \\ud800 policing?","history":[]}')
      .expect(400);
    expect(lone.body.details).toEqual([{ path: 'question', message: PROBLEM }]);
    const nested = await api()
      .http()
      .post('/api/assistant/ask')
      .send({ question: 'ok', history: [{ role: 'user', content: 'a\0b' }] })
      .expect(400);
    expect(nested.body.details[0].path).toBe('history.0.content');
    // Emoji are surrogate pairs, which are fine.
    await api().http().post('/api/assistant/ask').send({ question: 'Police 👮?' }).expect(200);
  });

  it('checks the fields of a multipart upload too', async () => {
    const res = await api()
      .http()
      .post('/api/admin/documents')
      .set('Authorization', auth)
      .field('title', 'Bad\0title')
      .attach('file', Buffer.from('# Text'), 'text.md')
      .expect(400);
    expect(res.body.details[0].path).toBe('title');
  });

  it('caps JSON bodies at 100 KB, except for document uploads and admin routes', async () => {
    const big = 'x'.repeat(150 * 1024);
    const tooLarge = await api()
      .http()
      .post('/api/auth/login')
      .send({ email: 'a@b.org', password: big })
      .expect(413);
    expect(tooLarge.body.message).toBe('The request body is too large (at most 100 KB)');
    await api()
      .http()
      .post('/api/assistant/feedback')
      .send({ answerId: 'x', helpful: true, comment: big })
      .expect(413);
    // Admin routes take long pages (six translations): the body is read, then the token
    // is checked.
    await api()
      .http()
      .post('/api/admin/pages')
      .send({ slug: 'long', translations: { en: { title: 'Long', body: big } } })
      .expect(401);
    const document = await api()
      .http()
      .post('/api/admin/documents')
      .set('Authorization', auth)
      .send({ title: 'Large text', format: 'text', content: `Police training. ${big}` })
      .expect(201);
    expect(document.body.status).not.toBe('failed');
  });

  it('records the client address with document uploads and deletions', async () => {
    const created = await api()
      .http()
      .post('/api/admin/documents')
      .set('Authorization', auth)
      .field('title', 'Audit trail')
      .attach('file', Buffer.from('# Audit\n\nPolice records.'), 'audit.md')
      .expect(201);
    await api()
      .http()
      .delete(`/api/admin/documents/${created.body.id}`)
      .set('Authorization', auth)
      .expect(204);
    const entries = await api()
      .http()
      .get(`/api/admin/audit?itemType=document&itemId=${created.body.id}`)
      .set('Authorization', auth)
      .expect(200);
    expect(entries.body.items.map((e: { action: string; ip: string }) => [e.action, e.ip])).toEqual(
      [
        ['document.delete', '127.0.0.1'],
        ['document.create', '127.0.0.1'],
      ],
    );
  });

  // Last in this block: it leaves 127.0.0.1 blocked from signing in for a minute.
  it('ignores a spoofed X-Forwarded-For by default: one rate-limit key, the real audit IP', async () => {
    const attempt = (i: number) =>
      api()
        .http()
        .post('/api/auth/login')
        .set('X-Forwarded-For', `203.0.113.${i}`)
        .send({ email: `spoofer-${i}@portal.test`, password: 'Wrong-Password-1' });
    for (let i = 0; i < LOGIN_FAILURES_PER_IP; i++) await attempt(i).expect(401);
    const blocked = await attempt(LOGIN_FAILURES_PER_IP).expect(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    const audit = await api()
      .http()
      .get('/api/admin/audit?action=login.failed&size=100')
      .set('Authorization', auth)
      .expect(200);
    const ips = new Set(audit.body.items.map((entry: { ip: string }) => entry.ip));
    expect([...ips]).toEqual(['127.0.0.1']);
  });
});

describeEachApi(
  'rate limits on public routes',
  ({ api }) => {
    it('limits search, suggestions and feedback per client, each on its own count', async () => {
      const search = () => api().http().get('/api/search?q=police&lang=en');
      const suggest = () => api().http().get('/api/search/suggest?q=pol&lang=en');
      const feedback = () =>
        api()
          .http()
          .post('/api/assistant/feedback')
          .send({ answerId: '00000000-0000-4000-8000-000000000000', helpful: true });
      // The repeats are answered from memory in front of Nest, counted all the same.
      const searched = [];
      for (let i = 0; i < 3; i++) searched.push((await search().expect(200)).headers['x-cache']);
      expect(searched).toEqual(['miss', 'hit', 'hit']);
      for (let i = 0; i < 3; i++) await suggest().expect(200);
      const firstVotes = [(await feedback()).status, (await feedback()).status];
      expect(firstVotes).not.toContain(429);
      for (const refused of [await search(), await suggest(), await feedback()]) {
        expect(refused.status).toBe(429);
        expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
        expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(60);
      }
      // Another client (the same machine over IPv6) has its own count.
      await request(api().url.replace('127.0.0.1', '[::1]'))
        .get('/api/search?q=police&lang=en')
        .expect(200);
    });
  },
  {
    env: {
      SEARCH_RATE_LIMIT_PER_MIN: '3',
      SUGGEST_RATE_LIMIT_PER_MIN: '3',
      FEEDBACK_RATE_LIMIT_PER_MIN: '2',
    },
  },
);

const REDIS_URL = process.env['TEST_REDIS_URL'] || 'redis://127.0.0.1:6379';

describe('rate limits with REDIS_URL [pglite]', () => {
  // What the instances count for this machine's address; cleared so earlier runs do not count.
  const clearKeys = async () => {
    const redis = new Redis(REDIS_URL);
    const keys = await redis.keys('portal:rate-limit:search:127.0.0.1*');
    if (keys.length) await redis.del(...keys);
    await redis.quit();
  };
  const started: RunningApi[] = [];
  const start = async (redisUrl: string) => {
    const api = await startApi({
      env: { REDIS_URL: redisUrl, SEARCH_RATE_LIMIT_PER_MIN: '3' },
    });
    started.push(api);
    return api;
  };

  beforeAll(clearKeys);

  afterAll(async () => {
    await Promise.all(started.map((api) => api.dispose()));
    await clearKeys();
  });

  it('holds one limit for two instances sharing one Redis', async () => {
    const [a, b] = await Promise.all([start(REDIS_URL), start(REDIS_URL)]);
    const search = (api: RunningApi, q: string) => api.http().get(`/api/search?q=${q}&lang=en`);
    await search(a, 'police').expect(200);
    await search(b, 'police').expect(200);
    await search(a, 'border').expect(200);
    const refused = await search(b, 'border').expect(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(60);
    await search(a, 'police').expect(429);
  });

  it('lets requests through with a logged warning when Redis cannot be reached (fail-open)', async () => {
    const api = await start('redis://127.0.0.1:1');
    for (let i = 0; i < 5; i++) {
      await api.http().get(`/api/search?q=police${i}&lang=en`).expect(200);
    }
    expect(api.output()).toContain('rate-limit store unavailable, request allowed');
  });
});

describe('process start [pglite]', () => {
  let root: string;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'portal-start-'));
  });

  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it('stops on a busy port with one line, before DATA_DIR or a database is created', async () => {
    const holder = createServer();
    const port = await new Promise<number>((resolve) =>
      holder.listen(0, () => resolve((holder.address() as AddressInfo).port)),
    );
    const dataDir = join(root, 'data');
    try {
      const error = await startApi({ dataDir, env: { PORT: String(port) } }).catch((e) => e);
      const output = String((error as Error).message)
        .split('\n')
        .slice(1)
        .join('\n')
        .trim();
      expect(output).toBe(
        `PORT ${port} is already in use by another process; stop it or set PORT to a free port`,
      );
      expect(existsSync(dataDir)).toBe(false);
    } finally {
      await new Promise((r) => holder.close(r));
    }
  });

  it('creates DATA_DIR readable by its owner only (0700)', async () => {
    const dataDir = join(root, 'new', 'data');
    const api = await startApi({ dataDir });
    try {
      expect(statSync(dataDir).mode & 0o777).toBe(0o700);
      expect(statSync(join(root, 'new')).mode & 0o777).toBe(0o700);
      expect(statSync(join(dataDir, 'jwt-secret')).mode & 0o777).toBe(0o600);
    } finally {
      await api.stop();
      await api.dispose();
    }
  });
});
