import type { EntityManager } from 'typeorm';
import { returnedRows } from './returned-rows';

/**
 * Whether `marker` is new: recorded in the caller's transaction, so that what it marks is
 * written to the search index once, not at every start. Each index write changes the index
 * version, which empties every instance's page and search caches and makes them read the
 * vocabulary again. Instances starting together wait on each other's insert.
 */
export async function firstIndexing(manager: EntityManager, marker: string): Promise<boolean> {
  const rows = returnedRows<{ key: string }>(
    await manager.query(
      `INSERT INTO content_seed (kind, key) VALUES ('search-index', $1)
       ON CONFLICT DO NOTHING RETURNING key`,
      [marker],
    ),
  );
  return rows.length > 0;
}
