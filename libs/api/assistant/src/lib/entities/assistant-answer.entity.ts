import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Locale } from '@portal/domain/locales';
import type { Citation } from '../answer/answer.types';

/** Every answer given, so editors can see what visitors ask and what went unanswered. */
@Entity({ name: 'assistant_answer' })
export class AssistantAnswerEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  question!: string;

  /** Folded, punctuation- and stopword-free, sorted words: similar questions share it. */
  @Column('text', { name: 'normalized_question' })
  normalizedQuestion!: string;

  @Column('varchar', { length: 2 })
  lang!: Locale;

  @Column('text')
  answer!: string;

  @Column('jsonb')
  citations!: Citation[];

  @Column('boolean')
  refused!: boolean;

  @Column('varchar', { length: 20 })
  provider!: string;

  @Column('int', { name: 'took_ms' })
  tookMs!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
