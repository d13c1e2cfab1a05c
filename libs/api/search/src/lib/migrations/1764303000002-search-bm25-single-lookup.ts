import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * BM25 for one term written so its term frequency appears once: tf / (tf + K) equals
 * 1 - K / (tf + K). Inlined into the ranking query, each argument is evaluated as often
 * as it appears, and the argument is a lookup in the passage's compressed `tf` jsonb, so
 * one appearance instead of three removes most of the cost of scoring a matching row.
 * A missing term (NULL) scores 0, as before.
 */
export class SearchBm25SingleLookup1764303000002 implements MigrationInterface {
  name = 'SearchBm25SingleLookup1764303000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION search_bm25(tf float8, len float8, avgdl float8, idf float8)
      RETURNS float8 LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$ SELECT idf * 2.2 * (1 - 1.2 * (0.25 + 0.75 * len / avgdl)
                                  / (coalesce(tf, 0) + 1.2 * (0.25 + 0.75 * len / avgdl))) $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION search_bm25(tf float8, len float8, avgdl float8, idf float8)
      RETURNS float8 LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$ SELECT CASE WHEN tf > 0 THEN idf * tf * 2.2 / (tf + 1.2 * (0.25 + 0.75 * len / avgdl)) ELSE 0 END $$`);
  }
}
