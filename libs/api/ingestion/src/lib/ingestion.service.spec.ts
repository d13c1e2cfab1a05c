import { DataSource } from 'typeorm';
import { AuditLogEntity, AuditService, AUTH_ENTITIES, AUTH_MIGRATIONS } from '@portal/api/auth';
import { ConflictError, DomainError, NotFoundError } from '@portal/api/common';
import { describeEachDatabase } from '@portal/api/database/testing';
import {
  SEARCH_ENTITIES,
  SEARCH_MIGRATIONS,
  SearchIndexer,
  SearchService,
} from '@portal/api/search';
import { minimalPdf } from './extraction/extraction.spec-helpers';
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

  it('keeps an unreadable file as failed with the reason', async () => {
    const doc = await service.ingest(
      { title: 'Broken', format: 'pdf', content: Buffer.from('not a pdf') },
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

  it('leaves nothing behind when indexing fails inside the transaction', async () => {
    const failing = new IngestionService(
      ds,
      Object.assign(new SearchIndexer(), {
        replaceItem: () => Promise.reject(new Error('index down')),
      }),
      new AuditService(ds.getRepository(AuditLogEntity)),
    );
    await expect(
      failing.ingest({ title: 'Atomic', format: 'text', content: 'Atomic text about police.' }),
    ).rejects.toThrow('index down');
    expect(await ds.getRepository(DocumentEntity).countBy({ title: 'Atomic' })).toBe(0);
  });
});
