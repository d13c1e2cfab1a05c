import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describeEachDatabase } from '../testing';
import { DataDirLock, DataDirLockedError } from './data-dir-lock';
import { orderMigrations } from './data-source-options';

describeEachDatabase('core schema', { migrations: [] }, (db) => {
  it('has the search and vector extensions', async () => {
    const rows: { extname: string }[] = await db
      .dataSource()
      .query(`SELECT extname FROM pg_extension ORDER BY extname`);
    expect(rows.map((r) => r.extname)).toEqual(
      expect.arrayContaining(['pg_trgm', 'unaccent', 'vector']),
    );
  });

  it('stems Italian and strips accents immutably', async () => {
    const [row] = await db
      .dataSource()
      .query(`SELECT to_tsvector('italian', portal_unaccent($1))::text AS v`, [
        'Polizia di prossimità',
      ]);
    expect(row.v).toContain("'prossim'");
  });

  it('rolls back a failed transaction whole', async () => {
    const ds = db.dataSource();
    await ds.query('CREATE TABLE IF NOT EXISTS tx_probe (id int PRIMARY KEY)');
    await expect(
      ds.transaction(async (manager) => {
        await manager.query('INSERT INTO tx_probe VALUES (1)');
        await manager.query('INSERT INTO tx_probe VALUES (1)');
      }),
    ).rejects.toThrow();
    const [{ count }] = await ds.query('SELECT count(*)::int AS count FROM tx_probe');
    expect(count).toBe(0);
  });
});

describe('orderMigrations', () => {
  it('orders by the timestamp at the end of the class name, core first', () => {
    class B1764302000000 {}
    class A1764301000000 {}
    expect(orderMigrations([B1764302000000, A1764301000000]).map((m) => m.name)).toEqual([
      'Extensions1764300000000',
      'A1764301000000',
      'B1764302000000',
    ]);
  });
});

describe('DataDirLock', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'portal-lock-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a second holder while the first is alive', () => {
    const lock = DataDirLock.acquire(dir);
    // Another process trying the same directory must be refused with a clear message.
    const child = spawnSync(
      process.execPath,
      [
        '-e',
        `const fs=require('fs');const p=require('path').join(${JSON.stringify(dir)},'portal.lock');` +
          `try{fs.openSync(p,'wx');console.log('acquired')}catch(e){console.log(e.code)}`,
      ],
      { encoding: 'utf8' },
    );
    expect(child.stdout.trim()).toBe('EEXIST');
    lock.release();
    expect(() => DataDirLock.acquire(dir).release()).not.toThrow();
  });

  it('names the directory and the holder when refusing', () => {
    // Our parent process is alive, so a lock naming it must be respected.
    writeFileSync(join(dir, 'portal.lock'), String(process.ppid));
    expect(() => DataDirLock.acquire(dir)).toThrow(DataDirLockedError);
    expect(() => DataDirLock.acquire(dir)).toThrow(
      new RegExp(`${dir}.*in use by another portal process \\(pid ${process.ppid}\\)`),
    );
  });

  it('takes over a stale lock left by a dead process', () => {
    const dead = spawnSync(process.execPath, ['-p', 'process.pid'], { encoding: 'utf8' });
    writeFileSync(join(dir, 'portal.lock'), dead.stdout.trim());
    const lock = DataDirLock.acquire(dir);
    expect(readFileSync(join(dir, 'portal.lock'), 'utf8')).toBe(String(process.pid));
    lock.release();
  });
});
