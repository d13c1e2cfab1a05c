import { InvalidInputError } from '@portal/api/common';
import { describeEachDatabase } from '@portal/api/database/testing';
import { SEARCH_FIXTURE_ITEMS } from '../testing';
import { SEARCH_MIGRATIONS } from '../index';
import { SEARCH_ENTITIES } from './search.entities';
import { SearchIndexer } from './search-indexer.service';
import type { IndexItem } from './search.types';
import { indexedSearch } from './testing/indexed-search';

const schema = { entities: SEARCH_ENTITIES, migrations: SEARCH_MIGRATIONS };

describeEachDatabase('search indexer', schema, (db) => {
  const suite = indexedSearch(db, beforeAll);
  const { search } = suite;
  const indexer = new SearchIndexer();

  it('keeps statistics in step with the index when items are replaced and removed', async () => {
    const stats = () =>
      suite.ds.query(`SELECT
        (SELECT sum(passages)::int FROM search_locale_stats) AS passages,
        (SELECT count(*)::int FROM search_passage) AS rows,
        (SELECT df FROM search_term_stats WHERE locale = 'de' AND lexeme = 'deutschland') AS df,
        (SELECT count(*)::int FROM search_vocabulary WHERE word = 'deutschland') AS vocab`);
    const [before] = await stats();
    expect(before.passages).toBe(before.rows);
    expect(before.df).toBe(1);
    await suite.ds.transaction((m) => indexer.removeItem(m, 'country', 'DE'));
    const [removed] = await stats();
    expect(removed).toEqual({
      passages: before.rows - 3,
      rows: before.rows - 3,
      df: null,
      vocab: 0,
    });
    await expect(
      suite.ds.transaction(async (m) => {
        await indexer.replaceItem(m, SEARCH_FIXTURE_ITEMS[1]);
        throw new Error('publish failed');
      }),
    ).rejects.toThrow('publish failed');
    expect((await search('Germania')).total).toBe(0);
    await suite.ds.transaction((m) => indexer.replaceItem(m, SEARCH_FIXTURE_ITEMS[1]));
    await suite.ds.transaction((m) => indexer.replaceItem(m, SEARCH_FIXTURE_ITEMS[1]));
    const [after] = await stats();
    expect(after).toEqual(before);
    expect((await search('Germania')).total).toBe(1);
  });

  it('indexes a batch of items with the same rows and statistics as one by one', async () => {
    const probe = (n: number): IndexItem => ({
      type: 'document',
      itemId: `batch-probe-${n}`,
      entries: [
        {
          locale: 'en',
          title: `Harbour patrol log ${n}`,
          url: `/en/documents/batch-probe-${n}`,
          passages: [
            { anchor: 'p1', text: `Harbour patrol boats number ${n} checked moorings.` },
            { anchor: 'p2', heading: 'Crew', text: 'Divers and skippers of the harbour patrol.' },
          ],
          countryCodes: ['mt'],
          updatedAt: new Date('2025-03-01T00:00:00Z'),
        },
      ],
    });
    const stats = () =>
      suite.ds.query(`SELECT
        (SELECT sum(passages)::int FROM search_locale_stats) AS passages,
        (SELECT sum(total_length)::int FROM search_locale_stats) AS length,
        (SELECT count(*)::int FROM search_passage) AS rows,
        (SELECT df FROM search_term_stats WHERE locale = 'en' AND lexeme = 'harbour') AS df,
        (SELECT freq FROM search_vocabulary WHERE locale = 'en' AND word = 'harbour') AS freq,
        (SELECT string_agg(country_codes::text, ',') FROM search_passage WHERE item_id LIKE 'batch-probe-%') AS countries`);
    const [before] = await stats();
    await suite.ds.transaction((m) => indexer.replaceItems(m, [probe(1), probe(2), probe(3)]));
    const [batched] = await stats();
    expect(batched.rows).toBe(before.rows + 6);
    expect(batched.passages).toBe(batched.rows);
    expect(batched.df).toBe(6);
    expect(batched.countries).toBe('{MT},{MT},{MT},{MT},{MT},{MT}');
    for (const n of [1, 2, 3])
      await suite.ds.transaction((m) => indexer.removeItem(m, 'document', `batch-probe-${n}`));
    for (const n of [1, 2, 3]) await suite.ds.transaction((m) => indexer.replaceItem(m, probe(n)));
    const [single] = await stats();
    expect(single).toEqual(batched);
    const found = await search('harbour patrol moorings', { lang: 'en' });
    expect(found.hits[0].url).toMatch(/^\/en\/documents\/batch-probe-\d#p1$/);
    // A batch naming one item twice is refused before anything is written.
    const error = await suite.ds
      .transaction((m) => indexer.replaceItems(m, [probe(4), probe(4)]))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).details[0].path).toBe('items.1.itemId');
    await suite.ds.transaction((m) =>
      indexer.replaceItems(
        m,
        [1, 2, 3].map((n) => ({ ...probe(n), entries: [] })),
      ),
    );
    const [emptied] = await stats();
    expect(emptied).toMatchObject({ rows: before.rows, passages: before.passages, df: null });
  });
});
