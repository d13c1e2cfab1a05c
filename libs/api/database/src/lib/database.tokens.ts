export type DatabaseKind = 'pglite' | 'postgres';

/** Injection token for which engine is running: 'pglite' (embedded) or 'postgres'. */
export const DATABASE_KIND = Symbol('DATABASE_KIND');

export const CORE_MIGRATIONS_TOKEN = Symbol('CORE_MIGRATIONS');
