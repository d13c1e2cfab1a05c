import { describeEachDatabase } from '@portal/api/database/testing';
import { indexItems } from '../../testing';
import { SEARCH_MIGRATIONS } from '../../index';
import { SEARCH_ENTITIES } from '../search.entities';
import { CognateVocabulary } from './cognate-vocabulary';

const schema = { entities: SEARCH_ENTITIES, migrations: SEARCH_MIGRATIONS };

describeEachDatabase('cognate vocabulary after an index change', schema, (db) => {
  beforeAll(async () => {
    await indexItems(db.dataSource());
  });

  it('is read again in the background, so the first search after the change has it', async () => {
    const ds = db.dataSource();
    const vocabulary = new CognateVocabulary(ds, true);
    try {
      const before = await vocabulary.find(['planetarium'], 'en');
      expect(before.get('planetarium')?.get('it')).toBeUndefined();

      await ds.query(
        `INSERT INTO search_vocabulary (locale, word, freq) VALUES ('it', 'planetario', 3)
         ON CONFLICT DO NOTHING`,
      );
      await ds.query('UPDATE search_index_version SET version = version + 1 WHERE id = 1');
      vocabulary.invalidate();
      // Long after the changes settle; no search in between starts the reading.
      await new Promise((r) => setTimeout(r, 1500));

      const after = await vocabulary.find(['planetarium'], 'en');
      expect(after.get('planetarium')?.get('it')).toEqual(['planetario']);
    } finally {
      vocabulary.dispose();
    }
  });
});
