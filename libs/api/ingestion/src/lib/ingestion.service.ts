import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import type { Paginated } from '@portal/domain/content';
import type { Locale } from '@portal/domain/locales';
import { AuditService, type AuthUser } from '@portal/api/auth';
import { ConflictError, DomainError, InvalidInputError, NotFoundError } from '@portal/api/common';
import { SearchIndexer } from '@portal/api/search';
import { chunkSections, type Passage } from './extraction/chunker';
import {
  MAX_DOCUMENT_BYTES,
  type DocumentFormat,
  type Section,
} from './extraction/document-format';
import { extractPdfSections } from './extraction/pdf-extractor';
import { extractSections } from './extraction/text-extractor';
import { DocumentChunkEntity } from './entities/document-chunk.entity';
import { DocumentEntity, type DocumentStatus } from './entities/document.entity';
import { detectLanguage } from './text/language-detector';
import type { DocumentSummaryDto, PublicDocumentDto } from './dto/document.dto';

export interface IngestInput {
  readonly title: string;
  readonly lang?: Locale;
  readonly sourceUrl?: string;
  readonly format: DocumentFormat;
  readonly content: string | Buffer;
  /** False: the document waits (`pending`) for an editor's approval before search sees it. */
  readonly approved?: boolean;
}

export interface DocumentFilter {
  readonly lang?: Locale;
  readonly status?: DocumentStatus;
  readonly q?: string;
  readonly page: number;
  readonly size: number;
}

/**
 * Documents -> text -> passages -> search index. A document, its passages and its index
 * rows are written in one transaction: after a crash it is either absent or whole, and
 * the assistant can quote it the moment the upload returns. Deleting it removes it from
 * search in the same transaction.
 */
@Injectable()
export class IngestionService {
  private readonly logger = new Logger('IngestionService');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly indexer: SearchIndexer,
    private readonly audit: AuditService,
  ) {}

  /** `ip`: the uploader's address, for the audit log (none for tools and seeding). */
  async ingest(input: IngestInput, actor?: AuthUser, ip?: string): Promise<DocumentSummaryDto> {
    const bytes =
      typeof input.content === 'string' ? Buffer.byteLength(input.content) : input.content.length;
    if (bytes > MAX_DOCUMENT_BYTES) {
      throw new DomainError(
        'payload-too-large',
        `The document is larger than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB`,
      );
    }
    if (bytes === 0) throw InvalidInputError.field('content', 'the document is empty');
    const title = input.title.trim();
    if (!title) throw InvalidInputError.field('title', 'must not be empty');

    let sections: Section[] = [];
    let failure: string | undefined;
    try {
      sections =
        input.format === 'pdf'
          ? await extractPdfSections(
              typeof input.content === 'string' ? Buffer.from(input.content) : input.content,
            )
          : extractSections(input.format, input.content.toString());
    } catch (e) {
      failure = `The ${input.format} file could not be read: ${(e as Error).message}`;
    }
    const text = sections
      .map((s) => `${s.heading ?? ''}\n${s.text}`)
      .join('\n')
      .trim();
    if (!failure && !text) failure = 'No text could be extracted (a scanned PDF needs OCR first)';
    const passages: Passage[] = failure ? [] : await chunkSections(sections);
    const lang = input.lang ?? detectLanguage(`${title}\n${text}`);
    const hash = createHash('sha256')
      .update(
        failure
          ? typeof input.content === 'string'
            ? input.content
            : input.content
          : text.replace(/\s+/g, ' '),
      )
      .digest('hex');

    try {
      return await this.dataSource.transaction(async (manager) => {
        const existing = await manager.findOne(DocumentEntity, { where: { contentHash: hash } });
        if (existing) throw this.duplicate(existing);
        const doc = await manager.save(
          manager.create(DocumentEntity, {
            title,
            lang,
            sourceUrl: input.sourceUrl ?? null,
            format: input.format,
            contentHash: hash,
            status: failure ? 'failed' : input.approved === false ? 'pending' : 'indexed',
            failureReason: failure ?? null,
            sizeBytes: bytes,
            chunkCount: passages.length,
            createdBy: actor?.email ?? null,
          }),
        );
        if (passages.length > 0) {
          await manager.insert(
            DocumentChunkEntity,
            passages.map((p, i) => ({
              documentId: doc.id,
              position: i + 1,
              anchor: p.anchor,
              heading: p.heading ?? null,
              text: p.text,
            })),
          );
          if (doc.status === 'indexed') await this.index(manager, doc, passages);
        }
        await this.audit.record(
          {
            actor: actor ? { id: actor.id, email: actor.email } : null,
            action: 'document.create',
            itemType: 'document',
            itemId: doc.id,
            ip,
            details: { title, lang, status: doc.status, chunks: passages.length },
          },
          manager,
        );
        return toSummary(doc);
      });
    } catch (e) {
      // Two uploads of the same text at once: the unique index decides, the loser gets 409.
      if (
        e instanceof QueryFailedError &&
        /ingested_document_hash_uq|duplicate key/.test(e.message)
      ) {
        const existing = await this.dataSource
          .getRepository(DocumentEntity)
          .findOne({ where: { contentHash: hash } });
        if (existing) throw this.duplicate(existing);
      }
      throw e;
    }
  }

  async list(filter: DocumentFilter): Promise<Paginated<DocumentSummaryDto>> {
    const qb = this.dataSource.getRepository(DocumentEntity).createQueryBuilder('d');
    if (filter.lang) qb.andWhere('d.lang = :lang', { lang: filter.lang });
    if (filter.status) qb.andWhere('d.status = :status', { status: filter.status });
    if (filter.q)
      qb.andWhere('d.title ILIKE :q', { q: `%${filter.q.replace(/[%_\\]/g, '\\$&')}%` });
    const [rows, total] = await qb
      .orderBy('d.createdAt', 'DESC')
      .addOrderBy('d.id', 'ASC')
      .skip((filter.page - 1) * filter.size)
      .take(filter.size)
      .getManyAndCount();
    return { items: rows.map(toSummary), total, page: filter.page, size: filter.size };
  }

  async get(id: string): Promise<DocumentSummaryDto & { passages: Passage[] }> {
    const doc = await this.find(id);
    return { ...toSummary(doc), passages: await this.passages(doc.id) };
  }

  /** The public view: indexed documents only. */
  async getPublic(id: string): Promise<PublicDocumentDto> {
    const doc = await this.find(id);
    if (doc.status !== 'indexed') throw new NotFoundError(`Document ${id}`);
    return {
      id: doc.id,
      title: doc.title,
      lang: doc.lang,
      ...(doc.sourceUrl ? { sourceUrl: doc.sourceUrl } : {}),
      passages: await this.passages(doc.id),
    };
  }

  /** Puts a pending document into search, so the assistant may quote it and the public see it. */
  async approve(id: string, actor: AuthUser, ip?: string): Promise<DocumentSummaryDto> {
    await this.find(id);
    return this.dataSource.transaction(async (manager) => {
      const doc = await manager.findOne(DocumentEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!doc) throw new NotFoundError(`Document ${id}`);
      if (doc.status !== 'pending') {
        throw new ConflictError(`The document is ${doc.status}, not waiting for approval`);
      }
      doc.status = 'indexed';
      await manager.save(doc);
      await this.index(manager, doc, await this.passages(doc.id, manager));
      await this.audit.record(
        {
          actor: { id: actor.id, email: actor.email },
          action: 'document.approve',
          itemType: 'document',
          itemId: id,
          ip,
          details: { title: doc.title },
        },
        manager,
      );
      return toSummary(doc);
    });
  }

  async remove(id: string, actor?: AuthUser, ip?: string): Promise<void> {
    await this.find(id);
    await this.dataSource.transaction(async (manager) => {
      await this.indexer.removeItem(manager, 'document', id);
      await manager.delete(DocumentEntity, { id });
      await this.audit.record(
        {
          actor: actor ? { id: actor.id, email: actor.email } : null,
          action: 'document.delete',
          itemType: 'document',
          itemId: id,
          ip,
        },
        manager,
      );
    });
    this.logger.log(`document ${id} deleted`);
  }

  private async index(
    manager: EntityManager,
    doc: DocumentEntity,
    passages: readonly Passage[],
  ): Promise<void> {
    await this.indexer.replaceItem(manager, {
      type: 'document',
      itemId: doc.id,
      entries: [
        {
          locale: doc.lang,
          title: doc.title,
          url: `/${doc.lang}/documents/${doc.id}`,
          passages: passages.map((p) => ({ anchor: p.anchor, heading: p.heading, text: p.text })),
          updatedAt: doc.updatedAt ?? new Date(),
        },
      ],
    });
  }

  private async find(id: string): Promise<DocumentEntity> {
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) {
      throw new NotFoundError(`Document ${id}`);
    }
    const doc = await this.dataSource.getRepository(DocumentEntity).findOne({ where: { id } });
    if (!doc) throw new NotFoundError(`Document ${id}`);
    return doc;
  }

  private async passages(
    documentId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Passage[]> {
    const chunks = await manager
      .getRepository(DocumentChunkEntity)
      .find({ where: { documentId }, order: { position: 'ASC' } });
    return chunks.map((c) => ({
      anchor: c.anchor,
      ...(c.heading ? { heading: c.heading } : {}),
      text: c.text,
    }));
  }

  private duplicate(existing: DocumentEntity): ConflictError {
    return new ConflictError(`A document with the same text already exists: "${existing.title}"`, {
      existingId: existing.id,
    });
  }
}

function toSummary(doc: DocumentEntity): DocumentSummaryDto {
  return {
    id: doc.id,
    title: doc.title,
    lang: doc.lang,
    status: doc.status,
    chunks: doc.chunkCount,
    format: doc.format,
    sizeBytes: doc.sizeBytes,
    createdAt: (doc.createdAt ?? new Date()).toISOString(),
    ...(doc.sourceUrl ? { sourceUrl: doc.sourceUrl } : {}),
    ...(doc.failureReason ? { failureReason: doc.failureReason } : {}),
  };
}
