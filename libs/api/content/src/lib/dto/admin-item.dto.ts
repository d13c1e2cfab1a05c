import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import type {
  AdminItem,
  AdminItemList,
  AdminTranslation,
  BodyFormat,
  ContentKind,
  FieldChange,
  ItemSnapshot,
  RevisionAction,
  RevisionDetail,
  RevisionDiff,
  RevisionSummary,
  TranslationStatus,
} from '@portal/domain/content';
import { PageOfDto } from '@portal/api/common';
import { LOCALES } from '@portal/domain/locales';
import type { Locale } from '@portal/domain/locales';
import { BODY_FORMATS } from '../body/body-html.util';
import { CONTENT_KINDS } from '../content.types';

/*
 * The editorial responses as the OpenAPI document describes them. Each class implements
 * the shared payload type from `@portal/domain/content`, so the compiler keeps the two in
 * step, and `admin-item.dto.spec.ts` checks the document's schemas against the same types.
 */

const TRANSLATION_STATUSES: readonly TranslationStatus[] = ['draft', 'scheduled', 'published'];
const REVISION_ACTIONS: readonly RevisionAction[] = ['create', 'update', 'restore', 'seed'];

export class AdminTranslationDto implements AdminTranslation {
  @ApiProperty()
  readonly title!: string;

  @ApiProperty()
  readonly summary!: string;

  @ApiProperty({ description: 'The source as staff wrote it' })
  readonly body!: string;

  @ApiProperty({ enum: BODY_FORMATS })
  readonly format!: BodyFormat;

  @ApiProperty({ description: 'The body rendered and sanitized' })
  readonly bodyHtml!: string;

  @ApiProperty({ enum: TRANSLATION_STATUSES })
  readonly status!: TranslationStatus;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  readonly publishAt!: string | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'The revision a schedule will publish; saves after scheduling are not part of it',
  })
  readonly scheduledRevision!: number | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  readonly publishedAt!: string | null;

  @ApiProperty({ description: 'The working copy differs from what visitors see' })
  readonly hasUnpublishedChanges!: boolean;

  @ApiProperty({ description: 'Made from an older revision of the source locale' })
  readonly outdated!: boolean;

  @ApiProperty({ description: "The revision in which this translation's text last changed" })
  readonly changedRevision!: number;

  @ApiProperty({ description: 'The revision of the source locale this translation was made from' })
  readonly basedOnRevision!: number;
}

@ApiExtraModels(AdminTranslationDto)
export class AdminItemDto implements AdminItem {
  @ApiProperty({ format: 'uuid' })
  readonly id!: string;

  @ApiProperty({ enum: CONTENT_KINDS })
  readonly kind!: ContentKind;

  @ApiProperty({
    description: 'Slug (pages, programmes, institutions, field operations) or ISO code (countries)',
  })
  readonly key!: string;

  @ApiProperty()
  readonly slug!: string;

  @ApiProperty({ enum: LOCALES })
  readonly sourceLocale!: Locale;

  @ApiProperty({ description: 'Sent back with every change, for optimistic locking' })
  readonly version!: number;

  @ApiProperty({
    type: 'object',
    description: 'One entry per locale the item has',
    additionalProperties: { $ref: getSchemaPath(AdminTranslationDto) },
  })
  readonly translations!: Partial<Record<Locale, AdminTranslation>>;

  @ApiProperty({ format: 'date-time' })
  readonly createdAt!: string;

  @ApiProperty({ format: 'date-time' })
  readonly updatedAt!: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  readonly updatedBy!: string | null;

  @ApiPropertyOptional({ description: 'Programmes only' })
  readonly category?: string;

  @ApiPropertyOptional({ type: [String], description: 'Programmes only' })
  readonly activities?: string[];

  @ApiPropertyOptional({ description: 'Programmes only: slug of the field operation' })
  readonly fieldOperation?: string;

  @ApiPropertyOptional({ type: [String], description: 'Programmes only: ISO codes' })
  readonly countries?: string[];

  @ApiPropertyOptional({ description: 'Programmes only' })
  readonly startYear?: number;

  @ApiPropertyOptional({ description: 'Programmes only' })
  readonly endYear?: number;
}

export class AdminItemListDto extends PageOfDto(AdminItemDto) implements AdminItemList {}

export class RevisionSummaryDto implements RevisionSummary {
  @ApiProperty()
  readonly number!: number;

  @ApiProperty({ enum: REVISION_ACTIONS })
  readonly action!: RevisionAction;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  readonly authorId!: string | null;

  @ApiProperty({ type: String, nullable: true })
  readonly authorEmail!: string | null;

  @ApiProperty({ format: 'date-time' })
  readonly createdAt!: string;

  @ApiProperty({ type: [String], example: ['en.title', 'category'] })
  readonly changedFields!: readonly string[];
}

export class RevisionDetailDto extends RevisionSummaryDto implements RevisionDetail {
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'The full editorial state: key, sourceLocale, attributes, translations',
  })
  readonly snapshot!: ItemSnapshot;
}

export class FieldChangeDto implements FieldChange {
  @ApiProperty({ example: 'en.title' })
  readonly field!: string;

  @ApiProperty({ nullable: true, description: 'The value before; null when it was absent' })
  readonly from!: unknown;

  @ApiProperty({ nullable: true, description: 'The value after; null when it is gone' })
  readonly to!: unknown;
}

export class RevisionDiffDto implements RevisionDiff {
  @ApiProperty()
  readonly from!: number;

  @ApiProperty()
  readonly to!: number;

  @ApiProperty({ type: [FieldChangeDto] })
  readonly changes!: readonly FieldChangeDto[];
}
