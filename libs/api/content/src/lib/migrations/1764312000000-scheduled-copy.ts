import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A schedule publishes the text it was given, not whatever the working copy holds when it
 * falls due: the scheduled copy is kept beside the working and published ones. Schedules
 * made before this migration take the working copy as it is now, which is what they would
 * have published.
 */
export class ScheduledCopy1764312000000 implements MigrationInterface {
  name = 'ScheduledCopy1764312000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE content_translation
        ADD COLUMN scheduled_title varchar(300),
        ADD COLUMN scheduled_summary text,
        ADD COLUMN scheduled_body_html text,
        ADD COLUMN scheduled_changed_revision int,
        ADD COLUMN scheduled_based_on_revision int`);
    await queryRunner.query(`
      UPDATE content_translation
         SET scheduled_title = title,
             scheduled_summary = summary,
             scheduled_body_html = body_html,
             scheduled_changed_revision = changed_revision,
             scheduled_based_on_revision = based_on_revision
       WHERE status = 'scheduled'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE content_translation
        DROP COLUMN scheduled_title,
        DROP COLUMN scheduled_summary,
        DROP COLUMN scheduled_body_html,
        DROP COLUMN scheduled_changed_revision,
        DROP COLUMN scheduled_based_on_revision`);
  }
}
