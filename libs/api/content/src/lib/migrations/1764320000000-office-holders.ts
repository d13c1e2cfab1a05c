import { MigrationInterface, QueryRunner } from 'typeorm';

/** The current holder of each leadership office, kept by staff as reference data. */
export class OfficeHolders1764320000000 implements MigrationInterface {
  name = 'OfficeHolders1764320000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE office_holder (
        office varchar(80) PRIMARY KEY,
        name varchar(200) NOT NULL,
        local_names jsonb NOT NULL DEFAULT '{}'::jsonb,
        since date NOT NULL,
        source_url varchar(500),
        note text,
        updated_by varchar(320),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE IF EXISTS office_holder');
  }
}
