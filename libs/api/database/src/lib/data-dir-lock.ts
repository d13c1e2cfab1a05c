import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/**
 * PGlite cannot share its data directory: two processes writing the same files lose rows
 * silently. The first process takes `DATA_DIR/portal.lock`; a second one is refused.
 */
export class DataDirLockedError extends Error {
  override name = 'DataDirLockedError';
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export class DataDirLock {
  private constructor(private readonly file: string) {}

  static acquire(dataDir: string): DataDirLock {
    mkdirSync(dataDir, { recursive: true });
    const file = join(dataDir, 'portal.lock');
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const fd = openSync(file, 'wx');
        writeSync(fd, String(process.pid));
        closeSync(fd);
        return new DataDirLock(file);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
        const holder = Number(readFileSync(file, 'utf8').trim());
        if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && isAlive(holder)) {
          throw new DataDirLockedError(
            `DATA_DIR ${dataDir} is in use by another portal process (pid ${holder}); stop it or use another DATA_DIR`,
          );
        }
        // The holder is gone (crash or kill -9): the lock is stale.
        rmSync(file, { force: true });
      }
    }
    throw new DataDirLockedError(`Could not lock DATA_DIR ${dataDir}`);
  }

  release(): void {
    try {
      if (Number(readFileSync(this.file, 'utf8').trim()) === process.pid) rmSync(this.file);
    } catch {
      // Already gone: nothing to release.
    }
  }
}
