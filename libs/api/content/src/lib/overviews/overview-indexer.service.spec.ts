import { describeEachDatabase } from '@portal/api/database/testing';
import { CONTENT_ENTITIES, CONTENT_MIGRATIONS } from '../content.schema';
import { RecordingIndexWriter } from '../testing/recording-writers';
import { OverviewIndexer } from './overview-indexer.service';

describeEachDatabase(
  'OverviewIndexer',
  { entities: CONTENT_ENTITIES, migrations: CONTENT_MIGRATIONS },
  (db) => {
    it('writes the lists at the first start and not again while they are the same', async () => {
      const index = new RecordingIndexWriter();
      const indexer = new OverviewIndexer(db.dataSource(), index);
      await expect(indexer.indexAll()).resolves.toBe(true);
      expect([...index.items.keys()]).toEqual(['countries']);
      index.items.clear();
      await expect(new OverviewIndexer(db.dataSource(), index).indexAll()).resolves.toBe(false);
      expect(index.items.size).toBe(0);
    });
  },
);
