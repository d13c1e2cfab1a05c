import type { DataSource } from 'typeorm';
import { indexItems } from '../../testing';
import { SearchService } from '../search.service';
import type { SearchResponse } from '@portal/domain/content';
import type { SearchParams } from '../search.types';

/** A suite's database with the fixture items indexed, and the search service over it. */
export interface IndexedSearch {
  readonly ds: DataSource;
  readonly service: SearchService;
  /** Searches in Italian, the first page of ten, unless `extra` says otherwise. */
  search(q: string, extra?: Partial<SearchParams>): Promise<SearchResponse>;
}

/**
 * Indexes the fixture items once for the suite, over its database; the hook is the test
 * runner's `beforeAll`. The fields are valid inside tests.
 */
export function indexedSearch(
  db: { dataSource(): DataSource },
  beforeAllTests: (setUp: () => Promise<void>) => void,
): IndexedSearch {
  let service: SearchService | undefined;
  beforeAllTests(async () => {
    service = new SearchService(db.dataSource());
    await indexItems(db.dataSource());
  });
  const opened = (): SearchService => {
    if (!service) throw new Error('the fixture is indexed before the suite');
    return service;
  };
  return {
    get ds() {
      return db.dataSource();
    },
    get service() {
      return opened();
    },
    search: (q, extra = {}) => opened().search({ q, lang: 'it', page: 1, size: 10, ...extra }),
  };
}
