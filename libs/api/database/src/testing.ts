import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource, MixedList } from 'typeorm';
import { openEngine, OpenedEngine } from './lib/data-source-options';
import type { DatabaseKind } from './lib/database.tokens';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type SchemaClass = Function;

export interface TestSchema {
  readonly entities?: MixedList<string | SchemaClass>;
  readonly migrations: readonly SchemaClass[];
}

/** The PostgreSQL server tests also run on, when CI (or a developer) provides one. */
export function testServerUrl(): string | undefined {
  return process.env['TEST_DATABASE_URL'] || undefined;
}

/** The engines a database test runs on: always PGlite, PostgreSQL when configured. */
export function testDatabaseKinds(): DatabaseKind[] {
  return testServerUrl() ? ['pglite', 'postgres'] : ['pglite'];
}

/**
 * Creates a brand-new database on the test server (so every run and every suite starts
 * clean) and returns its URL with a function that drops it.
 */
export async function createScratchDatabase(
  serverUrl: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `portal_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new Client({ connectionString: serverUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

export interface TestDatabase {
  readonly kind: DatabaseKind;
  readonly dataSource: DataSource;
  close(): Promise<void>;
}

/** A migrated, empty database on the given engine: PGlite in memory or a scratch database. */
export async function createTestDatabase(
  kind: DatabaseKind,
  schema: TestSchema,
): Promise<TestDatabase> {
  let scratch: { url: string; drop: () => Promise<void> } | undefined;
  let engine: OpenedEngine;
  if (kind === 'postgres') {
    const server = testServerUrl();
    if (!server) throw new Error('TEST_DATABASE_URL is not set');
    scratch = await createScratchDatabase(server);
    engine = await openEngine({ url: scratch.url }, schema);
  } else {
    engine = await openEngine({}, schema);
  }
  const dataSource = new DataSource({
    ...engine.options,
    entities: schema.entities ?? [],
    poolSize: kind === 'postgres' ? 4 : 1,
  } as typeof engine.options);
  await dataSource.initialize();
  return {
    kind,
    dataSource,
    close: async () => {
      if (dataSource.isInitialized) await dataSource.destroy();
      await engine.close();
      await scratch?.drop();
    },
  };
}

export interface TestDatabaseHandle {
  readonly kind: DatabaseKind;
  /** The data source; valid inside tests (after beforeAll). */
  dataSource(): DataSource;
}

/**
 * Runs a block of tests once per engine (PGlite always, PostgreSQL when
 * TEST_DATABASE_URL is set), each on its own freshly migrated database.
 */
export function describeEachDatabase(
  name: string,
  schema: TestSchema,
  body: (db: TestDatabaseHandle) => void,
): void {
  for (const kind of testDatabaseKinds()) {
    describe(`${name} [${kind}]`, () => {
      let database: TestDatabase | undefined;
      beforeAll(async () => {
        database = await createTestDatabase(kind, schema);
      }, 120_000);
      afterAll(async () => {
        await database?.close();
      }, 60_000);
      body({
        kind,
        dataSource: () => {
          if (!database) throw new Error('the test database is not open yet');
          return database.dataSource;
        },
      });
    });
  }
}
