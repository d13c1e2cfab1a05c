import type { ContentKind, ItemAttributes } from '@portal/domain/content';
import {
  Column,
  CreateDateColumn,
  Entity,
  OneToMany,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import type { Locale } from '@portal/domain/locales';
import { ContentTranslationEntity } from './content-translation.entity';

@Entity('content_item')
@Unique('content_item_kind_key', ['kind', 'key'])
export class ContentItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 32 })
  kind!: ContentKind;

  /** Slug for pages and programmes, ISO code for countries, slug for other reference data. */
  @Column({ type: 'varchar', length: 80 })
  key!: string;

  /** The locale translations are made from; their health is measured against it. */
  @Column({ name: 'source_locale', type: 'varchar', length: 2 })
  sourceLocale!: Locale;

  @Column({ type: 'jsonb', default: () => "'{}'::jsonb" })
  attributes!: ItemAttributes;

  /** Optimistic-lock counter; equals the number of the latest revision. */
  @Column({ type: 'int', default: 1 })
  version!: number;

  @Column({ name: 'updated_by', type: 'varchar', length: 320, nullable: true })
  updatedBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @OneToMany(() => ContentTranslationEntity, (t) => t.item)
  translations?: ContentTranslationEntity[];
}
