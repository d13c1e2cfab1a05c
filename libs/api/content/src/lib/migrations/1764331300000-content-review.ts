import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Review before publish: each submit, approve and reject of a translation, with its
 * comment. The latest row of an item's locale is that translation's review state.
 */
export class ContentReview1764331300000 implements MigrationInterface {
  name = 'ContentReview1764331300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE content_review (
        id serial PRIMARY KEY,
        item_id uuid NOT NULL REFERENCES content_item(id) ON DELETE CASCADE,
        locale varchar(2) NOT NULL,
        action varchar(16) NOT NULL,
        comment text NOT NULL DEFAULT '',
        version int NOT NULL,
        actor_id varchar(64),
        actor_email varchar(320),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT content_review_action CHECK (action IN ('submit', 'approve', 'reject'))
      )`);
    await queryRunner.query(
      `CREATE INDEX content_review_item_locale ON content_review (item_id, locale, id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE IF EXISTS content_review');
  }
}
