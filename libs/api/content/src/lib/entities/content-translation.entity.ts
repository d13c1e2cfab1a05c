import type { BodyFormat, TranslationStatus } from '@portal/domain/content';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Locale } from '@portal/domain/locales';
import { ContentItemEntity } from './content-item.entity';

/**
 * One locale of an item. The working copy (title, summary, body) is what editors change;
 * the `published*` copy is what visitors and search see, taken at publish time; the
 * `scheduled*` copy is what a schedule will publish, taken when it was scheduled, so
 * saves after scheduling never go live with it.
 */
@Entity('content_translation')
export class ContentTranslationEntity {
  @PrimaryColumn({ name: 'item_id', type: 'uuid' })
  itemId!: string;

  @PrimaryColumn({ type: 'varchar', length: 2 })
  locale!: Locale;

  @ManyToOne(() => ContentItemEntity, (item) => item.translations, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id' })
  item?: ContentItemEntity;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'text', default: '' })
  summary!: string;

  @Column({ name: 'body_source', type: 'text', default: '' })
  bodySource!: string;

  @Column({ name: 'body_format', type: 'varchar', length: 16, default: 'markdown' })
  bodyFormat!: BodyFormat;

  @Column({ name: 'body_html', type: 'text', default: '' })
  bodyHtml!: string;

  /** Revision of the item in which this translation's text last changed. */
  @Column({ name: 'changed_revision', type: 'int' })
  changedRevision!: number;

  /** The source translation's changedRevision this text was written from. */
  @Column({ name: 'based_on_revision', type: 'int' })
  basedOnRevision!: number;

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status!: TranslationStatus;

  @Column({ name: 'publish_at', type: 'timestamptz', nullable: true })
  publishAt!: Date | null;

  @Column({ name: 'published_title', type: 'varchar', length: 300, nullable: true })
  publishedTitle!: string | null;

  @Column({ name: 'published_summary', type: 'text', nullable: true })
  publishedSummary!: string | null;

  @Column({ name: 'published_body_html', type: 'text', nullable: true })
  publishedBodyHtml!: string | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ name: 'published_changed_revision', type: 'int', nullable: true })
  publishedChangedRevision!: number | null;

  @Column({ name: 'published_based_on_revision', type: 'int', nullable: true })
  publishedBasedOnRevision!: number | null;

  @Column({ name: 'scheduled_title', type: 'varchar', length: 300, nullable: true })
  scheduledTitle!: string | null;

  @Column({ name: 'scheduled_summary', type: 'text', nullable: true })
  scheduledSummary!: string | null;

  @Column({ name: 'scheduled_body_html', type: 'text', nullable: true })
  scheduledBodyHtml!: string | null;

  @Column({ name: 'scheduled_changed_revision', type: 'int', nullable: true })
  scheduledChangedRevision!: number | null;

  @Column({ name: 'scheduled_based_on_revision', type: 'int', nullable: true })
  scheduledBasedOnRevision!: number | null;

  /**
   * The latest review step (`content_review.id`) of this language when it was last published
   * or scheduled: a submission up to it has been dealt with. Step ids, not clocks, say what
   * came first, so the API's and the database's clocks never need to agree.
   */
  @Column({ name: 'review_settled_step', type: 'int', nullable: true })
  reviewSettledStep!: number | null;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
