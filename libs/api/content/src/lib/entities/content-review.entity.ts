import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ReviewAction } from '@portal/domain/content';
import type { Locale } from '@portal/domain/locales';

/**
 * One step of a translation's review: submitted, approved or rejected, with the comment.
 * A translation's review state is its latest row (by id), so no state is stored twice.
 */
@Entity('content_review')
export class ContentReviewEntity {
  @PrimaryGeneratedColumn('increment')
  id!: number;

  @Column({ name: 'item_id', type: 'uuid' })
  itemId!: string;

  @Column({ type: 'varchar', length: 2 })
  locale!: Locale;

  @Column({ type: 'varchar', length: 16 })
  action!: ReviewAction;

  @Column({ type: 'text', default: '' })
  comment!: string;

  /** The item's version the step was taken on. */
  @Column({ type: 'int' })
  version!: number;

  @Column({ name: 'actor_id', type: 'varchar', length: 64, nullable: true })
  actorId!: string | null;

  @Column({ name: 'actor_email', type: 'varchar', length: 320, nullable: true })
  actorEmail!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
