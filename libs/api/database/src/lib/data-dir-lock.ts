import {
  closeSync,
  fstatSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { LockHeartbeat } from './lock-heartbeat';
import {
  describeHolder,
  findLock,
  FoundLock,
  holderIsGone,
  LockRecord,
  newRecord,
} from './lock-record';

/**
 * PGlite cannot share its data directory: two processes writing the same files lose rows
 * silently. The first process takes `DATA_DIR/portal.lock`; any other is refused, whether
 * it runs beside it or in another container on the same volume.
 *
 * Process ids cannot tell holders apart across containers (each is PID 1 in its own
 * namespace), so the lock is a lease: the file is created atomically with a random token,
 * and its holder touches its mtime every heartbeat. A lock is abandoned when its heartbeat
 * is older than `staleAfterMs`, or at once when its holder ran in our PID namespace and
 * is gone. Every change of an existing lock (a take-over or a release) first creates a
 * claim file named after that lock's token with O_EXCL, so exactly one process may replace
 * a given lock, and a lock another starter has just put in place is never removed.
 */
export class DataDirLockedError extends Error {
  override name = 'DataDirLockedError';
}

export interface DataDirLockOptions {
  /** How often the holder touches the lock; 2 s by default. */
  readonly heartbeatMs?: number;
  /** A lock whose heartbeat is older than this is abandoned; 10 heartbeats by default. */
  readonly staleAfterMs?: number;
  /**
   * Called when the lock is taken over or removed under a running holder (it was frozen
   * longer than the stale limit). By default the process says so and exits, since going on
   * writing would corrupt the database.
   */
  readonly onLost?: (message: string) => void;
}

const LOCK_FILE = 'portal.lock';
const MAX_CLAIMS = 100;

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function ageMs(path: string): number | undefined {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}

/** Creates `path` only if it does not exist, with its whole content; its inode, or undefined. */
function createExclusive(path: string, content: string): bigint | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o600);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return undefined;
    throw e;
  }
  try {
    writeSync(fd, content);
    fsyncSync(fd);
    return fstatSync(fd, { bigint: true }).ino;
  } finally {
    closeSync(fd);
  }
}

/**
 * The exclusive right to change the lock named `key`: the claim file's path, or undefined
 * when another process holds that right now. A claim left by a process that died in the
 * middle is skipped once it is as old as a stale lock.
 */
function claim(dir: string, key: string, staleAfterMs: number): string | undefined {
  for (let n = 0; n < MAX_CLAIMS; n++) {
    const path = join(dir, `${LOCK_FILE}.${key}.claim${n}`);
    if (createExclusive(path, String(process.pid)) !== undefined) return path;
    const age = ageMs(path);
    if (age === undefined || age <= staleAfterMs) return undefined;
  }
  return undefined;
}

function keyOf(found: FoundLock): string {
  // A torn file has no token; its inode and change time name it just as uniquely.
  return found.record?.token ?? `ino-${found.ino}-${found.ctimeNs}`;
}

/** Replaces the abandoned lock `found` with ours; our inode, or undefined if we lost a race. */
function takeOver(
  dir: string,
  file: string,
  found: FoundLock,
  mine: LockRecord,
  staleAfterMs: number,
): bigint | undefined {
  const claimed = claim(dir, keyOf(found), staleAfterMs);
  if (!claimed) return undefined;
  try {
    // Only the claim holder may replace this lock, but it may have been released meanwhile.
    if (findLock(file)?.ino !== found.ino) return undefined;
    const next = join(dir, `${LOCK_FILE}.${mine.token}.new`);
    const ino = createExclusive(next, JSON.stringify(mine));
    if (ino === undefined) return undefined;
    // rename() swaps the file in one step: the path never goes missing for a starter to
    // create a lock of its own.
    renameSync(next, file);
    const confirmed = findLock(file);
    return confirmed?.ino === ino && confirmed.record?.token === mine.token ? ino : undefined;
  } finally {
    rmSync(claimed, { force: true });
  }
}

/** Removes claims and half-made locks that their writers left behind when they died. */
function sweep(dir: string, staleAfterMs: number): void {
  for (const name of readdirSync(dir)) {
    if (!name.startsWith(`${LOCK_FILE}.`)) continue;
    const path = join(dir, name);
    if ((ageMs(path) ?? 0) > 2 * staleAfterMs) rmSync(path, { force: true });
  }
}

interface Hold {
  readonly dir: string;
  readonly file: string;
  readonly ino: bigint;
  readonly token: string;
  readonly staleAfterMs: number;
  readonly heartbeat: LockHeartbeat;
  users: number;
  lost: boolean;
}

// One hold per directory in this process: the start-up check and the database module
// share it instead of letting go in between, when another process could slip in.
const holds = new Map<string, Hold>();

function forget(hold: Hold): void {
  if (holds.get(hold.dir) === hold) holds.delete(hold.dir);
}

function take(dir: string, options: DataDirLockOptions): Hold {
  const heartbeatMs = options.heartbeatMs ?? 2_000;
  const staleAfterMs = options.staleAfterMs ?? 10 * heartbeatMs;
  const file = join(dir, LOCK_FILE);
  const mine = newRecord();
  for (let attempt = 0; attempt < 50; attempt++) {
    let ino = createExclusive(file, JSON.stringify(mine));
    if (ino === undefined) {
      const found = findLock(file);
      if (!found) continue;
      if (found.heartbeatAgeMs <= staleAfterMs && !holderIsGone(found.record)) {
        throw new DataDirLockedError(
          `DATA_DIR ${dir} is in use by another portal process (${describeHolder(found)}); ` +
            `stop it (if it died, its lock is taken over ${Math.round(staleAfterMs / 1000)} s after its last heartbeat) or use another DATA_DIR`,
        );
      }
      ino = takeOver(dir, file, found, mine, staleAfterMs);
      // Another starter is replacing it: look again at what it put there.
      if (ino === undefined) {
        sleepSync(20 + Math.random() * 30);
        continue;
      }
    }
    sweep(dir, staleAfterMs);
    const hold: Hold = {
      dir,
      file,
      ino,
      token: mine.token,
      staleAfterMs,
      users: 0,
      lost: false,
      heartbeat: new LockHeartbeat(file, ino, heartbeatMs, (reason) => {
        hold.lost = true;
        forget(hold);
        const message = `DATA_DIR ${dir} lock was lost (${reason}); stopping before two processes write the same database`;
        if (options.onLost) options.onLost(message);
        else {
          process.stderr.write(`${message}\n`);
          process.exit(1);
        }
      }),
    };
    return hold;
  }
  throw new DataDirLockedError(`Could not lock DATA_DIR ${dir}: it kept changing hands`);
}

function letGo(hold: Hold): void {
  hold.heartbeat.stop();
  forget(hold);
  if (hold.lost) return;
  // A release changes the lock too: if we were frozen and someone is taking it over right
  // now, their claim stops us from removing the lock they are putting in place.
  const claimed = claim(hold.dir, hold.token, hold.staleAfterMs);
  if (!claimed) return;
  try {
    if (findLock(hold.file)?.ino === hold.ino) rmSync(hold.file, { force: true });
  } finally {
    rmSync(claimed, { force: true });
  }
}

export class DataDirLock {
  private released = false;

  private constructor(private readonly hold: Hold) {
    hold.users++;
  }

  /**
   * Locks `dataDir` (creating it) for this process, or throws DataDirLockedError with one
   * line naming the holder. A second acquire in the same process shares the first hold;
   * the lock file goes when every holder has released it.
   */
  static acquire(dataDir: string, options: DataDirLockOptions = {}): DataDirLock {
    mkdirSync(dataDir, { recursive: true });
    const dir = realpathSync(dataDir);
    let hold = holds.get(dir);
    if (!hold) {
      hold = take(dir, options);
      holds.set(dir, hold);
    }
    return new DataDirLock(hold);
  }

  /** The lock file, for tests and messages. */
  get file(): string {
    return this.hold.file;
  }

  release(): void {
    if (this.released) return;
    this.released = true;
    if (--this.hold.users === 0) letGo(this.hold);
  }
}
