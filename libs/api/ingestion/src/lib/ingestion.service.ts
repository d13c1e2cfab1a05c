import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, QueryFailedError } from 'typeorm';
import type { AdminDocumentDetail, DocumentStatus, Paginated } from '@portal/domain/content';
import type { Locale } from '@portal/domain/locales';
import { AuditService, type AuthUser } from '@portal/api/auth';
import { ConflictError, DomainError, InvalidInputError, NotFoundError } from '@portal/api/common';
import { SearchIndexer, type IndexItem } from '@portal/api/search';
import type { Passage } from './extraction/chunker';
import { checkContent } from './extraction/content-sniffer';
import {
  MAX_DOCUMENT_BYTES,
  type DocumentFormat,
  type DocumentSource,
} from './extraction/document-format';
import { DocumentReader } from './extraction/document-reader';
import { DocumentChunkEntity } from './entities/document-chunk.entity';
import { DocumentEntity } from './entities/document.entity';
import type { DocumentSummaryDto, PublicDocumentDto } from './dto/document.dto';

export interface IngestInput {
  readonly title: string;
  readonly lang?: Locale;
  readonly sourceUrl?: string;
  readonly format: DocumentFormat;
  readonly content: string | Buffer;
  /** The upload's field and file name, for messages; JSON content is named by its title. */
  readonly source?: DocumentSource;
  /** False: the document waits (`pending`) for an editor's approval before search sees it. */
  readonly approved?: boolean;
}

/** Most documents one batch upload may carry (the admin JSON body limit bounds it too). */
export const MAX_BATCH_DOCUMENTS = 100;
const CHUNK_ROWS_PER_INSERT = 500;

/** An upload read and cut into passages, ready to be written. */
interface Prepared {
  readonly input: IngestInput;
  readonly title: string;
  readonly lang: Locale;
  readonly bytes: number;
  readonly failure?: string;
  readonly passages: readonly Passage[];
  readonly hash: string;
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
 * search in the same transaction. The bytes are read in the document reader's worker;
 * this thread only checks what they are and stores what came out.
 */
@Injectable()
export class IngestionService {
  private readonly logger = new Logger('IngestionService');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly indexer: SearchIndexer,
    private readonly audit: AuditService,
    // Built by hand (scripts, other libraries' tests), the service shares one reader.
    private readonly reader: DocumentReader = DocumentReader.shared(),
  ) {}

  /** `ip`: the uploader's address, for the audit log (none for tools and seeding). */
  async ingest(input: IngestInput, actor?: AuthUser, ip?: string): Promise<DocumentSummaryDto> {
    const [doc] = await this.store([await this.prepare(input, '')], actor, ip);
    return doc;
  }

  /**
   * Many documents in one transaction: their rows, passages and index entries written with
   * a few multi-row statements and the index statistics updated once. All or nothing: if
   * any document cannot be stored (a duplicate, a database error), none is.
   */
  async ingestMany(
    inputs: readonly IngestInput[],
    actor?: AuthUser,
    ip?: string,
  ): Promise<DocumentSummaryDto[]> {
    if (inputs.length < 1 || inputs.length > MAX_BATCH_DOCUMENTS) {
      throw InvalidInputError.field(
        'documents',
        `send 1 to ${MAX_BATCH_DOCUMENTS} documents in one batch`,
      );
    }
    const prepared: Prepared[] = [];
    for (const [i, input] of inputs.entries()) {
      prepared.push(await this.prepare(input, `documents.${i}.`));
    }
    const seen = new Map<string, number>();
    prepared.forEach((p, i) => {
      const first = seen.get(p.hash);
      if (first !== undefined) {
        throw new ConflictError(`Documents ${first} and ${i} of the batch have the same text`, {
          field: `documents.${i}.content`,
        });
      }
      seen.set(p.hash, i);
    });
    return this.store(prepared, actor, ip);
  }

  /** Validates, extracts and chunks one upload; errors name `prefix` + the field. */
  private async prepare(input: IngestInput, prefix: string): Promise<Prepared> {
    if (input.content === undefined || input.content === null) {
      throw InvalidInputError.field(`${prefix}content`, 'send content (with format) or a file');
    }
    if (!input.format) {
      throw InvalidInputError.field(`${prefix}format`, 'must be one of: markdown, html, text');
    }
    const bytes =
      typeof input.content === 'string' ? Buffer.byteLength(input.content) : input.content.length;
    if (bytes > MAX_DOCUMENT_BYTES) {
      throw new DomainError(
        'payload-too-large',
        `The document ${prefix ? `${prefix.slice(0, -1)} ` : ''}is larger than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB`,
      );
    }
    if (bytes === 0) throw InvalidInputError.field(`${prefix}content`, 'the document is empty');
    const title = typeof input.title === 'string' ? input.title.trim() : '';
    if (!title) throw InvalidInputError.field(`${prefix}title`, 'must not be empty');

    const content =
      typeof input.content === 'string' ? Buffer.from(input.content, 'utf8') : input.content;
    const source = input.source ?? { field: `${prefix}content`, name: title };
    checkContent(input.format, content, source);
    const {
      passages,
      lang,
      contentHash: hash,
      failure,
    } = await this.reader.read(
      { format: input.format, bytes: content, title, lang: input.lang },
      source,
    );
    return { input, title, lang, bytes, failure, passages, hash };
  }

  /** Writes prepared documents, their passages and index entries in one transaction. */
  private async store(
    prepared: readonly Prepared[],
    actor?: AuthUser,
    ip?: string,
  ): Promise<DocumentSummaryDto[]> {
    const hashes = prepared.map((p) => p.hash);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const existing = await manager.find(DocumentEntity, {
          where: { contentHash: In(hashes) },
        });
        if (existing.length > 0) throw this.duplicate(existing[0]);
        const docs = prepared.map((p) =>
          manager.create(DocumentEntity, {
            title: p.title,
            lang: p.lang,
            sourceUrl: p.input.sourceUrl ?? null,
            format: p.input.format,
            contentHash: p.hash,
            status: p.failure ? 'failed' : p.input.approved === false ? 'pending' : 'indexed',
            failureReason: p.failure ?? null,
            sizeBytes: p.bytes,
            chunkCount: p.passages.length,
            createdBy: actor?.email ?? null,
          }),
        );
        await manager.insert(DocumentEntity, docs);
        const chunks = docs.flatMap((doc, i) =>
          prepared[i].passages.map((p, j) => ({
            documentId: doc.id,
            position: j + 1,
            anchor: p.anchor,
            heading: p.heading ?? null,
            text: p.text,
          })),
        );
        // Many small rows: a few statements of at most CHUNK_ROWS_PER_INSERT rows each.
        for (let i = 0; i < chunks.length; i += CHUNK_ROWS_PER_INSERT) {
          await manager.insert(DocumentChunkEntity, chunks.slice(i, i + CHUNK_ROWS_PER_INSERT));
        }
        await this.indexer.replaceItems(
          manager,
          docs.flatMap((doc, i) =>
            prepared[i].passages.length > 0 && doc.status === 'indexed'
              ? [this.indexItem(doc, prepared[i].passages)]
              : [],
          ),
        );
        for (const doc of docs) {
          await this.audit.record(
            {
              actor: actor ? { id: actor.id, email: actor.email } : null,
              action: 'document.create',
              itemType: 'document',
              itemId: doc.id,
              ip,
              details: {
                title: doc.title,
                lang: doc.lang,
                status: doc.status,
                chunks: doc.chunkCount,
              },
            },
            manager,
          );
        }
        return docs.map(toSummary);
      });
    } catch (e) {
      // Two uploads of the same text at once: the unique index decides, the loser gets 409.
      if (
        e instanceof QueryFailedError &&
        /ingested_document_hash_uq|duplicate key/.test(e.message)
      ) {
        const existing = await this.dataSource
          .getRepository(DocumentEntity)
          .findOne({ where: { contentHash: In(hashes) } });
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

  async get(id: string): Promise<AdminDocumentDetail> {
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
      await this.indexer.replaceItems(manager, [
        this.indexItem(doc, await this.passages(doc.id, manager)),
      ]);
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

  private indexItem(doc: DocumentEntity, passages: readonly Passage[]): IndexItem {
    return {
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
    };
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
