import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The `contributor` role: drafts and uploads that wait for an editor. The values are
 * written out rather than read from the permission table, so this migration keeps meaning
 * what it meant when it ran.
 */
export class AuthContributorRole1764313000000 implements MigrationInterface {
  name = 'AuthContributorRole1764313000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE users DROP CONSTRAINT IF EXISTS users_role_check');
    await queryRunner.query(
      "ALTER TABLE users ADD CONSTRAINT users_role_check CHECK (role IN ('contributor', 'editor', 'admin'))",
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Contributors cannot be kept by the older schema; they lose access rather than gain it.
    await queryRunner.query("UPDATE users SET disabled = true WHERE role = 'contributor'");
    await queryRunner.query("UPDATE users SET role = 'editor' WHERE role = 'contributor'");
    await queryRunner.query('ALTER TABLE users DROP CONSTRAINT IF EXISTS users_role_check');
    await queryRunner.query(
      "ALTER TABLE users ADD CONSTRAINT users_role_check CHECK (role IN ('editor', 'admin'))",
    );
  }
}
