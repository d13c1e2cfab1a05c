import { MigrationInterface, QueryRunner } from 'typeorm';

const STEMMERS: Readonly<Record<string, string>> = {
  english: 'english_stem',
  french: 'french_stem',
  german: 'german_stem',
  italian: 'italian_stem',
  russian: 'russian_stem',
  spanish: 'spanish_stem',
};

/**
 * The search index: one row per item, locale and passage with stored tsvectors, the
 * term statistics BM25 needs, the vocabulary for typo correction, and an optional
 * pgvector column (fixed at 384 dimensions, see EMBEDDING_DIMENSIONS).
 */
export class SearchSchema1764303000000 implements MigrationInterface {
  name = 'SearchSchema1764303000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [config, stemmer] of Object.entries(STEMMERS)) {
      await queryRunner.query(
        `CREATE TEXT SEARCH CONFIGURATION search_${config} (COPY = ${config})`,
      );
      // Only non-ASCII words can carry accents; ASCII words keep the stock mapping.
      await queryRunner.query(
        `ALTER TEXT SEARCH CONFIGURATION search_${config}
           ALTER MAPPING FOR word, hword, hword_part WITH unaccent, ${stemmer}`,
      );
    }
    await queryRunner.query(`
      CREATE TABLE search_item (
        item_type varchar(32) NOT NULL,
        item_id varchar(200) NOT NULL,
        locale varchar(2) NOT NULL,
        title text NOT NULL,
        title_key text NOT NULL,
        url text NOT NULL,
        country_codes text[] NOT NULL DEFAULT '{}',
        updated_at timestamptz NOT NULL,
        PRIMARY KEY (item_type, item_id, locale)
      )`);
    await queryRunner.query(
      'CREATE INDEX search_item_title_trgm ON search_item USING gin (title_key gin_trgm_ops)',
    );
    await queryRunner.query(`
      CREATE TABLE search_passage (
        id text PRIMARY KEY,
        item_type varchar(32) NOT NULL,
        item_id varchar(200) NOT NULL,
        locale varchar(2) NOT NULL,
        position integer NOT NULL,
        anchor varchar(100) NOT NULL,
        heading text,
        body text NOT NULL,
        title text NOT NULL,
        url text NOT NULL,
        country_codes text[] NOT NULL DEFAULT '{}',
        updated_at timestamptz NOT NULL,
        tsv tsvector NOT NULL,
        title_tsv tsvector NOT NULL,
        length integer NOT NULL,
        embedding vector(384)
      )`);
    await queryRunner.query('CREATE INDEX search_passage_tsv ON search_passage USING gin (tsv)');
    await queryRunner.query(
      'CREATE INDEX search_passage_item ON search_passage (item_type, item_id, locale)',
    );
    await queryRunner.query(
      'CREATE INDEX search_passage_embedding ON search_passage USING hnsw (embedding vector_cosine_ops)',
    );
    await queryRunner.query(`
      CREATE TABLE search_term_stats (
        locale varchar(2) NOT NULL,
        lexeme text NOT NULL,
        df integer NOT NULL,
        PRIMARY KEY (locale, lexeme)
      )`);
    await queryRunner.query(`
      CREATE TABLE search_locale_stats (
        locale varchar(2) PRIMARY KEY,
        passages integer NOT NULL,
        total_length bigint NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE search_vocabulary (
        locale varchar(2) NOT NULL,
        word text NOT NULL,
        freq integer NOT NULL,
        PRIMARY KEY (word, locale)
      )`);
    await queryRunner.query(
      'CREATE INDEX search_vocabulary_trgm ON search_vocabulary USING gin (word gin_trgm_ops)',
    );
    await queryRunner.query(
      'CREATE INDEX search_vocabulary_prefix ON search_vocabulary (locale, word text_pattern_ops)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'search_vocabulary',
      'search_locale_stats',
      'search_term_stats',
      'search_passage',
      'search_item',
    ]) {
      await queryRunner.query(`DROP TABLE IF EXISTS ${table}`);
    }
    for (const config of Object.keys(STEMMERS)) {
      await queryRunner.query(`DROP TEXT SEARCH CONFIGURATION IF EXISTS search_${config}`);
    }
  }
}
