import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsISO8601,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';

/** A name in one language's script: optional per language, never empty when given. */
class LocalNamesDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 200) en?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 200) fr?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 200) de?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 200) it?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 200) ru?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 200) es?: string;
}

/** The holder staff record for a leadership office. */
export class OfficeHolderDto {
  @ApiProperty({ maxLength: 200, example: 'Ignazio Cassis' })
  @IsString()
  @Matches(/\S/, { message: 'name must not be blank' })
  @Length(1, 200)
  name!: string;

  @ApiPropertyOptional({ type: LocalNamesDto, description: 'The name in other scripts' })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalNamesDto)
  localNames?: LocalNamesDto;

  @ApiProperty({ example: '2026-01-01', description: 'Date the holder took office' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'since must be a date as YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'since must be a real calendar date' })
  since!: string;

  @ApiPropertyOptional({ maxLength: 500, description: 'Public page that says so' })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @MaxLength(500)
  sourceUrl?: string;

  @ApiPropertyOptional({ maxLength: 1000, description: 'What the sources leave open' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string;
}
