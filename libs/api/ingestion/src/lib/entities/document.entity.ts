import {
  Column,
  CreateDateColumn,
  Entity,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { DocumentStatus } from '@portal/domain/content';
import type { Locale } from '@portal/domain/locales';
import type { DocumentFormat } from '../extraction/document-format';
import { DocumentChunkEntity } from './document-chunk.entity';

/** An uploaded document the assistant may quote; its text lives in its chunks. */
@Entity({ name: 'ingested_document' })
export class DocumentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  title!: string;

  @Column('varchar', { length: 2 })
  lang!: Locale;

  @Column('text', { name: 'source_url', nullable: true })
  sourceUrl!: string | null;

  @Column('varchar', { length: 10 })
  format!: DocumentFormat;

  /** SHA-256 of the extracted text: the same text is never stored twice. */
  @Column('char', { name: 'content_hash', length: 64 })
  contentHash!: string;

  @Column('varchar', { length: 10 })
  status!: DocumentStatus;

  @Column('text', { name: 'failure_reason', nullable: true })
  failureReason!: string | null;

  @Column('int', { name: 'size_bytes' })
  sizeBytes!: number;

  @Column('int', { name: 'chunk_count', default: 0 })
  chunkCount!: number;

  @Column('text', { name: 'created_by', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @OneToMany(() => DocumentChunkEntity, (chunk) => chunk.document)
  chunks?: DocumentChunkEntity[];
}
