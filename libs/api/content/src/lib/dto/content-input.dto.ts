import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  ValidateNested,
} from 'class-validator';
import { LOCALES } from '@portal/domain/locales';
import type { Locale } from '@portal/domain/locales';
import { TranslationsInputDto } from './translation-input.dto';

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const SLUG_MESSAGE = 'slug must be lowercase words of a-z and 0-9 joined by single hyphens';

/** An item starts with at least one translation; which ones is up to the editor. */
function HasSomeLocale(): PropertyDecorator {
  return ValidateBy({
    name: 'hasSomeLocale',
    validator: {
      validate: (value: unknown) =>
        typeof value === 'object' &&
        value !== null &&
        LOCALES.some((l) => (value as Record<string, unknown>)[l] != null),
      defaultMessage: () => 'translations must contain at least one locale',
    },
  });
}

class ItemInputBase {
  @ApiPropertyOptional({ enum: LOCALES, description: 'Locale translations are made from' })
  @IsOptional()
  @IsIn(LOCALES)
  sourceLocale?: Locale;
}

export class CreatePageDto extends ItemInputBase {
  @ApiProperty({ maxLength: 80, pattern: SLUG_PATTERN.source })
  @IsString()
  @MaxLength(80)
  @Matches(SLUG_PATTERN, { message: SLUG_MESSAGE })
  slug!: string;

  @ApiProperty({ type: TranslationsInputDto })
  @HasSomeLocale()
  @ValidateNested()
  @Type(() => TranslationsInputDto)
  translations!: TranslationsInputDto;
}

class UpdateBase extends ItemInputBase {
  @ApiProperty({ description: 'The version the editor started from (optimistic locking)' })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiPropertyOptional({ type: TranslationsInputDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => TranslationsInputDto)
  translations?: TranslationsInputDto;

  @ApiPropertyOptional({ enum: LOCALES, isArray: true })
  @IsOptional()
  @IsArray()
  @IsIn(LOCALES, { each: true })
  removeTranslations?: Locale[];
}

export class UpdatePageDto extends UpdateBase {
  @ApiPropertyOptional({ maxLength: 80, pattern: SLUG_PATTERN.source })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  @Matches(SLUG_PATTERN, { message: SLUG_MESSAGE })
  slug?: string;
}

/** Reference data keeps its code/slug; only texts change. */
export class UpdateReferenceDto extends UpdateBase {}

const YEAR_MIN = 1973;
const YEAR_MAX = 2100;

/** A programme's fields besides its category: the same checks on create and on update. */
class ProgrammeAttributesDto {
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(80, { each: true })
  activities?: string[];

  @ApiPropertyOptional({
    description: 'Field operation slug; on update an empty string removes it',
  })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  fieldOperation?: string;

  @ApiPropertyOptional({ type: [String], description: 'ISO 3166-1 alpha-2 codes' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(80)
  @IsString({ each: true })
  @MaxLength(2, { each: true })
  countries?: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(YEAR_MIN)
  @Max(YEAR_MAX)
  startYear?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(YEAR_MIN)
  @Max(YEAR_MAX)
  endYear?: number;
}

export class CreateProgrammeDto extends IntersectionType(CreatePageDto, ProgrammeAttributesDto) {
  @ApiProperty({ description: 'Programme category from @portal/domain/policing' })
  @IsString()
  @MaxLength(80)
  category!: string;
}

export class UpdateProgrammeDto extends IntersectionType(UpdatePageDto, ProgrammeAttributesDto) {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(80)
  category?: string;
}

/**
 * Publishing, unpublishing and restoring act on the revision the editor saw: `version` is
 * the item's `version` as last read, and a 409 naming it answers if someone saved since.
 */
export class ExpectedVersionDto {
  @ApiProperty({
    description: 'The version the editor acts on (optimistic locking); 409 if someone saved since',
  })
  @IsInt()
  @Min(1)
  version!: number;
}

/** A step on some translations of an item: all of them when `locales` is absent. */
class TranslationsStepDto extends ExpectedVersionDto {
  @ApiPropertyOptional({
    enum: LOCALES,
    isArray: true,
    description: 'All translations when absent',
  })
  @IsOptional()
  @IsArray()
  @IsIn(LOCALES, { each: true })
  locales?: Locale[];
}

export class PublishDto extends TranslationsStepDto {
  @ApiPropertyOptional({
    description:
      'ISO date; in the future = scheduled. A schedule publishes revision `version` as it is now; later saves wait for the next publish',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  publishAt?: string;
}

export class UnpublishDto extends TranslationsStepDto {}

export class RestoreDto extends ExpectedVersionDto {}

export class DiffQueryDto {
  @ApiProperty()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  from!: number;

  @ApiProperty()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  to!: number;
}
