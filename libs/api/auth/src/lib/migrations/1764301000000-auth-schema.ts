import { MigrationInterface, QueryRunner } from 'typeorm';

/** Users, their refresh tokens and the audit log. */
export class AuthSchema1764301000000 implements MigrationInterface {
  name = 'AuthSchema1764301000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        password_hash text NOT NULL,
        role text NOT NULL CHECK (role IN ('editor', 'admin')),
        disabled boolean NOT NULL DEFAULT false,
        last_login_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT users_email_lowercase CHECK (email = lower(email))
      )`);
    await queryRunner.query('CREATE UNIQUE INDEX users_email_key ON users (email)');
    await queryRunner.query(`
      CREATE TABLE refresh_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        token_hash text NOT NULL,
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      'CREATE UNIQUE INDEX refresh_tokens_token_hash_key ON refresh_tokens (token_hash)',
    );
    await queryRunner.query('CREATE INDEX refresh_tokens_user_id_idx ON refresh_tokens (user_id)');
    await queryRunner.query(`
      CREATE TABLE audit_log (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        actor_id uuid,
        actor_email text,
        action text NOT NULL,
        item_type text,
        item_id text,
        ip text,
        details jsonb
      )`);
    // The list is newest first, filtered by one of user, item or action.
    await queryRunner.query('CREATE UNIQUE INDEX audit_log_seq_key ON audit_log (seq DESC)');
    await queryRunner.query('CREATE INDEX audit_log_actor_idx ON audit_log (actor_id, seq DESC)');
    await queryRunner.query(
      'CREATE INDEX audit_log_actor_email_idx ON audit_log (actor_email, seq DESC)',
    );
    await queryRunner.query(
      'CREATE INDEX audit_log_item_idx ON audit_log (item_type, item_id, seq DESC)',
    );
    await queryRunner.query('CREATE INDEX audit_log_action_idx ON audit_log (action, seq DESC)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE IF EXISTS audit_log');
    await queryRunner.query('DROP TABLE IF EXISTS refresh_tokens');
    await queryRunner.query('DROP TABLE IF EXISTS users');
  }
}
