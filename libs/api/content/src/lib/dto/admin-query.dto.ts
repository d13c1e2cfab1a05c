import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsString, MaxLength, Min } from 'class-validator';
import { REFERENCE_KIND_PATHS } from '../content.types';

export const REFERENCE_PATHS = Object.keys(REFERENCE_KIND_PATHS);

export class ReferenceKindParamDto {
  @ApiProperty({ enum: REFERENCE_PATHS })
  @IsIn(REFERENCE_PATHS, { message: `kind must be one of: ${REFERENCE_PATHS.join(', ')}` })
  kind!: string;
}

export class ReferenceKeyParamsDto extends ReferenceKindParamDto {
  @ApiProperty({ description: 'ISO code (countries) or slug' })
  @IsString()
  @MaxLength(80)
  key!: string;
}

export class ReferenceRevisionParamsDto extends ReferenceKeyParamsDto {
  @ApiProperty()
  @Type(() => Number)
  @IsInt({ message: 'rev must be a whole number' })
  @Min(1)
  rev!: number;
}
