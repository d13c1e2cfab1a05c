import { MigrationInterface, QueryRunner } from 'typeorm';

/** Ingested documents and their chunks; the search index rows live in search's tables. */
export class IngestionSchema1764304000000 implements MigrationInterface {
  name = 'IngestionSchema1764304000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE ingested_document (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL,
        lang varchar(2) NOT NULL CHECK (lang IN ('en','fr','de','it','ru','es')),
        source_url text,
        format varchar(10) NOT NULL CHECK (format IN ('markdown','html','text','pdf')),
        content_hash char(64) NOT NULL,
        status varchar(10) NOT NULL CHECK (status IN ('queued','indexed','failed')),
        failure_reason text,
        size_bytes int NOT NULL,
        chunk_count int NOT NULL DEFAULT 0,
        created_by text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      'CREATE UNIQUE INDEX ingested_document_hash_uq ON ingested_document (content_hash)',
    );
    await queryRunner.query(
      'CREATE INDEX ingested_document_created_idx ON ingested_document (created_at DESC)',
    );
    await queryRunner.query(`
      CREATE TABLE ingested_document_chunk (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        document_id uuid NOT NULL REFERENCES ingested_document(id) ON DELETE CASCADE,
        position int NOT NULL,
        anchor varchar(16) NOT NULL,
        heading text,
        text text NOT NULL,
        UNIQUE (document_id, position)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE IF EXISTS ingested_document_chunk');
    await queryRunner.query('DROP TABLE IF EXISTS ingested_document');
  }
}
