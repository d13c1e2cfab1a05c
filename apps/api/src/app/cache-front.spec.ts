import { createServer, get, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { cachedResponse, type RateLimitedRoute, ResponseCache } from '@portal/api/common';
import { cacheFront } from './cache-front';
import { pageKey } from './page-cache';

const PUBLIC_READS = [/^\/api\/pages(\/|$)/];
const trustNone = () => false;

describe('cacheFront', () => {
  const cache = new ResponseCache(1_000_000);
  const searches = new ResponseCache(1_000_000);
  /** Each search answered in front, as counted: route and client address. */
  const counted: string[] = [];
  let admitted = true;
  let duringCount = (): void => undefined;
  let server: Server;
  let base = '';
  /** What reached the stack behind the front (Express, in the API). */
  const passedOn: string[] = [];

  beforeAll(async () => {
    const front = cacheFront({
      cache,
      publicReads: PUBLIC_READS,
      limitedReads: {
        cache: searches,
        routeOf: (path) => (path === '/api/search' ? 'search' : undefined),
        admit: async (route: RateLimitedRoute, ip: string) => {
          counted.push(`${route} ${ip}`);
          duringCount();
          return admitted;
        },
      },
      trustProxy: trustNone,
    });
    server = createServer((req, res) =>
      front(req, res, () => {
        passedOn.push(`${req.method} ${req.url}`);
        res.statusCode = 418;
        res.end();
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const body = Buffer.from(JSON.stringify({ title: 'x'.repeat(2000) }));
    cache.set(
      'GET /api/pages/policing?lang=en',
      cachedResponse(body, {
        'content-type': 'application/json; charset=utf-8',
        'x-content-type-options': 'nosniff',
      }),
      cache.generation,
    );
    // A page is keyed as the request that rendered it: protocol, host, proxy headers, path.
    const host = new URL(base).host;
    const pageRequest = {
      url: '/en/policing',
      headers: { host },
      socket: { remoteAddress: '127.0.0.1' },
    } as unknown as Parameters<typeof pageKey>[0];
    cache.set(
      pageKey(pageRequest, trustNone),
      cachedResponse(Buffer.from('<html>policing</html>'), {
        'content-type': 'text/html;charset=UTF-8',
        'content-security-policy': "script-src 'nonce-abc'",
      }),
      cache.generation,
    );
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  beforeEach(() => {
    passedOn.length = 0;
    counted.length = 0;
    admitted = true;
    duringCount = () => undefined;
    searches.invalidate();
    searches.set(
      'GET /api/search?lang=en&q=police+training',
      cachedResponse(Buffer.from('{"hits":[]}'), { 'content-type': 'application/json' }),
      searches.generation,
    );
  });

  it('answers a stored public read itself, with its stored headers, gzipped when asked', async () => {
    const plain = await fetch(`${base}/api/pages/policing?lang=en`, {
      headers: { 'Accept-Encoding': 'identity' },
    });
    expect(plain.status).toBe(200);
    expect(plain.headers.get('x-cache')).toBe('hit');
    expect(plain.headers.get('x-content-type-options')).toBe('nosniff');
    expect(plain.headers.get('content-encoding')).toBeNull();
    const text = await plain.text();
    expect(JSON.parse(text).title).toHaveLength(2000);

    const gzipped = await new Promise<{ encoding?: string; body: Buffer }>((resolve, reject) => {
      // node's fetch decodes gzip by itself; a raw request shows what was sent.
      const req = get(
        `${base}/api/pages/policing?lang=en`,
        { headers: { 'Accept-Encoding': 'gzip' } },
        (res: IncomingMessage) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({
              encoding: res.headers['content-encoding'],
              body: Buffer.concat(chunks),
            }),
          );
        },
      );
      req.on('error', reject);
    });
    expect(gzipped.encoding).toBe('gzip');
    expect(gunzipSync(gzipped.body).toString()).toBe(text);
    expect(passedOn).toEqual([]);
  });

  it('answers a stored page itself, and 304 to a client holding it', async () => {
    const page = await fetch(`${base}/en/policing`);
    expect(page.status).toBe(200);
    expect(await page.text()).toBe('<html>policing</html>');
    expect(page.headers.get('content-security-policy')).toBe("script-src 'nonce-abc'");
    const again = await fetch(`${base}/en/policing`, {
      headers: { 'If-None-Match': page.headers.get('etag') ?? '' },
    });
    expect(again.status).toBe(304);
    expect(passedOn).toEqual([]);
  });

  it('passes on what it does not hold, anything with a token, and writes', async () => {
    await fetch(`${base}/api/pages/policing?lang=fr`);
    await fetch(`${base}/api/pages/policing?lang=en`, { headers: { Authorization: 'Bearer x' } });
    await fetch(`${base}/api/pages/policing?lang=en`, { method: 'POST' });
    await fetch(`${base}/en/policing?from=mail`);
    await fetch(`${base}/en/policing`, { headers: { 'X-Forwarded-Proto': 'https' } });
    await fetch(`${base}/api/search?q=police&lang=en`);
    expect(counted).toEqual([]);
    expect(passedOn).toEqual([
      'GET /api/pages/policing?lang=fr',
      'GET /api/pages/policing?lang=en',
      'POST /api/pages/policing?lang=en',
      'GET /en/policing?from=mail',
      'GET /en/policing',
      'GET /api/search?q=police&lang=en',
    ]);
  });

  it('answers a stored search under its sorted query once the client is counted', async () => {
    for (const query of ['q=police%20training&lang=en', 'lang=en&q=police+training']) {
      const res = await fetch(`${base}/api/search?${query}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('x-cache')).toBe('hit');
      expect(await res.text()).toBe('{"hits":[]}');
    }
    expect(counted).toEqual(['search 127.0.0.1', 'search 127.0.0.1']);
    expect(passedOn).toEqual([]);
  });

  it('passes a stored search on past the limit, or when the index changed meanwhile', async () => {
    admitted = false;
    await fetch(`${base}/api/search?q=police%20training&lang=en`);
    admitted = true;
    duringCount = () => searches.invalidate();
    await fetch(`${base}/api/search?q=police%20training&lang=en`);
    expect(counted).toHaveLength(2);
    expect(passedOn).toEqual([
      'GET /api/search?q=police%20training&lang=en',
      'GET /api/search?q=police%20training&lang=en',
    ]);
  });
});
