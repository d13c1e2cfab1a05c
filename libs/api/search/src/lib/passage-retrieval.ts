import { DataSource } from 'typeorm';
import type { SearchHitType } from '@portal/domain/content';
import { Locale, isLocale } from '@portal/domain/locales';
import type { HybridRanking } from './hybrid-ranking';
import type { Filters } from './query/query-plan';
import type { QueryPlanner } from './query/query-planner';
import type { QueryTerm } from './query/query-parser';
import type { TermStatistics } from './query/term-statistics';
import { fuse } from './query/rank-fusion';
import { RETRIEVE_CANDIDATE_BUDGET, idf, scoredSql } from './query/ranking';
import { SqlParams } from './query/sql-params';
import type { FollowingPassage, RetrieveParams, RetrievedPassage } from './search.types';

const MAX_FOLLOWING_PASSAGES = 20;

/** A passage as the assistant reads it from `search_passage`. */
interface PassageRow {
  id: string;
  item_type: SearchHitType;
  item_id: string;
  locale: Locale;
  title: string;
  heading: string | null;
  body: string;
  anchor: string;
  url: string;
}

const PASSAGE_COLUMNS = [
  'id',
  'item_type',
  'item_id',
  'locale',
  'title',
  'heading',
  'body',
  'anchor',
  'url',
] as const;

/**
 * What the assistant reads from the index: passages ranked for a question (any word
 * counts, many per item, other languages too), the passages around one it found, and how
 * rare a question's words are.
 */
export class PassageRetrieval {
  constructor(
    private readonly dataSource: DataSource,
    private readonly planner: QueryPlanner,
    /** What the index says of each word (shared with the planner). */
    private readonly statistics: TermStatistics,
    /** Set when embeddings are on: their ranking is fused with the full-text one. */
    private readonly vectors?: HybridRanking,
  ) {}

  /** Passages for the assistant: any query word counts, best passages first, many per item. */
  async retrieve(params: RetrieveParams): Promise<RetrievedPassage[]> {
    const query = (params.query ?? '').slice(0, 2000).trim();
    const limit = Math.max(1, Math.min(100, Math.floor(params.limit) || 10));
    if (!query || !isLocale(params.lang)) return [];
    const plan = await this.planner.plan(query, params.lang, {
      correctTypos: false,
      locales: params.ownLanguageOnly ? [params.lang] : undefined,
      anyOnly: true,
    });
    const filters: Filters = { types: params.types?.length ? params.types : undefined };
    const p = new SqlParams();
    const scored = scoredSql(p, plan, 'any', filters, RETRIEVE_CANDIDATE_BUDGET, {
      byShareMatched: false,
    });
    if (!scored) return [];
    let rows: (PassageRow & { score: number })[];
    if (this.vectors) {
      // The vector ranking is fused with the full-text one, so the rows are read after.
      const ranked: { id: string; score: number }[] = await this.dataSource.query(
        `${scored.sql} SELECT id, score FROM m ORDER BY score DESC, id LIMIT ${p.add(limit)}`,
        p.values,
      );
      const vector = await this.vectors.nearest(query, filters, limit);
      const fused = fuse([ranked.map((r) => r.id), vector.map((v) => v.id)]).slice(0, limit);
      const read: PassageRow[] = fused.length
        ? await this.dataSource.query(
            `SELECT ${PASSAGE_COLUMNS.join(', ')} FROM search_passage WHERE id = ANY($1::text[])`,
            [fused.map((r) => r.id)],
          )
        : [];
      const byId = new Map(read.map((r) => [r.id, r]));
      rows = fused.flatMap(({ id, score }) => {
        const r = byId.get(id);
        return r ? [{ ...r, score }] : [];
      });
    } else {
      // Ranked and read in one statement: each round trip to the database costs about as
      // much as reading a page of passages.
      rows = await this.dataSource.query(
        `${scored.sql} SELECT ${PASSAGE_COLUMNS.map((c) => `sp.${c}`).join(', ')}, m.score
           FROM m JOIN search_passage sp ON sp.id = m.id
          ORDER BY m.score DESC, m.id LIMIT ${p.add(limit)}`,
        p.values,
      );
    }
    return rows.map((r) => ({
      id: r.id,
      type: r.item_type,
      itemId: r.item_id,
      ...(r.item_type === 'document' ? { documentId: r.item_id } : {}),
      title: r.title,
      ...(r.heading ? { heading: r.heading } : {}),
      text: r.body,
      anchor: r.anchor,
      url: `${r.url}#${r.anchor}`,
      lang: r.locale,
      score: Number(Number(r.score).toFixed(6)),
      crossLingual: r.locale !== params.lang,
    }));
  }

  /**
   * How rare each word is in the index's passages of its language, from 0 (in every
   * passage) to 1 (in none): the inverse document frequency of the word's commonest lexeme,
   * scaled by the highest possible. Words the language's text search drops (stop words) are
   * left out. The assistant weighs a question's words by it: missing a rare word matters
   * more. Read from the planner's term statistics, which already hold most of the words.
   */
  async rarity(
    wordsByLang: ReadonlyMap<Locale, readonly string[]>,
  ): Promise<Map<Locale, Map<string, number>>> {
    const asked: { word: string; locale: Locale; term: QueryTerm }[] = [];
    for (const [locale, words] of wordsByLang) {
      if (!isLocale(locale)) continue;
      const wanted = words.filter((w) => typeof w === 'string' && w && w.length <= 60);
      for (const word of new Set(wanted))
        asked.push({ word, locale, term: { text: word, phrase: false } });
    }
    const out = new Map<Locale, Map<string, number>>();
    if (!asked.length) return out;
    const table = await this.statistics.lookup(asked);
    for (const { word, locale, term } of asked) {
      const { lexemes } = table.term(locale, term);
      if (!lexemes.length) continue;
      const n = table.stats(locale).n;
      const df = Math.min(n, Math.max(...lexemes.map(([, d]) => d)));
      const byWord = out.get(locale) ?? new Map<string, number>();
      byWord.set(word, n > 0 ? idf(n, df) / idf(n, 0) : 1);
      out.set(locale, byWord);
    }
    return out;
  }

  /**
   * The `count` passages after passage `id` in the same item and language, in page order:
   * a list often continues past the passage a question found (its heading or first items).
   * An unknown id or a count below 1 gives none; at most MAX_FOLLOWING_PASSAGES.
   */
  async followingPassages(id: string, count: number): Promise<FollowingPassage[]> {
    const limit = Math.min(MAX_FOLLOWING_PASSAGES, Math.floor(count));
    if (typeof id !== 'string' || !id || !(limit >= 1)) return [];
    const rows: { id: string; anchor: string; heading: string | null; body: string }[] =
      await this.dataSource.query(
        `SELECT n.id, n.anchor, n.heading, n.body
           FROM search_passage p
           JOIN search_passage n ON n.item_type = p.item_type AND n.item_id = p.item_id
                                AND n.locale = p.locale AND n.position > p.position
          WHERE p.id = $1
          ORDER BY n.position LIMIT $2`,
        [id, limit],
      );
    return rows.map((r) => ({
      id: r.id,
      anchor: r.anchor,
      ...(r.heading ? { heading: r.heading } : {}),
      text: r.body,
    }));
  }

  /**
   * For each passage id, up to `count` passages of its item and language, in page order, the
   * passage itself included: a short document read whole, when a passage of it was found by
   * a question whose other words it could not match. One query for all ids; unknown ids get
   * none.
   */
  async itemPassages(
    ids: readonly string[],
    count: number,
  ): Promise<Map<string, FollowingPassage[]>> {
    const limit = Math.min(MAX_FOLLOWING_PASSAGES, Math.floor(count));
    const out = new Map<string, FollowingPassage[]>();
    const wanted = ids.filter((id) => typeof id === 'string' && id);
    if (!wanted.length || !(limit >= 1)) return out;
    const rows: {
      found: string;
      id: string;
      anchor: string;
      heading: string | null;
      body: string;
    }[] = await this.dataSource.query(
      `SELECT p.id AS found, n.id, n.anchor, n.heading, n.body
         FROM search_passage p
         JOIN search_passage n ON n.item_type = p.item_type AND n.item_id = p.item_id
                              AND n.locale = p.locale
        WHERE p.id = ANY($1::text[])
        ORDER BY p.id, n.position`,
      [wanted],
    );
    for (const r of rows) {
      const list = out.get(r.found) ?? [];
      if (list.length >= limit) continue;
      list.push({
        id: r.id,
        anchor: r.anchor,
        ...(r.heading ? { heading: r.heading } : {}),
        text: r.body,
      });
      out.set(r.found, list);
    }
    return out;
  }
}
