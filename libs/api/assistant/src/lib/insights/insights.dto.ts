import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { PageQueryDto } from '@portal/api/common';
import { LOCALES, type Locale } from '@portal/domain/locales';
import { INSIGHT_STATES, type InsightState } from '@portal/domain/content';

export class InsightQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: LOCALES })
  @IsOptional()
  @IsIn(LOCALES, { message: `lang must be one of: ${LOCALES.join(', ')}` })
  lang?: Locale;

  @ApiPropertyOptional({ enum: INSIGHT_STATES })
  @IsOptional()
  @IsIn(INSIGHT_STATES, { message: `state must be one of: ${INSIGHT_STATES.join(', ')}` })
  state?: InsightState;
}

export class AnswerInsightDto {
  @ApiProperty({ description: 'The id or slug of the page that answers the question' })
  @IsString({ message: 'page must be a page id or slug' })
  @Length(1, 80, { message: 'page must be a page id or slug' })
  page!: string;
}
