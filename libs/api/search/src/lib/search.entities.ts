import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * TypeORM views of the search tables, for inspection and admin tooling. The index is
 * written and queried with SQL (tsvector, pgvector and statistics need it); the
 * tsvector and vector columns are deliberately not mapped.
 */
@Entity('search_item')
export class SearchItemEntity {
  @PrimaryColumn({ name: 'item_type', type: 'varchar' }) itemType!: string;
  @PrimaryColumn({ name: 'item_id', type: 'varchar' }) itemId!: string;
  @PrimaryColumn({ type: 'varchar' }) locale!: string;
  @Column({ type: 'text' }) title!: string;
  @Column({ type: 'text' }) url!: string;
  @Column({ name: 'country_codes', type: 'text', array: true }) countryCodes!: string[];
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

@Entity('search_passage')
export class SearchPassageEntity {
  @PrimaryColumn({ type: 'text' }) id!: string;
  @Column({ name: 'item_type', type: 'varchar' }) itemType!: string;
  @Column({ name: 'item_id', type: 'varchar' }) itemId!: string;
  @Column({ type: 'varchar' }) locale!: string;
  @Column({ type: 'integer' }) position!: number;
  @Column({ type: 'varchar' }) anchor!: string;
  @Column({ type: 'text', nullable: true }) heading!: string | null;
  @Column({ type: 'text' }) body!: string;
  @Column({ type: 'text' }) title!: string;
  @Column({ type: 'text' }) url!: string;
  @Column({ type: 'integer' }) length!: number;
}

@Entity('search_term_stats')
export class SearchTermStatEntity {
  @PrimaryColumn({ type: 'varchar' }) locale!: string;
  @PrimaryColumn({ type: 'text' }) lexeme!: string;
  @Column({ type: 'integer' }) df!: number;
}

@Entity('search_vocabulary')
export class SearchVocabularyEntity {
  @PrimaryColumn({ type: 'varchar' }) locale!: string;
  @PrimaryColumn({ type: 'text' }) word!: string;
  @Column({ type: 'integer' }) freq!: number;
}

export const SEARCH_ENTITIES = [
  SearchItemEntity,
  SearchPassageEntity,
  SearchTermStatEntity,
  SearchVocabularyEntity,
];
