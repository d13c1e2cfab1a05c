import { DataSource } from 'typeorm';
import { AuditLogEntity, AuditService, AUTH_ENTITIES, AUTH_MIGRATIONS } from '@portal/api/auth';
import { ConflictError, DomainError, InvalidInputError, NotFoundError } from '@portal/api/common';
import { describeEachDatabase } from '@portal/api/database/testing';
import {
  SEARCH_ENTITIES,
  SEARCH_MIGRATIONS,
  SearchIndexer,
  SearchService,
} from '@portal/api/search';
import { minimalPdf } from './extraction/extraction.spec-helpers';
import { DocumentReader } from './extraction/document-reader';
import { DocumentChunkEntity } from './entities/document-chunk.entity';
import { DocumentEntity } from './entities/document.entity';
import { IngestionService } from './ingestion.service';
import { IngestionSchema1764304000000 } from './migrations/1764304000000-ingestion-schema';
import { DocumentPendingStatus1764313000001 } from './migrations/1764313000001-document-pending-status';

const schema = {
  entities: [...SEARCH_ENTITIES, ...AUTH_ENTITIES, DocumentEntity, DocumentChunkEntity],
  migrations: [
    ...SEARCH_MIGRATIONS,
    ...AUTH_MIGRATIONS,
    IngestionSchema1764304000000,
    DocumentPendingStatus1764313000001,
  ],
};

const editor = {
  id: '00000000-0000-4000-8000-000000000001',
  email: 'ed@example.org',
  role: 'editor' as const,
};

const MARKDOWN = `# The Strategic Police Matters Unit

The Strategic Police Matters Unit (SPMU) is part of the Transnational Threats Department of the OSCE Secretariat in Vienna.

## Network

The SPMU maintains a network of police experts in the field operations.
`;

describeEachDatabase('ingestion', schema, (db) => {
  let ds: DataSource;
  let service: IngestionService;
  let search: SearchService;

  // The worker that reads documents compiles from source first: outside the timed tests.
  beforeAll(() => DocumentReader.shared().start(), 120_000);

  beforeAll(() => {
    ds = db.dataSource();
    service = new IngestionService(
      ds,
      new SearchIndexer(),
      new AuditService(ds.getRepository(AuditLogEntity)),
    );
    search = new SearchService(ds);
  });

  it('stores, chunks and indexes a markdown document, detecting its language', async () => {
    const doc = await service.ingest(
      { title: 'SPMU', format: 'markdown', content: MARKDOWN },
      editor,
    );
    expect(doc).toMatchObject({ title: 'SPMU', lang: 'en', status: 'indexed', chunks: 2 });
    const found = await search.retrieve({ query: 'police experts network', lang: 'en', limit: 5 });
    expect(found[0]).toMatchObject({
      type: 'document',
      documentId: doc.id,
      anchor: 'p2',
      heading: 'Network',
    });
    const pub = await service.getPublic(doc.id);
    expect(pub.passages[0]).toMatchObject({
      anchor: 'p1',
      heading: 'The Strategic Police Matters Unit',
    });
  });

  it('refuses the same text twice with 409 naming the existing document', async () => {
    const error = await service
      .ingest({ title: 'Again', format: 'markdown', content: MARKDOWN }, editor)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).extra['existingId']).toBeDefined();
  });

  it('reads a PDF upload', async () => {
    const pdf = minimalPdf([
      { text: 'Polizia di prossimita', size: 20 },
      { text: 'La Missione forma gli agenti di polizia del Kosovo.', size: 11 },
    ]);
    const doc = await service.ingest({ title: 'Kosovo', format: 'pdf', content: pdf }, editor);
    expect(doc).toMatchObject({ lang: 'it', status: 'indexed', chunks: 1 });
  }, 60_000);

  it('refuses bytes that are not the declared format with 415 naming the field', async () => {
    const error = await service
      .ingest({ title: 'Broken', format: 'pdf', content: Buffer.from('not a pdf') }, editor)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).kind).toBe('unsupported-media-type');
    expect((error as DomainError).details[0]?.path).toBe('content');
  });

  it('keeps an unreadable file as failed with the reason', async () => {
    const doc = await service.ingest(
      { title: 'Broken', format: 'pdf', content: Buffer.from('%PDF-1.4\nnot really a pdf') },
      editor,
    );
    expect(doc.status).toBe('failed');
    expect(doc.failureReason).toMatch(/could not be read/);
    await expect(service.getPublic(doc.id)).rejects.toBeInstanceOf(NotFoundError);
  }, 60_000);

  it('rejects documents over 20 MB', async () => {
    const error = await service
      .ingest({ title: 'Big', format: 'text', content: Buffer.alloc(20 * 1024 * 1024 + 1, 97) })
      .catch((e: unknown) => e);
    expect((error as DomainError).kind).toBe('payload-too-large');
  });

  it('lists with filters and deletes from search at once', async () => {
    const list = await service.list({ page: 1, size: 10, status: 'indexed' });
    expect(list.items.map((d) => d.title).sort()).toEqual(['Kosovo', 'SPMU']);
    const spmu = list.items.find((d) => d.title === 'SPMU');
    await service.remove(spmu?.id ?? '', editor);
    const found = await search.retrieve({ query: 'police experts network', lang: 'en', limit: 5 });
    expect(found.filter((p) => p.documentId === spmu?.id)).toEqual([]);
    expect(
      await ds.getRepository(DocumentChunkEntity).countBy({ documentId: spmu?.id ?? '' }),
    ).toBe(0);
    await expect(service.get(spmu?.id ?? '')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('keeps an unapproved upload out of search and public view until it is approved', async () => {
    const contributor = {
      ...editor,
      id: '00000000-0000-4000-8000-000000000002',
      role: 'contributor' as const,
    };
    const doc = await service.ingest(
      {
        title: 'Community policing note',
        format: 'text',
        content: 'Community policing patrols in Bishkek meet residents every week.',
        approved: false,
      },
      contributor,
    );
    expect(doc).toMatchObject({ status: 'pending', chunks: 1 });
    const query = { query: 'community policing patrols Bishkek', lang: 'en' as const, limit: 5 };
    const unseen = await search.retrieve(query);
    expect(unseen.filter((p) => p.documentId === doc.id)).toEqual([]);
    await expect(service.getPublic(doc.id)).rejects.toBeInstanceOf(NotFoundError);

    const approved = await service.approve(doc.id, editor);
    expect(approved.status).toBe('indexed');
    const seen = await search.retrieve(query);
    expect(seen.map((p) => p.documentId)).toContain(doc.id);
    await expect(service.getPublic(doc.id)).resolves.toMatchObject({ id: doc.id });
    await expect(service.approve(doc.id, editor)).rejects.toBeInstanceOf(ConflictError);
  });

  /** Rows a document may leave anywhere: its row, passages, index rows and audit entries. */
  const traces = async (title: string) => {
    const [row] = await ds.query(
      `SELECT
         (SELECT count(*)::int FROM ingested_document WHERE title = $1) AS documents,
         (SELECT count(*)::int FROM search_item WHERE title = $1) AS items,
         (SELECT count(*)::int FROM search_passage WHERE title = $1) AS passages,
         (SELECT count(*)::int FROM audit_log WHERE details->>'title' = $1) AS audit`,
      [title],
    );
    return row;
  };
  const none = { documents: 0, items: 0, passages: 0, audit: 0 };

  it('leaves nothing behind when the database refuses the index rows mid-way', async () => {
    // A real failure after the document and its passages were written: the index refuses
    // passages holding a marker word.
    await ds.query(
      `ALTER TABLE search_passage ADD CONSTRAINT no_marker CHECK (body NOT LIKE '%zzrefusedzz%')`,
    );
    try {
      const error = await service
        .ingest({
          title: 'Atomic',
          format: 'markdown',
          content: '# Atomic\n\nFirst part about police.\n\n## Second\n\nThis zzrefusedzz part.',
        })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Error);
      expect(await traces('Atomic')).toEqual(none);
      const stats = await ds.query(
        `SELECT count(*)::int AS n FROM search_vocabulary WHERE word = 'zzrefusedzz'`,
      );
      expect(stats[0].n).toBe(0);
    } finally {
      await ds.query('ALTER TABLE search_passage DROP CONSTRAINT no_marker');
    }
  });

  const report = (n: number, extra = '') => ({
    title: `Patrol report ${n}`,
    format: 'markdown' as const,
    content: `# Patrol report ${n}\n\nNight patrol ${n} crossed the river district.${extra}\n\n## Findings\n\nLanterns ${n} were checked along the quay.`,
  });

  it('stores a batch of documents together, each searchable and audited', async () => {
    const docs = await service.ingestMany([report(1), report(2), report(3)], editor, '10.0.0.7');
    expect(docs.map((d) => [d.title, d.status, d.chunks, d.lang])).toEqual([
      ['Patrol report 1', 'indexed', 2, 'en'],
      ['Patrol report 2', 'indexed', 2, 'en'],
      ['Patrol report 3', 'indexed', 2, 'en'],
    ]);
    expect(new Set(docs.map((d) => d.id)).size).toBe(3);
    for (const n of [1, 2, 3]) {
      expect(await traces(`Patrol report ${n}`)).toEqual({
        documents: 1,
        items: 1,
        passages: 2,
        audit: 1,
      });
    }
    const found = await search.retrieve({ query: 'lanterns quay', lang: 'en', limit: 10 });
    expect(new Set(found.map((p) => p.documentId))).toEqual(new Set(docs.map((d) => d.id)));
    expect((await service.get(docs[1].id)).passages[1]).toMatchObject({ heading: 'Findings' });
  });

  it('stores none of a batch when one of its documents is a duplicate', async () => {
    const error = await service
      .ingestMany([report(4), report(5), report(2)], editor)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect(await traces('Patrol report 4')).toEqual(none);
    expect(await traces('Patrol report 5')).toEqual(none);
    const twice = await service.ingestMany([report(6), report(6)]).catch((e: unknown) => e);
    expect(twice).toBeInstanceOf(ConflictError);
    expect(await traces('Patrol report 6')).toEqual(none);
  });

  it('stores none of a batch when the database refuses one document mid-way', async () => {
    await ds.query(
      `ALTER TABLE search_passage ADD CONSTRAINT no_marker CHECK (body NOT LIKE '%zzrefusedzz%')`,
    );
    try {
      await expect(
        service.ingestMany([report(7), report(8, ' zzrefusedzz'), report(9)], editor),
      ).rejects.toThrow();
    } finally {
      await ds.query('ALTER TABLE search_passage DROP CONSTRAINT no_marker');
    }
    for (const n of [7, 8, 9]) expect(await traces(`Patrol report ${n}`)).toEqual(none);
    // The same batch goes through once the database accepts it.
    const docs = await service.ingestMany([report(7), report(8, ' zzrefusedzz'), report(9)]);
    expect(docs).toHaveLength(3);
  });

  it('names the field of the document at fault in a batch, and refuses an empty batch', async () => {
    const error = await service
      .ingestMany([report(10), { ...report(11), title: '  ' }])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).details[0].path).toBe('documents.1.title');
    const empty = await service.ingestMany([]).catch((e: unknown) => e);
    expect((empty as InvalidInputError).details[0].path).toBe('documents');
    expect(await traces('Patrol report 10')).toEqual(none);
  });
});
