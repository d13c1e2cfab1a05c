import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:net';

/**
 * More handles accepting connections on a listening socket.
 *
 * libuv (Node 20's, 1.46) accepts one connection per listening handle per turn of the
 * event loop. A saturated process answers every ready connection in one turn, so a turn
 * takes 100-300 ms, and a burst of new visitors then enters at a few connections a second:
 * measured, a 1,000-connection flood left 700 connections in the kernel's accept queue,
 * drained at 6 a second, and each timed out after 10 s without an answer, while the
 * connections already accepted were served at thousands of requests a second. Each extra
 * handle on the same socket accepts one more connection per turn.
 *
 * The extra handles are duplicates of the socket's descriptor. Node has no `dup`, but a
 * descriptor passed over IPC arrives duplicated: a short-lived helper process receives the
 * raw handle and sends it straight back. The helper never listens, so it never accepts a
 * connection itself; it exits once the handles are back.
 */
const HELPER = `process.on('message', (m, handle) => process.send(m, handle, { keepOpen: false }));
process.on('disconnect', () => process.exit(0));`;

/** How long the helper may take to hand the descriptors back before start-up goes on without them. */
const HELPER_TIMEOUT_MS = 10_000;

/**
 * Adds `count` handles that accept connections on `server`'s socket and give them to
 * `server` as its own, and makes `server.close()` close them first (Nest closes the server
 * it knows). Resolves with how many were added: none when the server's socket is not a
 * plain TCP handle of this process (a cluster worker's), or when the helper failed.
 */
export async function addAcceptHandles(
  server: Server,
  count: number,
  backlog: number,
): Promise<number> {
  const handle = (server as unknown as { _handle?: { constructor: { name: string } } })._handle;
  if (count <= 0 || handle?.constructor.name !== 'TCP') return 0;
  const extras = await duplicates(handle, count).catch(() => []);
  const accepting: Server[] = [];
  for (const raw of extras) {
    const extra = createServer();
    extra.on('connection', (socket) => server.emit('connection', socket));
    // What fails here (out of descriptors) fails the same on the server's own handle, which
    // reports it; libuv sheds the connection in both.
    extra.on('error', () => undefined);
    extra.listen(raw, backlog);
    accepting.push(extra);
  }
  const close = server.close.bind(server);
  server.close = (callback?: (err?: Error) => void) => {
    for (const extra of accepting.splice(0)) extra.close();
    return close(callback);
  };
  return accepting.length;
}

/**
 * `count` duplicates of the raw TCP handle, made by a helper process (see above); resolves
 * once the helper has exited, so no copy of the socket is left outside this process.
 */
function duplicates(handle: object, count: number): Promise<object[]> {
  return new Promise((resolve, reject) => {
    const helper = spawn(process.execPath, ['-e', HELPER], {
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
      // Nothing of this process's environment (preloads, options): the helper needs none.
      env: {},
    });
    const received: object[] = [];
    const timer = setTimeout(() => helper.kill(), HELPER_TIMEOUT_MS);
    helper.on('message', (_message, duplicate) => {
      if (duplicate) received.push(duplicate);
      if (received.length === count) helper.disconnect();
    });
    helper.once('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    helper.once('exit', () => {
      clearTimeout(timer);
      if (received.length === count) return resolve(received);
      for (const duplicate of received) (duplicate as { close(): void }).close();
      reject(new Error(`the helper handed back ${received.length} of ${count} handles`));
    });
    for (let i = 0; i < count; i++) helper.send('duplicate', handle as never);
  });
}
