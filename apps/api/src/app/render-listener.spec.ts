import { createServer } from 'node:http';
import { listenForRenderer } from './render-listener';

describe('listenForRenderer', () => {
  it('answers on a loopback port of its own with the public server’s handlers, and closes with it', async () => {
    const server = createServer((req, res) => res.end(`public handler: ${req.url}`));
    const origin = await listenForRenderer(server);
    expect(origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    // The public server itself need not listen: its handlers answer the renderer's reads.
    const res = await fetch(`${origin}/api/pages/policing?lang=en`);
    await expect(res.text()).resolves.toBe('public handler: /api/pages/policing?lang=en');

    server.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    await new Promise((resolve) => server.close(resolve));
    await expect(fetch(`${origin}/`)).rejects.toThrow();
  });
});
