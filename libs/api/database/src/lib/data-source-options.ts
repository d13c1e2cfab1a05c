import type { PGlite } from '@electric-sql/pglite';
import type { DataSourceOptions, MixedList } from 'typeorm';
import { DataDirLock } from './data-dir-lock';
import type { DatabaseKind } from './database.tokens';
import { Extensions1764300000000 } from './migrations/1764300000000-extensions';
import { openPglite, pgliteConnectionOptions } from './pglite';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type MigrationClass = Function;

export const CORE_MIGRATIONS: readonly MigrationClass[] = [Extensions1764300000000];

export interface EngineSettings {
  /** postgres://... for a server; unset for the embedded engine. */
  readonly url?: string;
  /** Where PGlite keeps its files; unset (with no url) means in memory. */
  readonly dataDir?: string;
  /** The directory locked against a second process (DATA_DIR); defaults to dataDir. */
  readonly lockDir?: string;
}

/** An opened engine: the options TypeORM needs plus what must be closed after it. */
export interface OpenedEngine {
  readonly kind: DatabaseKind;
  readonly options: DataSourceOptions;
  close(): Promise<void>;
}

/**
 * Sorts migration classes by the timestamp their names end with, so every feature's
 * migrations run in one global order whatever order the app lists them in.
 */
export function orderMigrations(migrations: readonly MigrationClass[]): MigrationClass[] {
  const stamp = (m: MigrationClass) => Number(/(\d{13})$/.exec(m.name)?.[1] ?? 0);
  const unique = [...new Set([...CORE_MIGRATIONS, ...migrations])];
  return unique.sort((a, b) => stamp(a) - stamp(b));
}

export async function openEngine(
  settings: EngineSettings,
  schema: { entities?: MixedList<string | MigrationClass>; migrations: readonly MigrationClass[] },
): Promise<OpenedEngine> {
  const common = {
    type: 'postgres' as const,
    entities: schema.entities ?? [],
    migrations: orderMigrations(schema.migrations),
    migrationsRun: true,
    migrationsTransactionMode: 'each' as const,
    synchronize: false,
    logging: false,
  };
  if (settings.url) {
    return {
      kind: 'postgres',
      options: { ...common, url: settings.url, poolSize: 10 },
      close: async () => undefined,
    };
  }
  const lockDir = settings.lockDir ?? settings.dataDir;
  const lock = lockDir ? DataDirLock.acquire(lockDir) : undefined;
  let pglite: PGlite;
  try {
    pglite = await openPglite(settings.dataDir);
  } catch (e) {
    lock?.release();
    throw e;
  }
  return {
    kind: 'pglite',
    options: { ...common, ...pgliteConnectionOptions(pglite) },
    close: async () => {
      await pglite.close();
      lock?.release();
    },
  };
}
