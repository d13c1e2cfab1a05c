import { describeEachDatabase } from '../testing';
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
