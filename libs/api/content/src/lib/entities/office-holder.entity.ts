import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { Locale } from '@portal/domain/locales';

/** Who holds a leadership office now: reference data that staff keep current. */
@Entity('office_holder')
export class OfficeHolderEntity {
  /** Slug of the office in `ALL_LEADERSHIP_OFFICES`; one current holder per office. */
  @PrimaryColumn({ type: 'varchar', length: 80 })
  office!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** The name where a language writes it otherwise (e.g. Cyrillic); `name` elsewhere. */
  @Column({ name: 'local_names', type: 'jsonb', default: () => "'{}'::jsonb" })
  localNames!: Partial<Record<Locale, string>>;

  /** ISO date `YYYY-MM-DD`. */
  @Column({ type: 'date' })
  since!: string;

  @Column({ name: 'source_url', type: 'varchar', length: 500, nullable: true })
  sourceUrl!: string | null;

  /** What the sources leave open, so the page can say "to be confirmed". */
  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ name: 'updated_by', type: 'varchar', length: 320, nullable: true })
  updatedBy!: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
