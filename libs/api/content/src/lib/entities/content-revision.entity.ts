import type { ItemSnapshot, RevisionAction } from '@portal/domain/content';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** Every save of an item: who, when, which fields changed, and the full editorial state. */
@Entity('content_revision')
@Unique('content_revision_item_number', ['itemId', 'number'])
export class ContentRevisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'item_id', type: 'uuid' })
  itemId!: string;

  @Column({ type: 'int' })
  number!: number;

  @Column({ type: 'varchar', length: 16 })
  action!: RevisionAction;

  @Column({ name: 'author_id', type: 'varchar', length: 64, nullable: true })
  authorId!: string | null;

  @Column({ name: 'author_email', type: 'varchar', length: 320, nullable: true })
  authorEmail!: string | null;

  @Column({ name: 'changed_fields', type: 'jsonb' })
  changedFields!: string[];

  @Column({ type: 'jsonb' })
  snapshot!: ItemSnapshot;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
