import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Editorial pages other than `policing` and `about` are served at `/:lang/about/<slug>`
 * (see `publicPath` in @portal/domain/content), but the search index of an existing site
 * still holds the old `/:lang/<slug>` for them, which the portal answers with a 404; search
 * hits and assistant citations read these URLs. New index entries get the right URL; this
 * moves the stored ones. Guarded, because content can be migrated without the search
 * tables (the search library's own migrations create them).
 */
export class PageUrlsUnderAbout1764310000000 implements MigrationInterface {
  name = 'PageUrlsUnderAbout1764310000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['search_item', 'search_passage']) {
      await queryRunner.query(`
        DO $$ BEGIN
          IF to_regclass('${table}') IS NOT NULL THEN
            UPDATE ${table}
               SET url = regexp_replace(url, '^/([a-z]{2})/', '/\\1/about/')
             WHERE item_type = 'page'
               AND url ~ '^/[a-z]{2}/[^/]+$'
               AND url !~ '^/[a-z]{2}/(policing|about)$';
          END IF;
        END $$`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['search_item', 'search_passage']) {
      await queryRunner.query(`
        DO $$ BEGIN
          IF to_regclass('${table}') IS NOT NULL THEN
            UPDATE ${table}
               SET url = regexp_replace(url, '^/([a-z]{2})/about/', '/\\1/')
             WHERE item_type = 'page' AND url ~ '^/[a-z]{2}/about/[^/]+$';
          END IF;
        END $$`);
    }
  }
}
