import type { BodyFormat } from '@portal/domain/content';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { BODY_FORMATS } from '../body/body-html.util';

export const TITLE_MAX = 300;
export const SUMMARY_MAX = 2_000;
export const BODY_MAX = 200_000;

/** One locale of an item as an editor writes it. */
export class TranslationInputDto {
  @ApiProperty({ maxLength: TITLE_MAX })
  @IsString()
  @IsNotEmpty({ message: 'title must not be empty' })
  @MaxLength(TITLE_MAX)
  title!: string;

  @ApiPropertyOptional({ maxLength: SUMMARY_MAX })
  @IsOptional()
  @IsString()
  @MaxLength(SUMMARY_MAX)
  summary?: string;

  @ApiPropertyOptional({ maxLength: BODY_MAX, description: 'Markdown or HTML, see format' })
  @IsOptional()
  @IsString()
  @MaxLength(BODY_MAX)
  body?: string;

  @ApiPropertyOptional({ enum: BODY_FORMATS, default: 'markdown' })
  @IsOptional()
  @IsIn(BODY_FORMATS)
  format?: BodyFormat;

  @ApiPropertyOptional({
    description: 'Confirms an unchanged translation still matches the current source text',
  })
  @IsOptional()
  @IsBoolean()
  markUpToDate?: boolean;
}

/** `translations: { it: {...}, en: {...} }`: only the six locales are accepted as keys. */
export class TranslationsInputDto {
  @ApiPropertyOptional({ type: TranslationInputDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => TranslationInputDto)
  en?: TranslationInputDto;

  @ApiPropertyOptional({ type: TranslationInputDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => TranslationInputDto)
  fr?: TranslationInputDto;

  @ApiPropertyOptional({ type: TranslationInputDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => TranslationInputDto)
  de?: TranslationInputDto;

  @ApiPropertyOptional({ type: TranslationInputDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => TranslationInputDto)
  it?: TranslationInputDto;

  @ApiPropertyOptional({ type: TranslationInputDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => TranslationInputDto)
  ru?: TranslationInputDto;

  @ApiPropertyOptional({ type: TranslationInputDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => TranslationInputDto)
  es?: TranslationInputDto;
}
