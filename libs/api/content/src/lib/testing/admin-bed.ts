import type { DataSource } from 'typeorm';
import { AUTH_ENTITIES, AUTH_MIGRATIONS, AuditLogEntity, AuditService } from '@portal/api/auth';
import {
  SEARCH_ENTITIES,
  SEARCH_MIGRATIONS,
  SearchIndexer,
  SearchService,
} from '@portal/api/search';
import { CONTENT_ENTITIES, CONTENT_MIGRATIONS } from '../content.schema';
import type { Actor } from '../content.types';
import { ContentAdminService } from '../services/content-admin.service';
import { ContentIndexService } from '../services/content-index.service';
import { ContentPublicService } from '../services/content-public.service';
import { ScheduledPublisher } from '../services/scheduled-publisher.service';
import { RecordingAuditWriter, RecordingIndexWriter } from './recording-writers';

/** Content with the search index and the audit log it writes to, migrated together. */
export const CONTENT_ADMIN_SCHEMA = {
  entities: [...CONTENT_ENTITIES, ...AUTH_ENTITIES, ...SEARCH_ENTITIES],
  migrations: [...CONTENT_MIGRATIONS, ...AUTH_MIGRATIONS, ...SEARCH_MIGRATIONS],
};

export const editor: Actor = {
  id: '00000000-0000-4000-8000-000000000001',
  email: 'editor@example.org',
  role: 'editor',
  ip: '10.0.0.1',
};

/** A second editor, who saves in between or reads another's history. */
export const otherEditor: Actor = {
  id: '00000000-0000-4000-8000-000000000002',
  email: 'other@example.org',
  role: 'editor',
  ip: '10.0.0.2',
};

/** The editorial service with what it writes through recorded, and the readers of its work. */
export interface ContentAdminBed {
  readonly index: RecordingIndexWriter;
  readonly audit: RecordingAuditWriter;
  readonly search: SearchService;
  readonly admin: ContentAdminService;
  readonly site: ContentPublicService;
  readonly scheduler: ScheduledPublisher;
}

/**
 * Fresh services (and empty recordings) before each test, over the suite's database; the
 * hook is the test runner's `beforeEach`.
 */
export function contentAdminBed(
  db: { dataSource(): DataSource },
  beforeEachTest: (setUp: () => void) => void,
): ContentAdminBed {
  let current: ContentAdminBed | undefined;
  beforeEachTest(() => {
    const dataSource = db.dataSource();
    const index = new RecordingIndexWriter(new SearchIndexer());
    const audit = new RecordingAuditWriter(
      new AuditService(dataSource.getRepository(AuditLogEntity)),
    );
    const indexer = new ContentIndexService(index);
    current = {
      index,
      audit,
      search: new SearchService(dataSource),
      admin: new ContentAdminService(dataSource, indexer, audit),
      site: new ContentPublicService(dataSource),
      scheduler: new ScheduledPublisher(dataSource, indexer, audit),
    };
  });
  const bed = (): ContentAdminBed => {
    if (!current) throw new Error('the services are made before each test');
    return current;
  };
  return {
    get index() {
      return bed().index;
    },
    get audit() {
      return bed().audit;
    },
    get search() {
      return bed().search;
    },
    get admin() {
      return bed().admin;
    },
    get site() {
      return bed().site;
    },
    get scheduler() {
      return bed().scheduler;
    },
  };
}
