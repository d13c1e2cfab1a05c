import { MigrationInterface, QueryRunner } from 'typeorm';

/** Extensions used by search (unaccent, pg_trgm) and vector retrieval (pgvector). */
export class Extensions1764300000000 implements MigrationInterface {
  name = 'Extensions1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS unaccent');
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS vector');
    // unaccent() is only STABLE; an IMMUTABLE wrapper can be used in indexes and
    // generated columns. The dictionary is named explicitly so the result never depends
    // on search_path.
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION portal_unaccent(text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT unaccent('unaccent'::regdictionary, $1) $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION IF EXISTS portal_unaccent(text)');
  }
}
