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
import {
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { AdminRoute, can, CurrentUser, type AuthUser } from '@portal/api/auth';
import { ClientIp, DomainError, InvalidInputError, LangQueryDto } from '@portal/api/common';
import type {
  AdminDocument,
  AdminDocumentDetail,
  Paginated,
  PublicDocument,
} from '@portal/domain/content';
import {
  AdminDocumentDetailDto,
  CreateDocumentBatchDto,
  CreateDocumentDto,
  DocumentBatchDto,
  DocumentListDto,
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
export class AdminDocumentsController {
  constructor(private readonly ingestion: IngestionService) {}

  @Post()
  @AdminRoute('documents.upload')
  @ApiCreatedResponse({ type: DocumentSummaryDto })
  @ApiConsumes('application/json', 'multipart/form-data')
  @ApiBody({ type: CreateDocumentDto })
  // Multer keeps at most 20 MB (+1 byte to detect "larger") in memory; larger uploads are cut off with 413.
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_DOCUMENT_BYTES, files: 1 } }))
  create(
    @Body() body: CreateDocumentDto,
    @UploadedFile() file: UploadedDocumentFile | undefined,
    @CurrentUser() user: AuthUser,
    @ClientIp() ip: string,
  ): Promise<AdminDocument> {
    // An upload by someone who may not approve waits for someone who may.
    const approved = can(user.role, 'documents.approve');
    if (file) {
      const format = formatOfFile(file.originalname);
      if (!format) {
        throw new DomainError(
          'unsupported-media-type',
          `Unsupported file type "${file.originalname}": use .md, .html, .txt or .pdf`,
        );
      }
      const source = { field: 'file', name: file.originalname, mediaType: file.mimetype };
      return this.ingestion.ingest(
        { ...body, format, content: file.buffer, source, approved },
        user,
        ip,
      );
    }
    if (body.content === undefined)
      throw InvalidInputError.field('content', 'send content (with format) or a file');
    if (!body.format)
      throw InvalidInputError.field('format', 'must be one of: markdown, html, text');
    return this.ingestion.ingest(
      { ...body, format: body.format, content: body.content, approved },
      user,
      ip,
    );
  }

  /** Up to 100 JSON documents in one transaction: all stored and indexed, or none. */
  @Post('batch')
  @AdminRoute('documents.upload')
  @ApiBody({ type: CreateDocumentBatchDto })
  @ApiCreatedResponse({ type: DocumentBatchDto })
  async createMany(
    @Body() body: CreateDocumentBatchDto,
    @CurrentUser() user: AuthUser,
    @ClientIp() ip: string,
  ): Promise<{ items: AdminDocument[] }> {
    const items = await this.ingestion.ingestMany(
      body.documents.map((d) => ({
        title: d.title,
        lang: d.lang,
        sourceUrl: d.sourceUrl,
        format: d.format as TextFormat,
        content: d.content as string,
        approved: can(user.role, 'documents.approve'),
      })),
      user,
      ip,
    );
    return { items };
  }

  @Get()
  @AdminRoute('documents.read')
  @ApiOkResponse({ type: DocumentListDto })
  list(@Query() query: DocumentListQueryDto): Promise<Paginated<AdminDocument>> {
    return this.ingestion.list(query);
  }

  @Get(':id')
  @AdminRoute('documents.read')
  @ApiOkResponse({ type: AdminDocumentDetailDto })
  get(@Param('id') id: string): Promise<AdminDocumentDetail> {
    return this.ingestion.get(id);
  }

  @Post(':id/approve')
  @AdminRoute('documents.approve')
  @HttpCode(200)
  @ApiOkResponse({ type: DocumentSummaryDto })
  @ApiConflictResponse({ description: 'The document is not waiting for approval' })
  approve(
    @Param('id') id: string,
    @CurrentUser() user: AuthUser,
    @ClientIp() ip: string,
  ): Promise<AdminDocument> {
    return this.ingestion.approve(id, user, ip);
  }

  @Delete(':id')
  @AdminRoute('documents.delete')
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
  @ApiOkResponse({ type: PublicDocumentDto })
  get(@Param('id') id: string, @Query() _query: LangQueryDto): Promise<PublicDocument> {
    return this.ingestion.getPublic(id);
  }
}
