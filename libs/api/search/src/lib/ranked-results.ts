import { DataSource } from 'typeorm';
import type { FacetValue, SearchHit } from '@portal/domain/content';
import { estimatedItems } from './query/candidates';
import type { Filters, MatchMode, Plan } from './query/query-plan';
import type { ScoredPassage } from './query/rank-fusion';
import { SEARCH_CANDIDATE_BUDGET, scoredSql } from './query/ranking';
import { headlineSql, toSnippetHtml } from './query/snippet';
import { SqlParams } from './query/sql-params';
import type { ResidentIndex } from './resident/resident-index';
import { queryLexemes, residentHeadline } from './resident/resident-headline';
import { residentPage } from './resident/resident-ranking';
import { TextSearchSyntaxError, parseTsQuery } from './resident/tsearch-text';

/** What a hit shows besides its ranking: read for the returned page only. */
interface PageDetail {
  id: string;
  title: string;
  url: string;
  anchor: string;
  snippet: string;
}

/** An item's best passage on the page; its detail when it came with the ranking. */
export interface PageRow extends ScoredPassage {
  readonly detail?: PageDetail;
}

/** One page of ranked items, how many there are in all, and the facets to narrow them. */
export interface RankedPage {
  readonly total: number;
  readonly rows: readonly PageRow[];
  readonly facets: Record<string, FacetValue[]>;
}

export interface PageRequest {
  readonly page: number;
  readonly size: number;
  /** Titles and snippets in the same statement (when the page is final, not fused). */
  readonly highlight?: boolean;
  /**
   * The index held in memory, when current: the page is ranked there and only its hits'
   * titles and snippets are read from the database (see `residentPage`).
   */
  readonly resident?: ResidentIndex;
}

/** Full-text results from the index: ranked pages with their facets, then the hits shown. */
export class RankedResults {
  constructor(private readonly dataSource: DataSource) {}

  /** One best passage per item, the requested page of them, the total and the facets. */
  async page(
    plan: Plan,
    mode: MatchMode,
    filters: Filters,
    { page, size, highlight = false, resident }: PageRequest,
  ): Promise<RankedPage> {
    const inMemory = resident
      ? residentPage(resident, plan, mode, filters, { page, size }, SEARCH_CANDIDATE_BUDGET)
      : undefined;
    if (inMemory) return inMemory;
    const p = new SqlParams();
    // Facets are counted without the filter of their own dimension, so a visitor can switch.
    const scored = scoredSql(p, plan, mode, {}, SEARCH_CANDIDATE_BUDGET);
    if (!scored) return { total: 0, rows: [], facets: { type: [], lang: [], country: [] } };
    const typeFilter = filters.types ? `item_type = ANY (${p.add(filters.types)}::text[])` : 'true';
    const countryFilter = filters.country
      ? `${p.add(filters.country)}::text = ANY (country_codes)`
      : 'true';
    const [row]: {
      total: number;
      matched: number;
      page: PageRow[];
      types: [string, number][];
      langs: [string, number][];
      countries: [string, number][];
    }[] = await this.dataSource.query(
      `${scored.sql},
       best AS (SELECT DISTINCT ON (item_type, item_id) * FROM m
                 ORDER BY item_type, item_id, (locale = ${p.add(plan.lang)}::text) DESC, score DESC, position),
       hits AS (SELECT * FROM best WHERE ${typeFilter} AND ${countryFilter})
       SELECT
         (SELECT count(*) FROM hits)::int AS total,
         (SELECT count(*) FROM m)::int AS matched,
         (SELECT coalesce(json_agg(h ORDER BY h.score DESC, h.id), '[]'::json) FROM (
            SELECT r.id, r.item_type, r.item_id, r.locale, r.score${
              highlight
                ? `, json_build_object('id', d.id, 'title', d.title, 'url', d.url, 'anchor', d.anchor,
                     'snippet', ${headlineSql(p, plan, mode, 'd')}) AS detail`
                : ''
            }
              FROM (SELECT id, item_type, item_id, locale, score FROM hits
                     ORDER BY score DESC, id LIMIT ${p.add(size)} OFFSET ${p.add((page - 1) * size)}) r
              ${highlight ? 'JOIN search_passage d ON d.id = r.id' : ''}) h) AS page,
         (SELECT coalesce(json_agg(json_build_array(v, c) ORDER BY c DESC, v), '[]'::json) FROM (
            SELECT item_type AS v, count(*)::int AS c FROM best WHERE ${countryFilter} GROUP BY 1) f) AS types,
         (SELECT coalesce(json_agg(json_build_array(v, c) ORDER BY c DESC, v), '[]'::json) FROM (
            SELECT locale AS v, count(*)::int AS c FROM hits GROUP BY 1) f) AS langs,
         (SELECT coalesce(json_agg(json_build_array(v, c) ORDER BY c DESC, v), '[]'::json) FROM (
            SELECT cc AS v, count(*)::int AS c FROM best, unnest(country_codes) cc
             WHERE ${typeFilter} GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 30) f) AS countries`,
      p.values,
    );
    const facet = (pairs: [string, number][]) => pairs.map(([value, count]) => ({ value, count }));
    // Candidates cut at the budget: facets count the candidates, the total is estimated.
    return {
      total: estimatedItems(scored.choice, row.total, row.matched),
      rows: row.page,
      facets: { type: facet(row.types), lang: facet(row.langs), country: facet(row.countries) },
    };
  }

  /**
   * The hits of a page: title, link and highlighted snippet of each item's best passage.
   * With the resident index, snippets are marked from its word positions (see
   * `residentHeadline`) and ts_headline only runs for a passage they do not agree with.
   */
  async hits(
    plan: Plan,
    mode: MatchMode,
    rows: readonly PageRow[],
    resident?: ResidentIndex,
  ): Promise<SearchHit[]> {
    if (rows.length === 0) return [];
    let byId: Map<string, PageDetail>;
    if (rows.every((r) => r.detail)) {
      byId = new Map(rows.map((r) => [r.id, r.detail as PageDetail]));
    } else if (resident) {
      byId = await this.residentDetails(plan, mode, rows, resident);
    } else {
      byId = await this.headlined(
        plan,
        mode,
        rows.map((r) => r.id),
      );
    }
    return rows.flatMap((r) => {
      const d = byId.get(r.id);
      if (!d) return [];
      return [
        {
          id: `${r.item_type}:${r.item_id}#${d.anchor}`,
          type: r.item_type,
          ...(r.item_type === 'document' ? { documentId: r.item_id } : {}),
          title: d.title,
          snippet: toSnippetHtml(d.snippet),
          url: `${d.url}#${d.anchor}`,
          lang: r.locale,
          score: Number(Number(r.score).toFixed(4)),
        },
      ];
    });
  }

  /**
   * The page's titles, links and snippets from the snapshot, which holds the passages'
   * texts: no query, except ts_headline for a passage whose words disagree with its lexemes.
   */
  private async residentDetails(
    plan: Plan,
    mode: MatchMode,
    rows: readonly PageRow[],
    resident: ResidentIndex,
  ): Promise<Map<string, PageDetail>> {
    const lexemes = new Map<string, Set<string>>();
    for (const l of plan.locales) {
      try {
        lexemes.set(l.locale, queryLexemes(parseTsQuery(mode === 'all' ? l.all : l.any)));
      } catch (e) {
        if (!(e instanceof TextSearchSyntaxError)) throw e;
      }
    }
    const p = resident.passages;
    const byId = new Map<string, PageDetail>();
    const unmarked: string[] = [];
    for (const { id } of rows) {
      const slot = resident.slotOf(id);
      const words = slot < 0 ? undefined : lexemes.get(p.locales[slot]);
      const snippet = words && residentHeadline(resident, slot, p.bodies[slot], words);
      if (snippet === undefined) unmarked.push(id);
      else
        byId.set(id, {
          id,
          title: p.titles[slot],
          url: p.urls[slot],
          anchor: p.anchors[slot],
          snippet,
        });
    }
    if (unmarked.length > 0)
      for (const [id, d] of await this.headlined(plan, mode, unmarked)) byId.set(id, d);
    return byId;
  }

  /** Titles, links and ts_headline snippets of the passages. */
  private async headlined(
    plan: Plan,
    mode: MatchMode,
    ids: readonly string[],
  ): Promise<Map<string, PageDetail>> {
    const p = new SqlParams();
    const details: PageDetail[] = await this.dataSource.query(
      `SELECT id, title, url, anchor, ${headlineSql(p, plan, mode, 'd')} AS snippet
         FROM search_passage d WHERE id = ANY (${p.add(ids)}::text[])`,
      p.values,
    );
    return new Map(details.map((d) => [d.id, d]));
  }
}
