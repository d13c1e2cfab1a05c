import express from 'express';
import type { AddressInfo } from 'node:net';
import { createServer, type Server } from 'node:http';
import { ResponseCache } from '@portal/api/common';
import { pageCache } from './page-cache';

describe('pageCache', () => {
  let server: Server;
  let base: string;
  let renders = 0;
  let finishRender: () => void = () => undefined;

  beforeAll(async () => {
    const app = express();
    app.use(
      pageCache({
        cache: new ResponseCache(1024 * 1024),
        // A render that ends only when the test says so: a page rendered on a saturated process.
        render: () => {
          renders += 1;
          return new Promise((resolve) => {
            finishRender = () =>
              resolve(new Response('<p>page</p>', { headers: { 'content-type': 'text/html' } }));
          });
        },
        fallback: (_req, res) => res.status(404).end(),
        maxRenders: 8,
        patienceMs: 200,
        retryAfterSeconds: 2,
        trustProxy: () => false,
      }),
    );
    server = createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('refuses with Retry-After whoever waits past its patience for a page being rendered, and keeps the page', async () => {
    // The first request starts the render, the second waits for it: neither waits for ever.
    const [first, second] = await Promise.all([
      fetch(`${base}/en/policing`),
      fetch(`${base}/en/policing`),
    ]);
    expect([first.status, second.status]).toEqual([503, 503]);
    expect(first.headers.get('retry-after')).toBe('2');
    expect(second.headers.get('retry-after')).toBe('2');
    expect(renders).toBe(1);

    // The render goes on; once it ends, the page is served from memory without rendering again.
    finishRender();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const later = await fetch(`${base}/en/policing`);
    expect(later.status).toBe(200);
    await expect(later.text()).resolves.toBe('<p>page</p>');
    expect(renders).toBe(1);
  });
});

describe('pageCache, when the visitor leaves during a render', () => {
  it('drops the aborted render without reporting an error; other failures still reach the error handler', async () => {
    const reported: string[] = [];
    const app = express();
    app.use(
      pageCache({
        cache: new ResponseCache(1024 * 1024),
        // The renderer aborts when its request's connection closes, as the portal's does.
        render: (req) =>
          new Promise((_resolve, reject) => {
            if (req.path === '/en/broken') return reject(new Error('template failed'));
            req.res?.once('close', () =>
              reject(Object.assign(new Error('Request was aborted.'), { name: 'AbortError' })),
            );
          }),
        fallback: (_req, res) => res.status(404).end(),
        maxRenders: 8,
        patienceMs: 5000,
        retryAfterSeconds: 2,
        trustProxy: () => false,
      }),
    );
    app.use(
      (e: Error, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
        reported.push(e.message);
        if (!res.headersSent) res.status(500).end();
      },
    );
    const server = createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const leaving = new AbortController();
      const left = fetch(`${base}/en/policing?from=test`, { signal: leaving.signal });
      setTimeout(() => leaving.abort(), 50);
      await expect(left).rejects.toThrow();
      expect((await fetch(`${base}/en/broken?from=test`)).status).toBe(500);
      expect(reported).toEqual(['template failed']);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
