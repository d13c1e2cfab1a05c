import { DataSource } from 'typeorm';
import { describeEachDatabase } from '@portal/api/database/testing';
import { HashingEmbedder, SEARCH_FIXTURE_ITEMS } from '../testing';
import { SEARCH_MIGRATIONS } from '../index';
import { EmbeddingBackfill } from './embedding-backfill.service';
import { checked } from './embeddings/embedder';
import { SEARCH_ENTITIES } from './search.entities';
import { SearchIndexer } from './search-indexer.service';
import { SearchService } from './search.service';

const schema = { entities: SEARCH_ENTITIES, migrations: SEARCH_MIGRATIONS };

describeEachDatabase('hybrid search (pgvector)', schema, (db) => {
  let ds: DataSource;
  const embedder = new HashingEmbedder();

  beforeAll(async () => {
    ds = db.dataSource();
    const indexer = new SearchIndexer();
    await ds.transaction(async (m) => {
      for (const item of SEARCH_FIXTURE_ITEMS) await indexer.replaceItem(m, item);
    });
  });

  it('embeds passages after commit, outside the publish transaction', async () => {
    const backfill = new EmbeddingBackfill(ds, embedder);
    const [{ pending }] = await ds.query(
      'SELECT count(*)::int AS pending FROM search_passage WHERE embedding IS NULL',
    );
    expect(await backfill.embedPending()).toBe(pending);
    const [{ missing, dims }] = await ds.query(
      `SELECT count(*) FILTER (WHERE embedding IS NULL)::int AS missing,
              max(vector_dims(embedding))::int AS dims FROM search_passage`,
    );
    expect({ missing, dims }).toEqual({ missing: 0, dims: 384 });
    expect(await backfill.embedPending()).toBe(0);
  });

  it('finds by vectors what full text cannot, fused by reciprocal rank', async () => {
    const textOnly = new SearchService(ds);
    const hybrid = new SearchService(ds, embedder);
    expect(await textOnly.retrieve({ query: 'policemen', lang: 'en', limit: 5 })).toEqual([]);
    const passages = await hybrid.retrieve({ query: 'policemen', lang: 'en', limit: 5 });
    expect(passages.length).toBeGreaterThan(0);
    expect(passages.some((p) => /police/i.test(p.text))).toBe(true);
    const res = await hybrid.search({ q: 'police reform', lang: 'en', page: 1, size: 5 });
    expect(res.hits[0].url).toBe('/en/programmes/moldova-police-reform#p1');
    const ids = res.hits.map((h) => h.id.split('#')[0]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('refuses vectors of another dimension with a clear message', async () => {
    const wrong = checked({
      embedDocuments: async (texts: string[]) => texts.map(() => [1, 2, 3]),
      embedQuery: async () => [1, 2, 3],
    });
    await expect(wrong.embedQuery('x')).rejects.toThrow(
      'returned 3 dimensions; the search index needs 384',
    );
  });
});
