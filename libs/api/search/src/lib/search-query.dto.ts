import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import type { SearchHitType } from '@portal/domain/content';
import { LangPageQueryDto, LangQueryDto } from '@portal/api/common';
import { SEARCH_HIT_TYPES } from '@portal/domain/content';
import { MAX_QUERY_LENGTH } from './search.constants';

const Q_EMPTY = 'q must not be empty';
const Q_LONG = `q must be at most ${MAX_QUERY_LENGTH} characters`;

/** `GET /api/search?q=&lang=&type=&country=&page=&size=` */
export class SearchQueryDto extends LangPageQueryDto {
  @ApiProperty({ minLength: 1, maxLength: MAX_QUERY_LENGTH, example: 'community policing' })
  @IsString({ message: Q_EMPTY })
  @MinLength(1, { message: Q_EMPTY })
  @MaxLength(MAX_QUERY_LENGTH, { message: Q_LONG })
  q!: string;

  @ApiPropertyOptional({ enum: SEARCH_HIT_TYPES })
  @IsOptional()
  @IsIn(SEARCH_HIT_TYPES, { message: `type must be one of: ${SEARCH_HIT_TYPES.join(', ')}` })
  type?: SearchHitType;

  @ApiPropertyOptional({ description: 'ISO 3166-1 alpha-2 code', example: 'IT' })
  @IsOptional()
  @Matches(/^[A-Za-z]{2}$/, { message: 'country must be an ISO 3166-1 alpha-2 code' })
  country?: string;
}

/** `GET /api/search/suggest?q=&lang=` */
export class SuggestQueryDto extends LangQueryDto {
  @ApiProperty({ minLength: 1, maxLength: MAX_QUERY_LENGTH, example: 'polic' })
  @IsString({ message: Q_EMPTY })
  @MinLength(1, { message: Q_EMPTY })
  @MaxLength(MAX_QUERY_LENGTH, { message: Q_LONG })
  q!: string;
}
