import { MigrationInterface, QueryRunner } from 'typeorm';

/** Editors' decisions on the insights queue: answered by a page, dismissed, or open again. */
export class AssistantInsights1764313000002 implements MigrationInterface {
  name = 'AssistantInsights1764313000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE assistant_insight (
        id char(32) PRIMARY KEY,
        normalized_question text NOT NULL,
        state varchar(10) NOT NULL CHECK (state IN ('open','answered','dismissed')),
        page_id uuid,
        handled_by text,
        handled_at timestamptz
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE IF EXISTS assistant_insight');
  }
}
