import { Logger, type INestApplication } from '@nestjs/common';
import type { Server } from 'node:net';
import { addAcceptHandles } from './accept-handles';

/**
 * How many finished handshakes the kernel keeps for the API while its event loop is busy
 * (rendering pages, say). Node's default, 511, is less than a burst of visitors: past
 * saturation a full queue drops handshakes, and a client retries a dropped one only after
 * 1, 3, 7 s, which it sees as a timeout, whereas an accepted connection is answered at once
 * (a page from memory, or 503 with Retry-After). Linux caps it at `net.core.somaxconn`.
 */
export const LISTEN_BACKLOG = 4096;

/**
 * Handles accepting on the public socket besides the server's own (see `addAcceptHandles`):
 * each accepts one connection per turn of the event loop, so a saturated process with turns
 * of ~250 ms still takes in about 250 new connections a second. An idle handle costs one
 * descriptor, and a failed `accept` per new connection (microseconds).
 */
export const ACCEPT_HANDLES = 64;

/**
 * Starts Nest and listens on `port` (all interfaces) with `LISTEN_BACKLOG`, which Nest's
 * own `listen` has no parameter for, and `ACCEPT_HANDLES` handles accepting on it.
 * Rejects with the server's error (EADDRINUSE, ...).
 */
export async function listenPublic(app: INestApplication, port: number): Promise<void> {
  await app.init();
  const server = app.getHttpServer() as Server;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port, backlog: LISTEN_BACKLOG }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const added = await addAcceptHandles(server, ACCEPT_HANDLES, LISTEN_BACKLOG);
  if (added < ACCEPT_HANDLES)
    new Logger('Listen').warn(
      `${added} of ${ACCEPT_HANDLES} extra accepting handles: past saturation, new connections wait longer`,
    );
  // Nest's listen would print the logs buffered during start-up (`bufferLogs`) here.
  app.flushLogs();
}
