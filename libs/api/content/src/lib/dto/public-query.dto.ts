import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { LangPageQueryDto, LangQueryDto, MAX_PAGE } from '@portal/api/common';
import { COUNTRY_GROUPS } from '@portal/domain/countries';
import type { CountryGroup } from '@portal/domain/countries';
import { PROGRAMME_CATEGORIES } from '@portal/domain/policing';

/**
 * Reference lists are short (57 States at most), so their default page holds them all;
 * `page` and `size` still work as everywhere else.
 */
export class ReferenceListQueryDto extends LangQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'page must be a whole number' })
  @Min(1, { message: 'page must be at least 1' })
  @Max(MAX_PAGE, { message: `page must be at most ${MAX_PAGE}` })
  page = 1;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'size must be a whole number' })
  @Min(1, { message: 'size must be at least 1' })
  @Max(100, { message: 'size must be at most 100' })
  size = 100;
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
