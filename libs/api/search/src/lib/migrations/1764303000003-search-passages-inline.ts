import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Keeps search passages whole and uncompressed in their rows. A passage row (body, tsv,
 * tf) is a few kilobytes, just over the 2 kB at which PostgreSQL starts compressing wide
 * values and moving them to the TOAST table; scoring reads `tf` and matching reads `tsv`
 * for every matching row, so each row cost a decompression or a TOAST fetch. With the
 * toast target at its maximum only rows over about 8 kB are still compressed.
 *
 * Existing values keep the form they were stored in, so the wide columns are rewritten:
 * as a table rewrite (ALTER TYPE to the same type) rather than an UPDATE, which would
 * leave every row dead and update the GIN index row by row.
 */
export class SearchPassagesInline1764303000003 implements MigrationInterface {
  name = 'SearchPassagesInline1764303000003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE search_passage SET (toast_tuple_target = 8160)');
    await this.rewrite(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE search_passage RESET (toast_tuple_target)');
    await this.rewrite(queryRunner);
  }

  /** New datums (an unchanged value would be copied as stored), in one table rewrite. */
  private async rewrite(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE search_passage
        ALTER COLUMN tf TYPE jsonb USING tf::text::jsonb,
        ALTER COLUMN body TYPE text USING body || '',
        ALTER COLUMN tsv TYPE tsvector USING tsv || ''::tsvector`);
  }
}
