export { DatabaseModule } from './lib/database.module';
export type { DatabaseModuleOptions } from './lib/database.module';
export { DATABASE_KIND } from './lib/database.tokens';
export type { DatabaseKind } from './lib/database.tokens';
export { DataDirLock, DataDirLockedError } from './lib/data-dir-lock';
export type { DataDirLockOptions } from './lib/data-dir-lock';
export { CORE_MIGRATIONS, openEngine, orderMigrations } from './lib/data-source-options';
export type { EngineSettings, OpenedEngine } from './lib/data-source-options';
export { DatabaseNotifications } from './lib/database-notifications';
