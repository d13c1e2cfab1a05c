import { DataSource } from 'typeorm';
import { Embedder, toVectorLiteral } from './embeddings/embedder';
import type { Filters, MatchMode, Plan } from './query/query-plan';
import { ItemPassage, fuseItemRankings } from './query/rank-fusion';
import { SqlParams } from './query/sql-params';
import type { RankedPage, RankedResults } from './ranked-results';

const VECTOR_CANDIDATES = 50;
const HYBRID_CANDIDATES = 100;

/** Search by embedding, and its reciprocal-rank fusion with the full-text ranking. */
export class HybridRanking {
  constructor(
    private readonly dataSource: DataSource,
    private readonly embedder: Embedder,
    private readonly results: RankedResults,
  ) {}

  /** The passages nearest to `text` by embedding (at least VECTOR_CANDIDATES of them). */
  async nearest(text: string, filters: Filters, limit: number): Promise<ItemPassage[]> {
    const vector = await this.embedder.embedQuery(text);
    const p = new SqlParams();
    const where = ['embedding IS NOT NULL'];
    if (filters.types) where.push(`item_type = ANY (${p.add(filters.types)}::text[])`);
    if (filters.country) where.push(`${p.add(filters.country)}::text = ANY (country_codes)`);
    return this.dataSource.query(
      `SELECT id, item_type, item_id, locale FROM search_passage WHERE ${where.join(' AND ')}
        ORDER BY embedding <=> ${p.add(toVectorLiteral(vector))}::vector LIMIT ${p.add(Math.max(limit, VECTOR_CANDIDATES))}`,
      p.values,
    );
  }

  /**
   * Reciprocal-rank fusion of the full-text ranking (its first HYBRID_CANDIDATES items)
   * with the nearest passages by embedding. Facets stay those of the full-text matches;
   * items found only by vectors are added to the total.
   */
  async fuse(
    query: string,
    plan: Plan,
    mode: MatchMode,
    filters: Filters,
    page: { readonly page: number; readonly size: number },
    text: RankedPage,
  ): Promise<RankedPage> {
    const top =
      text.total > 0
        ? await this.results.page(plan, mode, filters, { page: 1, size: HYBRID_CANDIDATES })
        : text;
    const vector = await this.nearest(query, filters, VECTOR_CANDIDATES);
    const { rows, onlyVector } = fuseItemRankings(top.rows, vector, page);
    return { total: text.total + onlyVector, facets: text.facets, rows };
  }
}
