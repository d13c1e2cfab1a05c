import { MigrationInterface, QueryRunner } from 'typeorm';

/** Content items, their per-locale translations (working + published copy) and revisions. */
export class ContentSchema1764302000000 implements MigrationInterface {
  name = 'ContentSchema1764302000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE content_item (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind varchar(32) NOT NULL,
        key varchar(80) NOT NULL,
        source_locale varchar(2) NOT NULL DEFAULT 'en',
        attributes jsonb NOT NULL DEFAULT '{}'::jsonb,
        version int NOT NULL DEFAULT 1,
        updated_by varchar(320),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT content_item_kind_key UNIQUE (kind, key)
      )`);
    await queryRunner.query(`
      CREATE TABLE content_translation (
        item_id uuid NOT NULL REFERENCES content_item(id) ON DELETE CASCADE,
        locale varchar(2) NOT NULL,
        title varchar(300) NOT NULL,
        summary text NOT NULL DEFAULT '',
        body_source text NOT NULL DEFAULT '',
        body_format varchar(16) NOT NULL DEFAULT 'markdown',
        body_html text NOT NULL DEFAULT '',
        changed_revision int NOT NULL,
        based_on_revision int NOT NULL,
        status varchar(16) NOT NULL DEFAULT 'draft',
        publish_at timestamptz,
        published_title varchar(300),
        published_summary text,
        published_body_html text,
        published_at timestamptz,
        published_changed_revision int,
        published_based_on_revision int,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (item_id, locale),
        CONSTRAINT content_translation_status CHECK (status IN ('draft', 'scheduled', 'published'))
      )`);
    await queryRunner.query(
      `CREATE INDEX content_translation_scheduled ON content_translation (publish_at) WHERE status = 'scheduled'`,
    );
    await queryRunner.query(`
      CREATE TABLE content_revision (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        item_id uuid NOT NULL REFERENCES content_item(id) ON DELETE CASCADE,
        number int NOT NULL,
        action varchar(16) NOT NULL,
        author_id varchar(64),
        author_email varchar(320),
        changed_fields jsonb NOT NULL,
        snapshot jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT content_revision_item_number UNIQUE (item_id, number)
      )`);
    // What the seeder has created once: an editor's deletion is never undone by a restart.
    await queryRunner.query(`
      CREATE TABLE content_seed (
        kind varchar(32) NOT NULL,
        key varchar(80) NOT NULL,
        seeded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (kind, key)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE IF EXISTS content_seed');
    await queryRunner.query('DROP TABLE IF EXISTS content_revision');
    await queryRunner.query('DROP TABLE IF EXISTS content_translation');
    await queryRunner.query('DROP TABLE IF EXISTS content_item');
  }
}
