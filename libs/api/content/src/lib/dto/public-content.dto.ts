import type { Type } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { PageOfDto } from '@portal/api/common';
import { SearchHitDto } from '@portal/api/search';
import type {
  CountryDetail,
  CountryGroup,
  CountrySummary,
  FieldOperationDetail,
  FieldOperationStatus,
  FieldOperationSummary,
  InstitutionDetail,
  InstitutionSummary,
  LocalizedList,
  NavigationItem,
  PagePayload,
  Paginated,
  ProgrammeCategory,
  ProgrammeDetail,
  ProgrammeListItem,
  ProgrammeSummary,
  SearchHit,
  Served,
} from '@portal/domain/content';
import { COUNTRY_GROUPS } from '@portal/domain/countries';
import { LOCALES, type Locale } from '@portal/domain/locales';
import { PROGRAMME_CATEGORIES } from '@portal/domain/policing';

/*
 * What visitors read, as the OpenAPI document describes it. Each class implements the
 * shared payload type from `@portal/domain/content`, so the compiler keeps the two in step,
 * and `public-content.dto.spec.ts` checks the document's schemas against the same types.
 */

const FIELD_OPERATION_STATUSES: readonly FieldOperationStatus[] = ['active', 'closed'];

/** The locale fields of every localized item. */
export class ServedDto implements Served {
  @ApiProperty({ enum: LOCALES, description: 'The locale the text is in' })
  readonly lang!: Locale;

  @ApiProperty({ enum: LOCALES, description: 'The locale asked for; `lang` may differ' })
  readonly requestedLang!: Locale;

  @ApiProperty({ enum: LOCALES, isArray: true })
  readonly availableLangs!: readonly Locale[];

  @ApiPropertyOptional({ description: 'Translated from an older revision of its source' })
  readonly outdated?: boolean;
}

/** A public reference list: a page of `item`s with the locale their names were asked in. */
function LocalizedListOfDto<T>(item: Type<T>) {
  abstract class LocalizedListOf extends PageOfDto(item) {
    @ApiProperty({ enum: LOCALES, description: 'The locale the names were asked in' })
    readonly lang!: Locale;
  }
  return LocalizedListOf;
}

export class NavigationItemDto implements NavigationItem {
  @ApiProperty({ example: 'policing' })
  readonly key!: string;

  @ApiProperty()
  readonly label!: string;

  @ApiPropertyOptional({
    example: '/policing',
    description: 'Portal path without the locale prefix; absent for pure groups',
  })
  readonly path?: string;

  @ApiPropertyOptional({ type: () => [NavigationItemDto] })
  readonly children?: readonly NavigationItemDto[];
}

export class CountrySummaryDto implements CountrySummary {
  @ApiProperty({ example: 'IT', description: 'ISO 3166-1 alpha-2 code' })
  readonly code!: string;

  @ApiProperty()
  readonly name!: string;

  @ApiProperty({ enum: COUNTRY_GROUPS })
  readonly group!: CountryGroup;

  @ApiPropertyOptional({ description: 'Year of its Chairpersonship, for the current one' })
  readonly chairpersonship?: number;

  @ApiProperty()
  readonly slug!: string;
}

export class InstitutionSummaryDto implements InstitutionSummary {
  @ApiProperty()
  readonly slug!: string;

  @ApiProperty()
  readonly name!: string;

  @ApiPropertyOptional()
  readonly acronym?: string;

  @ApiPropertyOptional()
  readonly seat?: string;

  @ApiProperty()
  readonly kind!: string;
}

export class FieldOperationSummaryDto implements FieldOperationSummary {
  @ApiProperty()
  readonly slug!: string;

  @ApiProperty()
  readonly name!: string;

  @ApiProperty()
  readonly kind!: string;

  @ApiProperty({ enum: FIELD_OPERATION_STATUSES })
  readonly status!: FieldOperationStatus;

  @ApiPropertyOptional({ description: 'ISO 3166-1 alpha-2 code of the host participating State' })
  readonly countryCode?: string;

  @ApiProperty({ description: 'Territory or city that hosts it' })
  readonly host!: string;

  @ApiProperty()
  readonly startYear!: number;

  @ApiPropertyOptional({ description: 'Set once it has closed' })
  readonly endYear?: number;
}

export class ProgrammeSummaryDto implements ProgrammeSummary {
  @ApiProperty()
  readonly slug!: string;

  @ApiProperty()
  readonly title!: string;

  @ApiPropertyOptional()
  readonly summary?: string;

  @ApiProperty({ enum: PROGRAMME_CATEGORIES })
  readonly category!: ProgrammeCategory;

  @ApiProperty({ type: [String] })
  readonly activities!: readonly string[];

  @ApiPropertyOptional({ description: 'Slug of the field operation that runs it' })
  readonly fieldOperation?: string;

  @ApiProperty({ type: [String], description: 'ISO 3166-1 alpha-2 codes' })
  readonly countries!: readonly string[];

  @ApiPropertyOptional()
  readonly startYear?: number;

  @ApiPropertyOptional()
  readonly endYear?: number;
}

export class ProgrammeListItemDto extends ProgrammeSummaryDto implements ProgrammeListItem {
  @ApiProperty({ enum: LOCALES, description: 'The locale the title is in' })
  readonly lang!: Locale;
}

export class CountryDetailDto
  extends IntersectionType(CountrySummaryDto, ServedDto)
  implements CountryDetail
{
  @ApiProperty({ description: 'Year it became a participating State or Partner for Co-operation' })
  readonly joined!: number;

  @ApiPropertyOptional({ description: 'Sanitized HTML, where an editor wrote one' })
  readonly description?: string;

  @ApiProperty({ type: [FieldOperationSummaryDto] })
  readonly fieldOperations!: readonly FieldOperationSummaryDto[];

  @ApiProperty({ type: [ProgrammeListItemDto] })
  readonly programmes!: readonly ProgrammeListItemDto[];
}

export class InstitutionDetailDto
  extends IntersectionType(InstitutionSummaryDto, ServedDto)
  implements InstitutionDetail
{
  @ApiPropertyOptional({ description: 'Sanitized HTML, where an editor wrote one' })
  readonly description?: string;
}

export class FieldOperationDetailDto
  extends IntersectionType(FieldOperationSummaryDto, ServedDto)
  implements FieldOperationDetail
{
  @ApiPropertyOptional({ description: 'Sanitized HTML, where an editor wrote one' })
  readonly description?: string;

  @ApiProperty({ type: [ProgrammeListItemDto] })
  readonly programmes!: readonly ProgrammeListItemDto[];
}

export class ProgrammeDetailDto
  extends IntersectionType(ProgrammeSummaryDto, ServedDto)
  implements ProgrammeDetail
{
  @ApiProperty({ description: 'Sanitized HTML' })
  readonly body!: string;

  @ApiProperty({ format: 'date-time', description: 'When this translation was published' })
  readonly updatedAt!: string;
}

export class PageDto extends ServedDto implements PagePayload {
  @ApiProperty()
  readonly slug!: string;

  @ApiProperty()
  readonly title!: string;

  @ApiProperty()
  readonly summary!: string;

  @ApiProperty({
    description: 'Sanitized HTML; paragraphs carry ids `p1`, `p2`, ... for citations to link to',
  })
  readonly body!: string;

  @ApiProperty({ format: 'date-time', description: 'When this translation was published' })
  readonly updatedAt!: string;
}

export class CountryListDto
  extends LocalizedListOfDto(CountrySummaryDto)
  implements LocalizedList<CountrySummary> {}

export class InstitutionListDto
  extends LocalizedListOfDto(InstitutionSummaryDto)
  implements LocalizedList<InstitutionSummary> {}

export class FieldOperationListDto
  extends LocalizedListOfDto(FieldOperationSummaryDto)
  implements LocalizedList<FieldOperationSummary> {}

export class ProgrammeListDto
  extends LocalizedListOfDto(ProgrammeListItemDto)
  implements LocalizedList<ProgrammeListItem> {}

/** The library documents search finds for a country (no `lang`: each hit has its own). */
export class CountryDocumentListDto
  extends PageOfDto(SearchHitDto)
  implements Paginated<SearchHit> {}
