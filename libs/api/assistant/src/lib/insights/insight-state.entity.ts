import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { InsightState } from '@portal/domain/content';

/**
 * What editors decided about one group of similar questions. A group without a row is
 * open; the questions themselves stay in assistant_answer.
 */
@Entity({ name: 'assistant_insight' })
export class InsightStateEntity {
  /** md5 of the normalized question: a short, stable id for the group. */
  @PrimaryColumn('char', { length: 32 })
  id!: string;

  @Column('text', { name: 'normalized_question' })
  normalizedQuestion!: string;

  @Column('varchar', { length: 10 })
  state!: InsightState;

  /** The page that now answers the question (state `answered`). */
  @Column('uuid', { name: 'page_id', nullable: true })
  pageId!: string | null;

  @Column('text', { name: 'handled_by', nullable: true })
  handledBy!: string | null;

  @Column('timestamptz', { name: 'handled_at', nullable: true })
  handledAt!: Date | null;
}
