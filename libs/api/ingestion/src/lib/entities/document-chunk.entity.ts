import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { DocumentEntity } from './document.entity';

/** One citable passage of a document, `#p<position>` on its public page. */
@Entity({ name: 'ingested_document_chunk' })
export class DocumentChunkEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'document_id' })
  documentId!: string;

  @ManyToOne(() => DocumentEntity, (doc) => doc.chunks, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'document_id' })
  document?: DocumentEntity;

  @Column('int')
  position!: number;

  @Column('varchar', { length: 16 })
  anchor!: string;

  @Column('text', { nullable: true })
  heading!: string | null;

  @Column('text')
  text!: string;
}
