import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeEachApi, startApi } from '@portal/api/e2e-support';

/** GET with a chosen Host header, which fetch() refuses to set. */
function getWithHost(
  baseUrl: string,
  path: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: IncomingHttpHeaders; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, baseUrl), { headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

describeEachApi('foundation', ({ engine, api }) => {
  it('reports health with the engine in use', async () => {
    const res = await api().http().get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', database: engine, version: expect.any(String) });
  });

  it('serves the OpenAPI document', async () => {
    const res = await api().http().get('/api/docs-json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toMatch(/^3\./);
    expect(Object.keys(res.body.paths)).toContain('/api/health');
  });

  it('answers unknown API paths with a JSON 404 in the API error shape', async () => {
    const res = await api().http().get('/api/no-such-thing');
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ statusCode: 404, error: 'Not Found' });
  });

  it('rejects malformed JSON with a 400, not a 500', async () => {
    const res = await api()
      .http()
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"email": ');
    expect(res.status).toBe(400);
    expect(res.body.statusCode).toBe(400);
  });

  it('sets security headers', async () => {
    const res = await api().http().get('/api/health');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('serves the portal for deep links, and sends / to a language', async () => {
    const page = await api().http().get('/it/policing');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.text).toContain('lang="it"');
    expect(page.headers['content-encoding']).toBe('gzip');
    const root = await api().http().get('/').set('Accept-Language', 'it-IT,it;q=0.9');
    expect([200, 302]).toContain(root.status);
    if (root.status === 302) expect(root.headers['location']).toMatch(/^\/(en|fr|de|it|ru|es)\/?$/);
  });

  it('renders pages for the allowed host names only', async () => {
    const { host } = new URL(api().url);
    const allowed = await getWithHost(api().url, '/en/policing', { Host: host });
    expect(allowed.status).toBe(200);
    expect(allowed.headers['content-type']).toContain('text/html');
    expect(allowed.text).toContain('<title>Policing | OSCE Policing Portal</title>');
    expect(allowed.text).toContain(`<link rel="canonical" href="http://${host}/en/policing"`);

    // Rendering for any host would put that host into the page (canonical links, transfer
    // cache) and let a request steer the renderer's fetches: Angular refuses it instead.
    for (const evil of ['evil.example', `evil.example:${new URL(api().url).port}`]) {
      const refused = await getWithHost(api().url, '/en/policing', { Host: evil });
      expect(refused.status).toBe(400);
      expect(refused.headers['content-type']).toContain('text/plain');
      expect(refused.text).not.toContain('<html');
    }

    // Proxy headers are not trusted, so one naming another host cannot change the origin.
    const forwarded = await getWithHost(api().url, '/en/policing', {
      Host: host,
      'X-Forwarded-Host': 'evil.example',
    });
    expect(forwarded.status).toBe(200);
    expect(forwarded.text).not.toContain('evil.example');
  });
});

/** A lock left in `dataDir` by a portal in another container (PID 1 there), `ageMs` after its last heartbeat. */
function plantForeignLock(dataDir: string, ageMs: number): void {
  const file = join(dataDir, 'portal.lock');
  writeFileSync(
    file,
    JSON.stringify({
      token: 'a'.repeat(32),
      host: 'other-container',
      pid: 1,
      startedAt: '2026-01-01T00:00:00Z',
    }),
  );
  const then = new Date(Date.now() - ageMs);
  utimesSync(file, then, then);
}

describe('process lifecycle [pglite]', () => {
  it('refuses a second process on the same DATA_DIR with one clear line, and stops cleanly on SIGTERM', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'portal-e2e-'));
    // A container sharing the volume holds it: PID 1 is no proof it is gone, its heartbeat is.
    plantForeignLock(dataDir, 0);
    const heartbeat = setInterval(() => plantForeignLock(dataDir, 0), 500);
    try {
      await expect(startApi({ dataDir })).rejects.toThrow(
        /DATA_DIR .* is in use by another portal process \(pid 1 on other-container, .*last heartbeat [01] s ago\)/,
      );
    } finally {
      clearInterval(heartbeat);
    }
    expect(readFileSync(join(dataDir, 'portal.lock'), 'utf8')).toContain('other-container');
    plantForeignLock(dataDir, 120_000);
    const first = await startApi({ dataDir });
    try {
      expect(readFileSync(join(dataDir, 'portal.lock'), 'utf8')).not.toContain('other-container');
      await expect(startApi({ dataDir: first.dataDir })).rejects.toThrow(
        /DATA_DIR .* is in use by another portal process/,
      );
      expect(await first.stop()).toBe(0);
      // After a clean stop the same directory opens again with its data.
      const second = await startApi({ dataDir: first.dataDir });
      expect((await second.http().get('/api/health')).status).toBe(200);
      expect(await second.stop()).toBe(0);
      expect(existsSync(join(dataDir, 'portal.lock'))).toBe(false);
    } finally {
      await first.dispose();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 480_000);

  it('stops at start with one line naming a bad variable', async () => {
    await expect(startApi({ env: { ASSISTANT_RATE_LIMIT_PER_MIN: 'many' } })).rejects.toThrow(
      /ASSISTANT_RATE_LIMIT_PER_MIN must be a whole number/,
    );
  }, 60_000);
});
