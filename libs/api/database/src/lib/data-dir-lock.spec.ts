import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ModuleKind, ScriptTarget, transpileModule } from 'typescript';
import { DataDirLock, DataDirLockedError, DataDirLockOptions } from './data-dir-lock';

interface Starter {
  readonly child: ChildProcess;
  /** The first line the starter printed: `held` or `locked`. */
  readonly outcome: Promise<{ event: string; pid: number; message?: string }>;
  /** Closes its stdin (a holder releases) and waits for its exit code. */
  finish(): Promise<number | null>;
}

// Every test starts real processes, some of which wait out a stale limit.
jest.setTimeout(60_000);

let bundle: string;
let unshareArgs: string[];
let scratch: string;
let dir: string;

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'portal-lock-bundle-'));
  // The stand-in runs as plain JavaScript: transpile it and the lock's modules next to it.
  for (const name of ['data-dir-lock.fixture', 'data-dir-lock', 'lock-heartbeat', 'lock-record']) {
    const source = readFileSync(join(__dirname, `${name}.ts`), 'utf8');
    const { outputText } = transpileModule(source, {
      compilerOptions: { module: ModuleKind.CommonJS, target: ScriptTarget.ES2022 },
    });
    writeFileSync(join(scratch, `${name}.js`), outputText);
  }
  bundle = join(scratch, 'data-dir-lock.fixture.js');
  // As root a PID namespace needs nothing more; a user without the rights borrows them
  // from a user namespace of its own, where the kernel allows that.
  const works = (args: string[]) => spawnSync('unshare', [...args, 'true']).status === 0;
  const found = [
    ['--pid', '--fork'],
    ['--pid', '--fork', '--map-root-user'],
  ].find(works);
  if (!found) throw new Error('these tests need `unshare --pid --fork` (util-linux, as root)');
  unshareArgs = found;
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'portal-lock-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Starts a stand-in portal process on `dir`; with `ownPidNamespace` it runs as PID 1 of a
 * new PID namespace, as the main process of a container does.
 */
function starter(
  options: {
    ownPidNamespace?: boolean;
    startAt?: number;
    heartbeatMs?: number;
    staleAfterMs?: number;
  } = {},
): Starter {
  const args = [
    bundle,
    dir,
    String(options.startAt ?? 0),
    String(options.heartbeatMs ?? 100),
    String(options.staleAfterMs ?? 5_000),
  ];
  const child = options.ownPidNamespace
    ? spawn('unshare', [...unshareArgs, '--kill-child', process.execPath, ...args])
    : spawn(process.execPath, args);
  let output = '';
  let errors = '';
  child.stderr?.on('data', (d) => (errors += d));
  const exit = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  const outcome = new Promise<{ event: string; pid: number; message?: string }>(
    (resolve, reject) => {
      child.stdout?.on('data', (d) => {
        output += d;
        const line = output.split('\n')[0];
        if (output.includes('\n')) resolve(JSON.parse(line));
      });
      void exit.then((code) => reject(new Error(`starter exited with ${code}: ${errors}`)));
    },
  );
  return {
    child,
    outcome,
    finish: async () => {
      child.stdin?.end();
      return exit;
    },
  };
}

function lockRecord(): { token: string; pid: number; host: string } {
  return JSON.parse(readFileSync(join(dir, 'portal.lock'), 'utf8'));
}

/** A lock written by a portal in another container: another host name, PID 1, no heartbeat for `ageMs`. */
function foreignLock(ageMs: number): void {
  const file = join(dir, 'portal.lock');
  writeFileSync(
    file,
    JSON.stringify({
      token: 'f'.repeat(32),
      host: 'other-container',
      pid: 1,
      startedAt: '2026-01-01T00:00:00Z',
    }),
  );
  const then = new Date(Date.now() - ageMs);
  utimesSync(file, then, then);
}

describe('DataDirLock across PID namespaces', () => {
  it('lets only one of two processes that are both PID 1 hold the directory', async () => {
    const first = starter({ ownPidNamespace: true });
    await expect(first.outcome).resolves.toMatchObject({ event: 'held', pid: 1 });
    const second = starter({ ownPidNamespace: true });
    const refused = await second.outcome;
    expect(refused).toMatchObject({ event: 'locked', pid: 1 });
    expect(refused.message).toMatch(
      new RegExp(
        `^DATA_DIR ${dir} is in use by another portal process \\(pid 1 on [^,]+, started `,
      ),
    );
    expect(refused.message).not.toContain('\n');
    expect(await second.finish()).toBe(3);
    expect(await first.finish()).toBe(0);
    // A clean release removes the lock, and the next process takes the directory at once.
    expect(existsSync(join(dir, 'portal.lock'))).toBe(false);
    const third = starter({ ownPidNamespace: true });
    await expect(third.outcome).resolves.toMatchObject({ event: 'held' });
    expect(await third.finish()).toBe(0);
  });

  it('takes over the lock of a killed holder in another namespace once its heartbeat is stale', async () => {
    // Wide enough for a loaded machine to start the next process well within it.
    const staleAfterMs = 8_000;
    const crashed = starter({ ownPidNamespace: true, staleAfterMs });
    await expect(crashed.outcome).resolves.toMatchObject({ event: 'held' });
    const token = lockRecord().token;
    crashed.child.kill('SIGKILL'); // --kill-child takes the holder with it: a crash
    await crashed.finish();
    // Its heartbeat is still recent, and its pid means nothing here: it is respected...
    const early = starter({ ownPidNamespace: true, staleAfterMs });
    await expect(early.outcome).resolves.toMatchObject({ event: 'locked' });
    await early.finish();
    // ...until no heartbeat came for longer than the stale limit.
    const age = Date.now() - statSync(join(dir, 'portal.lock')).mtimeMs;
    await new Promise((r) => setTimeout(r, staleAfterMs - age + 300));
    const late = starter({ ownPidNamespace: true, staleAfterMs });
    await expect(late.outcome).resolves.toMatchObject({ event: 'held' });
    expect(lockRecord().token).not.toBe(token);
    expect(await late.finish()).toBe(0);
  });

  it('lets exactly one of many racing starters take over a stale lock, and none removes it after', async () => {
    for (let round = 0; round < 3; round++) {
      foreignLock(60_000);
      const startAt = Date.now() + 1_500;
      const racers = Array.from({ length: 6 }, () =>
        starter({ ownPidNamespace: true, startAt, staleAfterMs: 5_000 }),
      );
      const outcomes = await Promise.all(racers.map((r) => r.outcome));
      const winners = outcomes.filter((o) => o.event === 'held');
      expect(winners).toHaveLength(1);
      expect(outcomes.filter((o) => o.event === 'locked')).toHaveLength(racers.length - 1);
      // The winner's lock is the one on disk, and no claim or half-made lock is left.
      const held = lockRecord();
      expect(held.token).not.toBe('f'.repeat(32));
      expect(readdirSync(dir)).toEqual(['portal.lock']);

      // Starters that arrive while it is fresh leave it exactly as it is.
      const { ino } = statSync(join(dir, 'portal.lock'));
      const late = Array.from({ length: 4 }, () =>
        starter({ ownPidNamespace: true, startAt: Date.now() + 800, staleAfterMs: 5_000 }),
      );
      for (const o of await Promise.all(late.map((r) => r.outcome))) expect(o.event).toBe('locked');
      expect(statSync(join(dir, 'portal.lock')).ino).toBe(ino);
      expect(lockRecord().token).toBe(held.token);
      await Promise.all([...racers, ...late].map((r) => r.finish()));
      expect(existsSync(join(dir, 'portal.lock'))).toBe(false);
    }
  });
});

describe('DataDirLock in one PID namespace', () => {
  // A lost lock would stop the test process; here it is recorded, and a test fails on it.
  const lost: string[] = [];
  const acquire = (options: DataDirLockOptions = {}) =>
    DataDirLock.acquire(dir, { onLost: (m) => lost.push(m), ...options });
  afterEach(() => expect(lost.splice(0)).toEqual([]));

  it('takes over at once from a holder that was killed here', async () => {
    const crashed = starter({ staleAfterMs: 60_000 });
    await expect(crashed.outcome).resolves.toMatchObject({ event: 'held' });
    crashed.child.kill('SIGKILL');
    await crashed.finish();
    // Its heartbeat is fresh, but its pid is ours to ask about, and it is gone.
    const lock = acquire();
    expect(lockRecord().pid).toBe(process.pid);
    lock.release();
  });

  it('refuses a fresh lock from another container, and takes over a stale one', () => {
    foreignLock(1_000);
    expect(() => acquire()).toThrow(DataDirLockedError);
    expect(() => acquire()).toThrow(
      /in use by another portal process \(pid 1 on other-container, started 2026-01-01T00:00:00Z, last heartbeat 1 s ago\)/,
    );
    foreignLock(25_000);
    const lock = acquire();
    expect(lockRecord().host).not.toBe('other-container');
    lock.release();
  });

  it('treats a torn lock file (its writer died creating it) by its age', () => {
    writeFileSync(join(dir, 'portal.lock'), '');
    expect(() => acquire()).toThrow(/a process that is starting/);
    const then = new Date(Date.now() - 60_000);
    utimesSync(join(dir, 'portal.lock'), then, then);
    acquire().release();
  });

  it('keeps its heartbeat while the main thread is busy', async () => {
    const lock = acquire({ heartbeatMs: 200, staleAfterMs: 2_000 });
    const startAt = Date.now() + 1_500;
    const rival = starter({ startAt, staleAfterMs: 2_000 });
    // Block the event loop past the stale limit while the rival tries.
    while (Date.now() < startAt + 2_500) {
      // busy, as a long query in the embedded database would be
    }
    expect(Date.now() - statSync(lock.file).mtimeMs).toBeLessThan(1_000);
    await expect(rival.outcome).resolves.toMatchObject({ event: 'locked' });
    await rival.finish();
    lock.release();
  });

  it('shares one hold within a process and removes the file after the last release', () => {
    const first = acquire();
    const second = DataDirLock.acquire(join(dir, '.'), { onLost: (m) => lost.push(m) });
    expect(second.file).toBe(first.file);
    first.release();
    first.release();
    expect(existsSync(first.file)).toBe(true);
    second.release();
    expect(existsSync(first.file)).toBe(false);
  });

  it('reports a lock taken from under it, and then leaves the new lock alone', async () => {
    const lock = acquire({ heartbeatMs: 50 });
    const intruder = join(dir, 'other');
    writeFileSync(intruder, '{"token":"other","pid":1}');
    renameSync(intruder, lock.file);
    // The heartbeat notices at its next beat; a loaded machine may start the worker late.
    for (let waited = 0; lost.length === 0 && waited < 10_000; waited += 50) {
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(lost).toEqual([expect.stringMatching(/lock was lost \(replaced by another process\)/)]);
    lost.length = 0;
    lock.release();
    expect(JSON.parse(readFileSync(join(dir, 'portal.lock'), 'utf8')).token).toBe('other');
  });
});
