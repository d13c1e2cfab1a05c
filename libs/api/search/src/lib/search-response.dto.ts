import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import type {
  FacetValue,
  SearchHit,
  SearchHitType,
  SearchResponse,
  SearchSuggestion,
} from '@portal/domain/content';
import { SEARCH_HIT_TYPES } from '@portal/domain/content';
import { LOCALES, type Locale } from '@portal/domain/locales';

/*
 * The search responses as the OpenAPI document describes them. Each class implements the
 * shared payload type from `@portal/domain/content`, and `search-response.dto.spec.ts`
 * checks the document's schemas against the same types.
 */

export class SearchHitDto implements SearchHit {
  @ApiProperty({ description: '`<type>:<item id>#<passage anchor>`' })
  readonly id!: string;

  @ApiProperty({ enum: SEARCH_HIT_TYPES })
  readonly type!: SearchHitType;

  @ApiPropertyOptional({ description: 'Set when the hit is (a passage of) a library document' })
  readonly documentId?: string;

  @ApiProperty()
  readonly title!: string;

  @ApiProperty({ description: 'Escaped text whose only markup is `<mark>`' })
  readonly snippet!: string;

  @ApiProperty({ description: 'Link to the passage (with its anchor)' })
  readonly url!: string;

  @ApiProperty({ enum: LOCALES })
  readonly lang!: Locale;

  @ApiProperty()
  readonly score!: number;
}

export class FacetValueDto implements FacetValue {
  @ApiProperty()
  readonly value!: string;

  @ApiProperty()
  readonly count!: number;
}

@ApiExtraModels(FacetValueDto)
export class SearchResponseDto implements SearchResponse {
  @ApiProperty({ description: 'The query that was run (the corrected one after a correction)' })
  readonly query!: string;

  @ApiProperty({ enum: LOCALES })
  readonly lang!: Locale;

  @ApiProperty()
  readonly total!: number;

  @ApiProperty()
  readonly tookMs!: number;

  @ApiProperty()
  readonly page!: number;

  @ApiProperty()
  readonly size!: number;

  @ApiProperty({ type: [SearchHitDto] })
  readonly hits!: readonly SearchHitDto[];

  @ApiProperty({
    type: 'object',
    description: 'Counts per value of each facet (`type`, `country`, `lang`)',
    additionalProperties: { type: 'array', items: { $ref: getSchemaPath(FacetValueDto) } },
  })
  readonly facets!: Readonly<Record<string, readonly FacetValue[]>>;

  @ApiPropertyOptional({ description: 'Did you mean: the query with its unknown words corrected' })
  readonly suggestion?: string;

  @ApiPropertyOptional({
    description: 'Set when nothing matched the query as typed and the corrected query was run',
  })
  readonly correctedFrom?: string;
}

export class SearchSuggestionDto implements SearchSuggestion {
  @ApiProperty()
  readonly text!: string;

  @ApiPropertyOptional({ description: 'Portal path, for a title; absent for a word completion' })
  readonly url?: string;
}
