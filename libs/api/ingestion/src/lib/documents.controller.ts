import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Post,
  Query,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { AdminRoute, CurrentUser, type AuthUser } from '@portal/api/auth';
import { ClientIp, DomainError, InvalidInputError, LangQueryDto } from '@portal/api/common';
import {
  CreateDocumentBatchDto,
  CreateDocumentDto,
  DocumentListQueryDto,
  DocumentSummaryDto,
  PublicDocumentDto,
} from './dto/document.dto';
import { formatOfFile, MAX_DOCUMENT_BYTES, type TextFormat } from './extraction/document-format';
import { IngestionService } from './ingestion.service';

interface UploadedDocumentFile {
  readonly originalname: string;
  readonly mimetype?: string;
  readonly buffer: Buffer;
  readonly size: number;
}

@ApiTags('documents')
@Controller('admin/documents')
@AdminRoute('editor')
export class AdminDocumentsController {
  constructor(private readonly ingestion: IngestionService) {}

  @Post()
  @ApiConsumes('application/json', 'multipart/form-data')
  @ApiBody({ type: CreateDocumentDto })
  // Multer keeps at most 20 MB (+1 byte to detect "larger") in memory; larger uploads are cut off with 413.
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_DOCUMENT_BYTES, files: 1 } }))
  create(
    @Body() body: CreateDocumentDto,
    @UploadedFile() file: UploadedDocumentFile | undefined,
    @CurrentUser() user: AuthUser,
    @ClientIp() ip: string,
  ): Promise<DocumentSummaryDto> {
    if (file) {
      const format = formatOfFile(file.originalname);
      if (!format) {
        throw new DomainError(
          'unsupported-media-type',
          `Unsupported file type "${file.originalname}": use .md, .html, .txt or .pdf`,
        );
      }
      const source = { field: 'file', name: file.originalname, mediaType: file.mimetype };
      return this.ingestion.ingest({ ...body, format, content: file.buffer, source }, user, ip);
    }
    if (body.content === undefined)
      throw InvalidInputError.field('content', 'send content (with format) or a file');
    if (!body.format)
      throw InvalidInputError.field('format', 'must be one of: markdown, html, text');
    return this.ingestion.ingest({ ...body, format: body.format, content: body.content }, user, ip);
  }

  /** Up to 100 JSON documents in one transaction: all stored and indexed, or none. */
  @Post('batch')
  @ApiBody({ type: CreateDocumentBatchDto })
  async createMany(
    @Body() body: CreateDocumentBatchDto,
    @CurrentUser() user: AuthUser,
    @ClientIp() ip: string,
  ): Promise<{ items: DocumentSummaryDto[] }> {
    const items = await this.ingestion.ingestMany(
      body.documents.map((d) => ({
        title: d.title,
        lang: d.lang,
        sourceUrl: d.sourceUrl,
        format: d.format as TextFormat,
        content: d.content as string,
      })),
      user,
      ip,
    );
    return { items };
  }

  @Get()
  list(@Query() query: DocumentListQueryDto) {
    return this.ingestion.list(query);
  }

  @Get(':id')
  get(@Param('id') id: string) {
    return this.ingestion.get(id);
  }

  @Delete(':id')
  @HttpCode(204)
  async remove(
    @Param('id') id: string,
    @CurrentUser() user: AuthUser,
    @ClientIp() ip: string,
  ): Promise<void> {
    await this.ingestion.remove(id, user, ip);
  }
}

@ApiTags('documents')
@Controller('documents')
export class PublicDocumentsController {
  constructor(private readonly ingestion: IngestionService) {}

  /** `lang` is accepted for symmetry with other pages; a document has the one language it was written in. */
  @Get(':id')
  get(@Param('id') id: string, @Query() _query: LangQueryDto): Promise<PublicDocumentDto> {
    return this.ingestion.getPublic(id);
  }
}
