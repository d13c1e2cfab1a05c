import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Term frequencies per passage as jsonb (lexeme -> count) and the title's lexemes, so
 * BM25 reads a few keys per matching row instead of unnesting its whole tsvector, and an
 * inlinable BM25 term function; GIN indexes without a pending list.
 */
export class SearchTermFrequencies1764303000001 implements MigrationInterface {
  name = 'SearchTermFrequencies1764303000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE search_passage
        ADD COLUMN tf jsonb NOT NULL DEFAULT '{}',
        ADD COLUMN title_lexemes text[] NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`
      UPDATE search_passage p SET
        tf = coalesce((SELECT jsonb_object_agg(u.lexeme, cardinality(u.positions)) FROM unnest(p.tsv) u), '{}'),
        title_lexemes = tsvector_to_array(p.title_tsv)`);
    // PGlite has no autovacuum to flush GIN pending lists, and a long pending list makes
    // every search slow and the planner fall back to sequential scans: index eagerly.
    for (const index of [
      'search_passage_tsv',
      'search_item_title_trgm',
      'search_vocabulary_trgm',
    ]) {
      await queryRunner.query(`ALTER INDEX ${index} SET (fastupdate = off)`);
      await queryRunner.query(`SELECT gin_clean_pending_list('${index}'::regclass)`);
    }
    // BM25 with k1 = 1.2, b = 0.75 for one term; simple enough for the planner to inline.
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION search_bm25(tf float8, len float8, avgdl float8, idf float8)
      RETURNS float8 LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$ SELECT CASE WHEN tf > 0 THEN idf * tf * 2.2 / (tf + 1.2 * (0.25 + 0.75 * len / avgdl)) ELSE 0 END $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION IF EXISTS search_bm25(float8, float8, float8, float8)');
    await queryRunner.query('ALTER TABLE search_passage DROP COLUMN tf, DROP COLUMN title_lexemes');
  }
}
