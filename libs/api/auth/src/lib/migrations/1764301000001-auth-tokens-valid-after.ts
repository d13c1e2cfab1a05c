import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `users.tokens_valid_after`: access tokens issued before it are refused. Set by a
 * password change, a logout and a reused refresh token, so a token stops working at once
 * instead of up to 15 minutes later. NULL (every existing user) refuses nothing.
 */
export class AuthTokensValidAfter1764301000001 implements MigrationInterface {
  name = 'AuthTokensValidAfter1764301000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE users ADD COLUMN tokens_valid_after timestamptz');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE users DROP COLUMN tokens_valid_after');
  }
}
