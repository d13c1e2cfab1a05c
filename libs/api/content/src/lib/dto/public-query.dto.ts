import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { LangPageQueryDto } from '@portal/api/common';
import { COUNTRY_GROUPS } from '@portal/domain/countries';
import type { CountryGroup } from '@portal/domain/countries';
import { PROGRAMME_CATEGORIES } from '@portal/domain/policing';

/**
 * Reference lists are short (57 States at most), so their default page holds them all;
 * `page` and `size` still work as everywhere else.
 */
export class ReferenceListQueryDto extends LangPageQueryDto {
  // The page and size checks are LangPageQueryDto's; only the default size differs.
  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 100 })
  override size = 100;
}

export class CountriesQueryDto extends ReferenceListQueryDto {
  @ApiPropertyOptional({ enum: COUNTRY_GROUPS })
  @IsOptional()
  @IsIn(COUNTRY_GROUPS, { message: `group must be one of: ${COUNTRY_GROUPS.join(', ')}` })
  group?: CountryGroup;
}

export class FieldOperationsQueryDto extends ReferenceListQueryDto {
  @ApiPropertyOptional({ enum: ['active', 'closed'] })
  @IsOptional()
  @IsIn(['active', 'closed'], { message: 'status must be one of: active, closed' })
  status?: 'active' | 'closed';
}

export class ProgrammesQueryDto extends LangPageQueryDto {
  @ApiPropertyOptional({ enum: PROGRAMME_CATEGORIES })
  @IsOptional()
  @IsIn(PROGRAMME_CATEGORIES, {
    message: `category must be one of: ${PROGRAMME_CATEGORIES.join(', ')}`,
  })
  category?: string;

  @ApiPropertyOptional({ description: 'Field operation slug' })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  fieldOperation?: string;

  @ApiPropertyOptional({ description: 'ISO 3166-1 alpha-2 code' })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  country?: string;
}
