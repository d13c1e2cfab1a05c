import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A counter that every change to the index raises in the writing transaction, so cached
 * search results (in this process or any other on the same database) are known to be
 * stale the moment the change commits, and never before.
 */
export class SearchIndexVersion1764303000004 implements MigrationInterface {
  name = 'SearchIndexVersion1764303000004';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE search_index_version (
        id smallint PRIMARY KEY CHECK (id = 1),
        version bigint NOT NULL
      )`);
    await queryRunner.query('INSERT INTO search_index_version (id, version) VALUES (1, 1)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE IF EXISTS search_index_version');
  }
}
