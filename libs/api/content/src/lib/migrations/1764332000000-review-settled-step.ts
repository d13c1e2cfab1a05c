import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A publish or schedule records the latest review step of the language it dealt with, so
 * whether a submission still waits no longer compares the API's clock (the publish time)
 * with the database's (the submission time). Submissions already settled by a publish keep
 * that state: they are marked as the old comparison, made once here on database time, says.
 */
export class ReviewSettledStep1764332000000 implements MigrationInterface {
  name = 'ReviewSettledStep1764332000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE content_translation ADD COLUMN review_settled_step int`);
    await queryRunner.query(`
      UPDATE content_translation t
         SET review_settled_step = r.id
        FROM (SELECT DISTINCT ON (item_id, locale) id, item_id, locale, action, created_at
                FROM content_review
               ORDER BY item_id, locale, id DESC) r
       WHERE r.item_id = t.item_id AND r.locale = t.locale
         AND r.action = 'submit' AND t.published_at >= r.created_at`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE content_translation DROP COLUMN review_settled_step`);
  }
}
