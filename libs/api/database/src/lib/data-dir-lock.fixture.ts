/**
 * A stand-in for a portal process in the lock's tests, run as its own process (often in
 * its own PID namespace, where it is PID 1 like a container's main process).
 *
 * Arguments: data dir, start time (epoch ms: starters wait for it so they race), heartbeat
 * and stale limit in ms. Prints one JSON line: `held` (then holds until its stdin closes,
 * releases and prints `released`) or `locked`.
 */
import { DataDirLock, DataDirLockedError } from './data-dir-lock';

const [dir, startAt, heartbeatMs, staleAfterMs] = process.argv.slice(2);
const say = (event: Record<string, unknown>) =>
  process.stdout.write(`${JSON.stringify({ pid: process.pid, ...event })}\n`);

while (Date.now() < Number(startAt)) {
  // Wait without sleeping, so every starter reaches the lock in the same millisecond.
}

try {
  const lock = DataDirLock.acquire(dir, {
    heartbeatMs: Number(heartbeatMs),
    staleAfterMs: Number(staleAfterMs),
    onLost: (message) => say({ event: 'lost', message }),
  });
  say({ event: 'held' });
  process.stdin.resume();
  process.stdin.on('end', () => {
    lock.release();
    say({ event: 'released' });
    process.exit(0);
  });
} catch (e) {
  if (!(e instanceof DataDirLockedError)) throw e;
  say({ event: 'locked', message: e.message });
  process.exit(3);
}
