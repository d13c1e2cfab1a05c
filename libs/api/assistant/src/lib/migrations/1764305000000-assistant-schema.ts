import { MigrationInterface, QueryRunner } from 'typeorm';

export class AssistantSchema1764305000000 implements MigrationInterface {
  name = 'AssistantSchema1764305000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE assistant_answer (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        question text NOT NULL,
        normalized_question text NOT NULL,
        lang varchar(2) NOT NULL,
        answer text NOT NULL,
        citations jsonb NOT NULL DEFAULT '[]',
        refused boolean NOT NULL,
        provider varchar(20) NOT NULL,
        took_ms int NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      'CREATE INDEX assistant_answer_normalized_idx ON assistant_answer (normalized_question)',
    );
    await queryRunner.query(`
      CREATE TABLE assistant_feedback (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        answer_id uuid NOT NULL REFERENCES assistant_answer(id) ON DELETE CASCADE,
        helpful boolean NOT NULL,
        comment text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      'CREATE INDEX assistant_feedback_answer_idx ON assistant_feedback (answer_id)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE IF EXISTS assistant_feedback');
    await queryRunner.query('DROP TABLE IF EXISTS assistant_answer');
  }
}
