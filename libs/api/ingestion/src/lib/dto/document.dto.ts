import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import {
  type AdminDocument,
  type AdminDocumentDetail,
  DOCUMENT_STATUSES,
  type DocumentPassage,
  type DocumentStatus,
  type Paginated,
  type PublicDocument,
} from '@portal/domain/content';
import { LOCALES, type Locale } from '@portal/domain/locales';
import { PageOfDto, PageQueryDto } from '@portal/api/common';
import { TEXT_FORMATS, type TextFormat } from '../extraction/document-format';

/** JSON upload; a multipart upload sends the same fields next to `file`. */
export class CreateDocumentDto {
  @ApiProperty({ minLength: 1, maxLength: 300 })
  @IsString()
  @Length(1, 300, { message: 'title must be 1 to 300 characters' })
  title!: string;

  @ApiPropertyOptional({ enum: LOCALES, description: 'detected from the text when missing' })
  @IsOptional()
  @IsIn(LOCALES, { message: `lang must be one of: ${LOCALES.join(', ')}` })
  lang?: Locale;

  @ApiPropertyOptional({ example: 'https://www.osce.org/odihr' })
  @IsOptional()
  @IsUrl(
    { require_protocol: true, protocols: ['http', 'https'] },
    { message: 'sourceUrl must be an http(s) URL' },
  )
  @MaxLength(2000)
  sourceUrl?: string;

  @ApiPropertyOptional({
    enum: TEXT_FORMATS,
    description: 'required with `content`; taken from the file name for uploads',
  })
  @IsOptional()
  @IsIn(TEXT_FORMATS, { message: `format must be one of: ${TEXT_FORMATS.join(', ')}` })
  format?: TextFormat;

  @ApiPropertyOptional({ description: 'the document text (JSON uploads)' })
  @IsOptional()
  @IsString()
  content?: string;
}

/** Several JSON uploads at once, stored all together or not at all. */
export class CreateDocumentBatchDto {
  @ApiProperty({ type: [CreateDocumentDto], minItems: 1, maxItems: 100 })
  @IsArray()
  @ArrayMinSize(1, { message: 'documents must hold 1 to 100 documents' })
  @ArrayMaxSize(100, { message: 'documents must hold 1 to 100 documents' })
  @ValidateNested({ each: true })
  @Type(() => CreateDocumentDto)
  documents!: CreateDocumentDto[];
}

export class DocumentListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: LOCALES })
  @IsOptional()
  @IsIn(LOCALES, { message: `lang must be one of: ${LOCALES.join(', ')}` })
  lang?: Locale;

  @ApiPropertyOptional({ enum: DOCUMENT_STATUSES })
  @IsOptional()
  @IsIn(DOCUMENT_STATUSES, { message: `status must be one of: ${DOCUMENT_STATUSES.join(', ')}` })
  status?: DocumentStatus;

  @ApiPropertyOptional({ description: 'words of the title' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}

export class DocumentSummaryDto implements AdminDocument {
  @ApiProperty() id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: LOCALES }) lang!: Locale;
  @ApiProperty({ enum: DOCUMENT_STATUSES }) status!: DocumentStatus;
  @ApiProperty({ description: 'number of passages' }) chunks!: number;
  @ApiPropertyOptional() sourceUrl?: string;
  @ApiPropertyOptional() failureReason?: string;
  @ApiProperty() format!: string;
  @ApiProperty() sizeBytes!: number;
  @ApiProperty() createdAt!: string;
}

export class PassageDto implements DocumentPassage {
  @ApiProperty({ example: 'p1' }) anchor!: string;
  @ApiPropertyOptional() heading?: string;
  @ApiProperty() text!: string;
}

export class AdminDocumentDetailDto extends DocumentSummaryDto implements AdminDocumentDetail {
  @ApiProperty({ type: [PassageDto] }) passages!: PassageDto[];
}

export class DocumentListDto
  extends PageOfDto(DocumentSummaryDto)
  implements Paginated<AdminDocument> {}

/** The documents of a batch upload, in the order they were sent. */
export class DocumentBatchDto {
  @ApiProperty({ type: [DocumentSummaryDto] }) items!: DocumentSummaryDto[];
}

export class PublicDocumentDto implements PublicDocument {
  @ApiProperty() id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: LOCALES }) lang!: Locale;
  @ApiPropertyOptional() sourceUrl?: string;
  @ApiProperty({ type: [PassageDto] }) passages!: PassageDto[];
}
