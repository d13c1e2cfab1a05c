import { DatabaseNotifications } from '@portal/api/database';
import { describeEachDatabase } from '@portal/api/database/testing';
import type { DataSource } from 'typeorm';
import { SEARCH_MIGRATIONS } from '../../index';
import { indexItems } from '../../testing';
import { SEARCH_ENTITIES } from '../search.entities';
import { SearchIndexer } from '../search-indexer.service';
import { SearchService } from '../search.service';
import type { IndexItem } from '../search.types';

const schema = { entities: SEARCH_ENTITIES, migrations: SEARCH_MIGRATIONS };

function probe(itemId: string, text: string): IndexItem {
  return {
    type: 'page',
    itemId,
    entries: [
      {
        locale: 'en',
        title: `${itemId} notes`,
        url: `/en/${itemId}`,
        passages: [{ anchor: 'p1', text }],
        updatedAt: new Date('2025-04-01T00:00:00Z'),
      },
    ],
  };
}

/** How many ranking statements the database ran while `work` ran. */
async function rankingStatements(ds: DataSource, work: () => Promise<unknown>): Promise<number> {
  const spy = jest.spyOn(ds, 'query');
  try {
    await work();
    return spy.mock.calls.filter(([sql]) => String(sql).includes('WITH m AS')).length;
  } finally {
    spy.mockRestore();
  }
}

describeEachDatabase('search ranked from the index held in memory', schema, (db) => {
  let ds: DataSource;
  beforeAll(async () => {
    ds = db.dataSource();
    await indexItems(ds);
  });

  it('ranks in memory once loaded, and a change shows on the next search (version read)', async () => {
    const service = new SearchService(ds);
    const indexer = new SearchIndexer();
    const find = async (q: string) =>
      (await service.search({ q, lang: 'en', page: 1, size: 10 })).hits.map((h) => h.url);
    try {
      await service.residentIndexReady();
      expect(await rankingStatements(ds, () => find('police reform'))).toBe(0);
      await ds.transaction((m) =>
        indexer.replaceItem(m, probe('ferry-wardens', 'Kestrel wardens guard the ferry crossing.')),
      );
      // The snapshot is behind the index now: the search is ranked in SQL, not from it.
      let found: string[] = [];
      expect(await rankingStatements(ds, async () => (found = await find('kestrel')))).toBe(1);
      expect(found).toEqual(['/en/ferry-wardens#p1']);
      // Reloaded, the same search is ranked in memory again and finds the same.
      await service.residentIndexReady();
      expect(await rankingStatements(ds, async () => (found = await find('kestrel ferry')))).toBe(
        0,
      );
      expect(found).toEqual(['/en/ferry-wardens#p1']);
      await ds.transaction((m) => indexer.removeItem(m, 'page', 'ferry-wardens'));
      expect(await find('kestrel')).toEqual([]);
    } finally {
      service.onModuleDestroy();
    }
  });

  it('told of changes, drops the snapshot on the signal and reloads it', async () => {
    const notifications = new DatabaseNotifications(ds, { url: undefined, dataDir: '' });
    const indexer = new SearchIndexer(notifications);
    const service = new SearchService(ds, null, notifications);
    const find = async (q: string) =>
      (await service.search({ q, lang: 'en', page: 1, size: 10 })).total;
    try {
      await service.residentIndexReady();
      await ds.transaction((m) =>
        indexer.replaceItem(m, probe('heron-watch', 'Heron watchers patrol the estuary docks.')),
      );
      expect(await find('heron estuary')).toBe(1);
      await service.residentIndexReady();
      expect(await rankingStatements(ds, () => find('heron docks'))).toBe(0);
      // A phrase of single words is matched in memory with the words' positions.
      expect(await find('"estuary docks"')).toBe(1);
      expect(await find('"docks estuary"')).toBe(0);
      await ds.transaction((m) => indexer.removeItem(m, 'page', 'heron-watch'));
      expect(await find('heron')).toBe(0);
    } finally {
      service.onModuleDestroy();
    }
  });
});
