import { DynamicModule, Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { databaseConfig } from '@portal/api/common';
import { openEngine, OpenedEngine } from './data-source-options';
import { DatabaseNotifications } from './database-notifications';
import { DATABASE_KIND } from './database.tokens';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type MigrationClass = Function;

const ENGINE = Symbol('DATABASE_ENGINE');

/** Closes the embedded engine and releases DATA_DIR after TypeORM has let go of it. */
class EngineCloser implements OnApplicationShutdown {
  constructor(
    @Inject(ENGINE) private readonly engine: { current?: OpenedEngine },
    private readonly dataSource: DataSource,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
    await this.engine.current?.close();
  }
}

export interface DatabaseModuleOptions {
  /** Every feature's migrations; they run in timestamp order at start. */
  readonly migrations: readonly MigrationClass[];
}

/**
 * One TypeORM data source for the whole API: PGlite in DATA_DIR by default, PostgreSQL
 * when DATABASE_URL is set. The schema comes only from migrations, run at start.
 * `DatabaseNotifications` tells every instance of committed changes.
 */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(options: DatabaseModuleOptions): DynamicModule {
    const engine: { current?: OpenedEngine } = {};
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [databaseConfig.KEY],
          useFactory: async (config: ConfigType<typeof databaseConfig>) => {
            engine.current = await openEngine(
              {
                url: config.url,
                dataDir: config.url ? undefined : join(config.dataDir, 'pglite'),
                lockDir: config.url ? undefined : config.dataDir,
              },
              { migrations: options.migrations },
            );
            // The embedded engine either opens or cannot; only a server is worth retrying.
            return {
              ...engine.current.options,
              autoLoadEntities: true,
              retryAttempts: config.url ? 5 : 0,
              retryDelay: 2000,
            };
          },
        }),
      ],
      providers: [
        { provide: ENGINE, useValue: engine },
        {
          provide: DATABASE_KIND,
          inject: [DataSource],
          useFactory: () => engine.current?.kind ?? 'pglite',
        },
        EngineCloser,
        DatabaseNotifications,
      ],
      exports: [DATABASE_KIND, DatabaseNotifications],
    };
  }
}
