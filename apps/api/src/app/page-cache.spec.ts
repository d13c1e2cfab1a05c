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
