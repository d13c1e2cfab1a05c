import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { vector } from '@electric-sql/pglite-pgvector';

/** Opens the embedded PostgreSQL with the extensions the schema needs. No dataDir: in memory. */
export async function openPglite(dataDir?: string): Promise<PGlite> {
  const extensions = { vector, pg_trgm, unaccent };
  return dataDir ? PGlite.create(dataDir, { extensions }) : PGlite.create({ extensions });
}

/**
 * Connection options that make TypeORM's own `postgres` driver (node-postgres) talk to
 * PGlite. PGlite has a single session, hence a pool of one.
 */
export function pgliteConnectionOptions(pglite: PGlite) {
  const config = createPgConfig(pglite);
  return {
    host: config.host,
    port: config.port,
    username: config.user,
    password: config.password,
    database: config.database,
    poolSize: 1,
    extra: { ...config },
  };
}
