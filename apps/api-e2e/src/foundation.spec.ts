import { describeEachApi, startApi } from './support/api-process';

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
});

describe('process lifecycle [pglite]', () => {
  it('refuses a second process on the same DATA_DIR with one clear line, and stops cleanly on SIGTERM', async () => {
    const first = await startApi();
    try {
      await expect(startApi({ dataDir: first.dataDir })).rejects.toThrow(
        /DATA_DIR .* is in use by another portal process/,
      );
      expect(await first.stop()).toBe(0);
      // After a clean stop the same directory opens again with its data.
      const second = await startApi({ dataDir: first.dataDir });
      expect((await second.http().get('/api/health')).status).toBe(200);
      expect(await second.stop()).toBe(0);
    } finally {
      await first.dispose();
    }
  }, 480_000);

  it('stops at start with one line naming a bad variable', async () => {
    await expect(startApi({ env: { ASSISTANT_RATE_LIMIT_PER_MIN: 'many' } })).rejects.toThrow(
      /ASSISTANT_RATE_LIMIT_PER_MIN must be a whole number/,
    );
  }, 60_000);
});
