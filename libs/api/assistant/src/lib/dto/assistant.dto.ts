import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import type { AnswerPayload, Citation } from '@portal/domain/content';
import { LOCALES, type Locale } from '@portal/domain/locales';

export class HistoryTurnDto {
  @ApiProperty({ enum: ['user', 'assistant'] })
  @IsIn(['user', 'assistant'], { message: 'role must be user or assistant' })
  role!: 'user' | 'assistant';

  @ApiProperty({ maxLength: 4000 })
  @IsString()
  @MaxLength(4000)
  content!: string;
}

export class AskDto {
  @ApiProperty({ minLength: 1, maxLength: 2000 })
  @IsString()
  @Length(1, 2000, { message: 'question must be 1 to 2000 characters' })
  question!: string;

  @ApiPropertyOptional({ enum: LOCALES })
  @IsOptional()
  @IsIn(LOCALES, { message: `lang must be one of: ${LOCALES.join(', ')}` })
  lang?: Locale;

  @ApiPropertyOptional({ type: [HistoryTurnDto], maxItems: 20 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20, { message: 'history may hold at most 20 turns' })
  @ValidateNested({ each: true })
  @Type(() => HistoryTurnDto)
  history?: HistoryTurnDto[];
}

export class FeedbackDto {
  @ApiProperty()
  @IsUUID('all', { message: 'answerId must be an answer id' })
  answerId!: string;

  @ApiProperty()
  @IsBoolean({ message: 'helpful must be true or false' })
  helpful!: boolean;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string;
}

/*
 * The answer as the OpenAPI document describes it. Each class implements the shared payload
 * type, and `assistant.dto.spec.ts` checks the document's schemas against the same types.
 */

export class CitationDto implements Citation {
  @ApiProperty() n!: number;
  @ApiProperty() title!: string;
  @ApiProperty() url!: string;
  @ApiProperty() snippet!: string;
  @ApiPropertyOptional() documentId?: string;
  @ApiProperty({ enum: LOCALES }) lang!: Locale;
}

export class AnswerDto implements AnswerPayload {
  @ApiProperty() id!: string;
  @ApiProperty() answer!: string;
  @ApiProperty({ enum: LOCALES }) lang!: Locale;
  @ApiProperty() refused!: boolean;
  @ApiProperty({ type: [CitationDto] }) citations!: CitationDto[];
  @ApiProperty() provider!: string;
  @ApiProperty() tookMs!: number;
}
