import type { DataSource, EntityManager } from 'typeorm';

/**
 * The search index's version (`search_index_version`, raised in every index change's own
 * transaction by `bumpIndexVersion`): what readers without change signals compare to know
 * whether what they keep is still current.
 */
export async function readIndexVersion(db: DataSource | EntityManager): Promise<string> {
  const [row]: { version: string }[] = await db.query(
    'SELECT version::text AS version FROM search_index_version WHERE id = 1',
  );
  return row?.version ?? '';
}
