import { DatabaseNotifications } from '@portal/api/database';
import { describeEachDatabase } from '@portal/api/database/testing';
import type { DataSource } from 'typeorm';
import { SEARCH_MIGRATIONS } from '../../index';
import { indexItems } from '../../testing';
import { SEARCH_ENTITIES } from '../search.entities';
import { SearchIndexer } from '../search-indexer.service';
import { SearchService } from '../search.service';
import type { IndexItem } from '../search.types';
import { countingRankingStatements } from '../testing/ranking-statements';

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
      const { statements } = await countingRankingStatements(ds, () => find('police reform'));
      expect(statements).toBe(0);
      await ds.transaction((m) =>
        indexer.replaceItem(m, probe('ferry-wardens', 'Kestrel wardens guard the ferry crossing.')),
      );
      // The snapshot is behind the index now: the search is ranked in SQL, not from it.
      await expect(countingRankingStatements(ds, () => find('kestrel'))).resolves.toEqual({
        value: ['/en/ferry-wardens#p1'],
        statements: 1,
      });
      // Reloaded, the same search is ranked in memory again and finds the same.
      await service.residentIndexReady();
      await expect(countingRankingStatements(ds, () => find('kestrel ferry'))).resolves.toEqual({
        value: ['/en/ferry-wardens#p1'],
        statements: 0,
      });
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
      const inMemory = (value: number) => ({ value, statements: 0 });
      await expect(countingRankingStatements(ds, () => find('heron docks'))).resolves.toEqual(
        inMemory(1),
      );
      // A phrase of single words is matched in memory with the words' positions.
      await expect(countingRankingStatements(ds, () => find('"estuary docks"'))).resolves.toEqual(
        inMemory(1),
      );
      await expect(countingRankingStatements(ds, () => find('"docks estuary"'))).resolves.toEqual(
        inMemory(0),
      );
      await ds.transaction((m) => indexer.removeItem(m, 'page', 'heron-watch'));
      expect(await find('heron')).toBe(0);
    } finally {
      service.onModuleDestroy();
    }
  });
});
