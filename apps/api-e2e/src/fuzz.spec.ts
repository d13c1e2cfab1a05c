import { request } from 'node:http';
import { bearer, describeEachApi } from '@portal/api/e2e-support';
import { FuzzRequest, OpenApiDocument, requestsFor } from './fuzz/fuzz-requests';
import { seededRandom } from './fuzz/hostile-values';

// Fixed, so a failure repeats; set API_FUZZ_SEED / API_FUZZ_PER_SLOT to explore further
// (with 100 every value goes to every slot: about 9,000 requests, minutes long).
const SEED = Number(process.env['API_FUZZ_SEED'] ?? 20261205);
const PER_SLOT = Number(process.env['API_FUZZ_PER_SLOT'] ?? 3);
const IN_FLIGHT = 4;

interface Outcome {
  readonly status: number;
  readonly text: string;
}

/** Sends the URL exactly as given (fetch would normalise `..` and refuse some escapes). */
function send(baseUrl: string, r: FuzzRequest, auth?: string): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(baseUrl);
    const payload = r.body === undefined ? undefined : JSON.stringify(r.body);
    const req = request(
      {
        hostname,
        port,
        method: r.method,
        path: r.url,
        headers: {
          ...(auth ? { Authorization: auth } : {}),
          ...(payload === undefined
            ? {}
            : { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) }),
        },
        timeout: 30_000,
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk.length > 2_000 ? '' : chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: text.slice(0, 300) }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('no answer within 30 s')));
    req.on('error', reject);
    req.end(payload);
  });
}

/** Sends every request, a few at a time, and returns those answered with 5xx or not at all. */
async function failures(baseUrl: string, all: FuzzRequest[], auth?: string): Promise<string[]> {
  const found: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < all.length) {
      const r = all[next++];
      const describe = `${r.method} ${r.url.slice(0, 120)} [${r.what}]`;
      try {
        const { status, text } = await send(baseUrl, r, auth);
        if (status >= 500) found.push(`${describe} -> ${status} ${text}`);
      } catch (e) {
        found.push(`${describe} -> ${(e as Error).message}`);
      }
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  return found;
}

/** Staff operations: anonymous clients meet the guard first, so a few values each do there. */
const staffOnly = (path: string) => path.startsWith('/api/admin/') || path === '/api/auth/me';

function allRequests(
  doc: OpenApiDocument,
  options: { anonymous: boolean; skip?: (method: string, path: string) => boolean },
): FuzzRequest[] {
  const random = seededRandom(SEED);
  return Object.entries(doc.paths).flatMap(([path, operations]) =>
    Object.keys(operations)
      .filter((method) => !options.skip?.(method, path))
      .flatMap((method) =>
        requestsFor(doc, path, method, options.anonymous && staffOnly(path) ? 1 : PER_SLOT, random),
      ),
  );
}

describeEachApi('API fuzz', ({ api }) => {
  let doc: OpenApiDocument;
  let auth: string;

  beforeAll(async () => {
    doc = (await api().http().get('/api/docs-json').expect(200)).body;
    // Before the fuzz: its failed sign-ins may bring this client to its limit.
    auth = await bearer(api());
  });

  it('covers every operation of the OpenAPI document', () => {
    const operations = Object.values(doc.paths).flatMap((ops) => Object.keys(ops));
    expect(operations.length).toBeGreaterThan(50);
    expect(allRequests(doc, { anonymous: false }).length).toBeGreaterThan(operations.length * 10);
  });

  it('refuses a page past the last one with a 400 naming page (it overflowed OFFSET)', async () => {
    for (const list of ['/api/admin/users', '/api/admin/pages', '/api/admin/documents']) {
      const res = await api()
        .http()
        .get(`${list}?page=${'9'.repeat(60)}`)
        .set('Authorization', auth)
        .expect(400);
      expect(res.body.details).toEqual([{ path: 'page', message: 'page must be at most 100000' }]);
    }
    await api().http().get('/api/admin/users?page=100000').set('Authorization', auth).expect(200);
  });

  it('answers hostile input from anonymous clients without a 5xx', async () => {
    const requests = allRequests(doc, { anonymous: true });
    expect(await failures(api().url, requests)).toEqual([]);
    await api().http().get('/api/health').expect(200);
  });

  it('answers hostile input from an admin without a 5xx, and stays healthy', async () => {
    // Logging out would end the admin's token and leave the rest untested.
    const requests = allRequests(doc, {
      anonymous: false,
      skip: (_, path) => path === '/api/auth/logout',
    });
    expect(await failures(api().url, requests, auth)).toEqual([]);
    // The token still works: nothing above broke the session or the process.
    await api().http().get('/api/auth/me').set('Authorization', auth).expect(200);
    await api().http().get('/api/health').expect(200);
  });
});
