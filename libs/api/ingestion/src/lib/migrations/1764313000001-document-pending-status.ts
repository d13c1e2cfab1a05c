import { MigrationInterface, QueryRunner } from 'typeorm';

/** `pending`: a contributor's upload, stored and split but not searchable until approved. */
export class DocumentPendingStatus1764313000001 implements MigrationInterface {
  name = 'DocumentPendingStatus1764313000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE ingested_document DROP CONSTRAINT IF EXISTS ingested_document_status_check',
    );
    await queryRunner.query(
      "ALTER TABLE ingested_document ADD CONSTRAINT ingested_document_status_check CHECK (status IN ('queued','pending','indexed','failed'))",
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // What was never approved is removed rather than published by the older schema.
    await queryRunner.query("DELETE FROM ingested_document WHERE status = 'pending'");
    await queryRunner.query(
      'ALTER TABLE ingested_document DROP CONSTRAINT IF EXISTS ingested_document_status_check',
    );
    await queryRunner.query(
      "ALTER TABLE ingested_document ADD CONSTRAINT ingested_document_status_check CHECK (status IN ('queued','indexed','failed'))",
    );
  }
}
