import { Worker } from 'node:worker_threads';

/**
 * Touches the lock file's mtime every `intervalMs` from a worker thread, so a main thread
 * busy for seconds (a long query in the embedded database, a large ingestion) does not
 * let the lock look abandoned. Before each touch it checks that the path still names our
 * inode: if another process took the lock over (we were frozen longer than the stale
 * limit) or someone removed it, the worker reports the loss and stops.
 *
 * The code is a string so that bundling the API leaves it as it is.
 */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { statSync, utimesSync } = require('node:fs');
const { file, ino, intervalMs } = workerData;
const beat = () => {
  try {
    if (statSync(file, { bigint: true }).ino !== ino) throw new Error('replaced by another process');
    const now = new Date();
    utimesSync(file, now, now);
  } catch (e) {
    clearInterval(timer);
    parentPort.postMessage(e.code === 'ENOENT' ? 'removed' : e.message);
  }
};
const timer = setInterval(beat, intervalMs);
`;

export class LockHeartbeat {
  private readonly worker: Worker;
  private stopped = false;

  constructor(file: string, ino: bigint, intervalMs: number, onLost: (reason: string) => void) {
    this.worker = new Worker(WORKER, { eval: true, workerData: { file, ino, intervalMs } });
    this.worker.on('message', (reason: string) => {
      if (!this.stopped) onLost(reason);
    });
    this.worker.on('error', (e) => {
      if (!this.stopped) onLost(`heartbeat failed: ${e.message}`);
    });
    // The heartbeat must never keep a finished process alive.
    this.worker.unref();
  }

  stop(): void {
    this.stopped = true;
    void this.worker.terminate();
  }
}
