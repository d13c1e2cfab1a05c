import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { DEFAULT_LOCALE, LOCALES, Locale } from '@portal/domain/locales';

const LOCALE_MESSAGE = `lang must be one of: ${LOCALES.join(', ')}`;

/** `?lang=`: one of the six locales, English when missing, 400 for anything else. */
export class LangQueryDto {
  @ApiPropertyOptional({ enum: LOCALES, default: DEFAULT_LOCALE })
  @IsOptional()
  @IsIn(LOCALES, { message: LOCALE_MESSAGE })
  lang: Locale = DEFAULT_LOCALE;
}

/**
 * The last page anyone may ask for. Without it `page` is any whole number, and one past
 * 2^63 / size made the database's OFFSET overflow (a 500); 100,000 pages of 100 rows is
 * more than any list here holds.
 */
export const MAX_PAGE = 100_000;

/** `?page=&size=`: page 1..MAX_PAGE, size 1..100 (default 20). */
export class PageQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'page must be a whole number' })
  @Min(1, { message: 'page must be at least 1' })
  @Max(MAX_PAGE, { message: `page must be at most ${MAX_PAGE}` })
  page = 1;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'size must be a whole number' })
  @Min(1, { message: 'size must be at least 1' })
  @Max(100, { message: 'size must be at most 100' })
  size = 20;
}

/** `?lang=&page=&size=` together, the common case for public lists. */
export class LangPageQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: LOCALES, default: DEFAULT_LOCALE })
  @IsOptional()
  @IsIn(LOCALES, { message: LOCALE_MESSAGE })
  lang: Locale = DEFAULT_LOCALE;
}
