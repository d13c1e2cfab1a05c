import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { PageQueryDto } from '@portal/api/common';
import { LOCALES } from '@portal/domain/locales';
import type { Locale } from '@portal/domain/locales';
import { ExpectedVersionDto } from './content-input.dto';

export const REVIEW_COMMENT_MAX = 2000;

/** `:id/translations/:locale/...`: the item and one of the six locales. */
export class ItemLocaleParamsDto {
  @ApiProperty({ description: 'Item id (uuid) or slug' })
  @IsString()
  @MaxLength(100)
  id!: string;

  @ApiProperty({ enum: LOCALES })
  @IsIn(LOCALES, { message: `locale must be one of: ${LOCALES.join(', ')}` })
  locale!: Locale;
}

export class SubmitReviewDto extends ExpectedVersionDto {
  @ApiPropertyOptional({ maxLength: REVIEW_COMMENT_MAX, description: 'For the reviewer' })
  @IsOptional()
  @IsString()
  @MaxLength(REVIEW_COMMENT_MAX)
  comment?: string;
}

export class ApproveReviewDto extends SubmitReviewDto {
  @ApiPropertyOptional({
    description: 'ISO date; in the future, the approved text is scheduled instead of published',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  publishAt?: string;
}

export class RejectReviewDto extends ExpectedVersionDto {
  @ApiProperty({
    maxLength: REVIEW_COMMENT_MAX,
    description: 'What to change: the contributor reads it in the editor',
  })
  @IsString()
  @Matches(/\S/, { message: 'comment must say what to change' })
  @MaxLength(REVIEW_COMMENT_MAX)
  comment!: string;
}

export class ReviewQueueQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: LOCALES, description: 'Only this language' })
  @IsOptional()
  @IsIn(LOCALES, { message: `lang must be one of: ${LOCALES.join(', ')}` })
  lang?: Locale;

  @ApiPropertyOptional({ description: 'Only this item (uuid)' })
  @IsOptional()
  @IsUUID('all', { message: 'item must be a uuid' })
  item?: string;
}
