import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A second listener, on loopback only, for the renderer's own reads (the data of a page it
 * is rendering), answered by the same handlers as the public port. On the public port those
 * reads wait in the accept queue behind every visitor's connection: past saturation a render
 * already admitted waited there until the visitor gave up. It offers nothing the public
 * port does not; the overload guards still let a read through only with the render key.
 * Returns its origin; it closes with `server`.
 */
export async function listenForRenderer(server: Server): Promise<string> {
  const internal = createServer((req, res) => server.emit('request', req, res));
  await new Promise<void>((resolve, reject) => {
    internal.once('error', reject);
    internal.listen(0, '127.0.0.1', () => resolve());
  });
  // It must not keep a process alive whose public server is closed or never opened.
  internal.unref();
  server.once('close', () => {
    internal.close();
    internal.closeAllConnections();
  });
  return `http://127.0.0.1:${(internal.address() as AddressInfo).port}`;
}
