import { Inject, Injectable, Optional } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type {
  FacetValue,
  SearchHit,
  SearchHitType,
  SearchResponse,
  SearchSuggestion,
} from '@portal/domain/content';
import { LOCALES, Locale, isLocale } from '@portal/domain/locales';
import { InvalidInputError } from '@portal/api/common';
import { DatabaseNotifications } from '@portal/api/database';
import { LearnedLexicon, type TranslationLexicon } from '@portal/api/text';
import { EMBEDDER, Embedder, toVectorLiteral } from './embeddings/embedder';
import {
  MAX_QUERY_LENGTH,
  SEARCH_CONFIGS,
  SEARCH_HIT_TYPES,
  SEARCH_INDEX_CHANNEL,
} from './search.constants';
import { FollowingPassage, RetrieveParams, RetrievedPassage, SearchParams } from './search.types';
import { ParsedQuery, QueryTerm, parseQuery, positiveWords, words } from './query/query-parser';
import { HEADLINE_OPTIONS, toSnippetHtml } from './query/snippet';
import { SqlParams } from './query/sql-params';
import { expandAcrossLocales, ownClauseKeys, type WordTranslator } from './query/thesaurus';
import { CandidateChoice, ClauseFrequency, chooseCandidates } from './query/candidates';
import { ResultCache } from './query/result-cache';

/** One translator per learned lexicon, so that query expansions cached for it stay valid. */
const TRANSLATORS = new WeakMap<TranslationLexicon, WordTranslator>();
let translatorIds = 0;

/** Weights of the ranking signals besides BM25 (k1 = 1.2, b = 0.75, in search_bm25()). */
const TITLE_WEIGHT = 0.5;
/** A passage in another language (found through the thesaurus) counts this much less. */
const CROSS_LINGUAL_WEIGHT = 0.5;
const FRESHNESS_WEIGHT = 0.1;
const FRESHNESS_SECONDS = 2 * 365 * 24 * 3600;
const RRF_K = 60;
const VECTOR_CANDIDATES = 50;
const HYBRID_CANDIDATES = 100;
const MAX_FOLLOWING_PASSAGES = 20;
/**
 * Passages scored at most per search (about): candidates come from the rarest query terms
 * first, commoner terms only re-rank them, so a query of common words costs no more than
 * a rare one at any index size. Reading and scoring a candidate costs about 10-15 µs (its
 * row, term frequencies and recheck), so 500 keep a capped query near 5 ms of that work
 * (1,000 took 14 ms; the assistant evaluation is the same with either). The assistant
 * reads more, for recall.
 */
export const SEARCH_CANDIDATE_BUDGET = 500;
export const RETRIEVE_CANDIDATE_BUDGET = 3000;
/** Repeated identical searches (a popular query, paging back) are answered from memory. */
const RESULT_CACHE_SIZE = 500;
const RESULT_CACHE_TTL_MS = 5 * 60_000;

type Mode = 'all' | 'any';

/** One clause of a language's query: its tsquery (as text) and the term it says. */
interface PlannedClause {
  readonly key: string;
  readonly query: string;
}

interface LocalePlan {
  readonly locale: Locale;
  readonly all: string;
  readonly any: string;
  /** The clauses of `all` and `any`, and the exclusions (tsquery text, '' if none). */
  readonly clauses: Readonly<Record<Mode, readonly PlannedClause[]>>;
  readonly exclude: string;
  readonly lexemes: readonly { lexeme: string; idf: number }[];
  readonly avgdl: number;
  readonly weight: number;
}

interface Plan {
  readonly lang: Locale;
  readonly locales: readonly LocalePlan[];
  readonly suggestion?: string;
  readonly clauses: number;
  /** Which terms find the candidates, per mode, for each budget asked (see `choice`). */
  readonly frequencies: Readonly<Record<Mode, readonly ClauseFrequency[]>>;
  readonly passages: ReadonlyMap<Locale, number>;
}

interface Filters {
  readonly types?: readonly SearchHitType[];
  readonly country?: string;
}

interface PageRow {
  id: string;
  item_type: SearchHitType;
  item_id: string;
  locale: Locale;
  score: number;
}

/** What a hit shows besides its ranking: read for the returned page only. */
interface PageDetail {
  id: string;
  title: string;
  url: string;
  anchor: string;
  snippet: string;
}

interface DetailedRow extends PageRow {
  detail?: PageDetail;
}

interface RunResult {
  readonly total: number;
  readonly rows: readonly DetailedRow[];
  readonly facets: Record<string, FacetValue[]>;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function tsqueryOf(p: SqlParams, cfg: string, t: QueryTerm): string {
  const fn = t.phrase ? 'phraseto_tsquery' : 'plainto_tsquery';
  return `${fn}(${cfg}::regconfig, ${p.add(t.text)}::text)`;
}

function orOf(p: SqlParams, cfg: string, terms: readonly QueryTerm[]): string {
  return `(${terms.map((t) => tsqueryOf(p, cfg, t)).join(' || ')})`;
}

function withExclusions(p: SqlParams, cfg: string, expr: string, query: ParsedQuery): string {
  return query.exclude.length ? `(${expr} && !!${orOf(p, cfg, query.exclude)})` : expr;
}

/**
 * Searches the index: full text with BM25 ranking in the visitor's language plus the
 * thesaurus-expanded query in the other five, typo correction from the index's own
 * vocabulary, and reciprocal-rank fusion with vector search when embeddings are on.
 */
@Injectable()
export class SearchService {
  private readonly lexicon = new LearnedLexicon(this);
  private readonly results = new ResultCache<SearchResponse>(
    RESULT_CACHE_SIZE,
    RESULT_CACHE_TTL_MS,
  );

  /** Counts index changes heard of; a result computed across one is not kept. */
  private generation = 0;

  constructor(
    private readonly dataSource: DataSource,
    @Optional() @Inject(EMBEDDER) private readonly embedder: Embedder | null = null,
    @Optional()
    @Inject(DatabaseNotifications)
    private readonly notifications: DatabaseNotifications | null = null,
  ) {
    // Told of every committed index change (here at once, other instances within
    // milliseconds), the cache is emptied then, and a hit costs no query at all.
    // Without the signal, each search asks the index's version first.
    notifications?.on(SEARCH_INDEX_CHANNEL, () => {
      this.generation += 1;
      this.results.clear();
    });
  }

  /** Forgets every cached result (benchmarks measure the uncached path with it). */
  clearResultCache(): void {
    this.results.clear();
  }

  async search(params: SearchParams): Promise<SearchResponse> {
    const started = performance.now();
    const q = this.validate(params);
    const generation = this.generation;
    let version = 'heard';
    if (!this.notifications) {
      [{ version }] = await this.dataSource.query(
        'SELECT version::text AS version FROM search_index_version WHERE id = 1',
      );
    }
    const key = JSON.stringify([
      version,
      q,
      params.lang,
      params.type ?? null,
      params.country?.toUpperCase() ?? null,
      params.page,
      params.size,
    ]);
    const cached = this.results.get(key);
    if (cached) return { ...cached, tookMs: Math.round(performance.now() - started) };
    const response = await this.searchIndex(q, params, started);
    if (generation === this.generation) this.results.set(key, response);
    return response;
  }

  private async searchIndex(
    q: string,
    params: SearchParams,
    started: number,
  ): Promise<SearchResponse> {
    const filters: Filters = {
      types: params.type ? [params.type] : undefined,
      country: params.country?.toUpperCase(),
    };
    let query = q;
    let correctedFrom: string | undefined;
    let plan = await this.plan(q, params.lang, true);
    let suggestion = plan.suggestion;
    let mode: Mode = 'all';
    // Without embeddings the page's titles and snippets come with the ranking, in the
    // same statement; with them the page is only known after fusion.
    const highlight = !this.embedder;
    let result = await this.run(plan, mode, filters, params.page, params.size, highlight);
    if (result.total === 0 && plan.suggestion) {
      const retry = await this.plan(plan.suggestion, params.lang, false);
      let retried = await this.run(retry, 'all', filters, params.page, params.size, highlight);
      let retryMode: Mode = 'all';
      if (retried.total === 0 && retry.clauses > 1) {
        retried = await this.run(retry, 'any', filters, params.page, params.size, highlight);
        retryMode = 'any';
      }
      if (retried.total > 0) {
        correctedFrom = q;
        query = plan.suggestion;
        suggestion = undefined;
        plan = retry;
        result = retried;
        mode = retryMode;
      }
    }
    if (result.total === 0 && plan.clauses > 1) {
      // Nothing has every word: fall back to any word, still ranked by BM25.
      mode = 'any';
      result = await this.run(plan, mode, filters, params.page, params.size, highlight);
    }
    if (this.embedder)
      result = await this.fuseWithVectors(query, plan, mode, filters, params, result);
    const hits = await this.hits(plan, mode, result.rows);
    return {
      query,
      lang: params.lang,
      total: result.total,
      tookMs: Math.round(performance.now() - started),
      page: params.page,
      size: params.size,
      hits,
      facets: result.facets,
      ...(suggestion ? { suggestion } : {}),
      ...(correctedFrom ? { correctedFrom } : {}),
    };
  }

  /** Passages for the assistant: any query word counts, best passages first, many per item. */
  async retrieve(params: RetrieveParams): Promise<RetrievedPassage[]> {
    const query = (params.query ?? '').slice(0, 2000).trim();
    const limit = Math.max(1, Math.min(100, Math.floor(params.limit) || 10));
    if (!query || !isLocale(params.lang)) return [];
    const plan = await this.plan(query, params.lang, false);
    const filters: Filters = { types: params.types?.length ? params.types : undefined };
    const p = new SqlParams();
    const scored = this.scoredSql(p, plan, 'any', filters, RETRIEVE_CANDIDATE_BUDGET);
    let ranked: { id: string; score: number }[] = scored
      ? await this.dataSource.query(
          `${scored.sql} SELECT id, score FROM m ORDER BY score DESC, id LIMIT ${p.add(limit)}`,
          p.values,
        )
      : [];
    if (this.embedder) {
      const vector = await this.vectorCandidates(query, filters, limit);
      ranked = fuse([ranked.map((r) => r.id), vector.map((v) => v.id)]).slice(0, limit);
    }
    if (ranked.length === 0) return [];
    const rows: {
      id: string;
      item_type: SearchHitType;
      item_id: string;
      locale: Locale;
      title: string;
      heading: string | null;
      body: string;
      anchor: string;
      url: string;
    }[] = await this.dataSource.query(
      `SELECT id, item_type, item_id, locale, title, heading, body, anchor, url
         FROM search_passage WHERE id = ANY($1::text[])`,
      [ranked.map((r) => r.id)],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ranked.flatMap(({ id, score }) => {
      const r = byId.get(id);
      if (!r) return [];
      return [
        {
          id,
          type: r.item_type,
          itemId: r.item_id,
          ...(r.item_type === 'document' ? { documentId: r.item_id } : {}),
          title: r.title,
          ...(r.heading ? { heading: r.heading } : {}),
          text: r.body,
          anchor: r.anchor,
          url: `${r.url}#${r.anchor}`,
          lang: r.locale,
          score: Number(Number(score).toFixed(6)),
          crossLingual: r.locale !== params.lang,
        },
      ];
    });
  }

  /**
   * The published content's passages in every language, grouped by item and anchor: the
   * same passage of a page in six languages is one group. The assistant learns word
   * translations from it. Documents (uploaded in one language) are left out.
   */
  /**
   * Word translations learned from the published content's aligned passages (see
   * `LearnedLexicon`): how search and the assistant carry a query into other languages.
   */
  translations(): Promise<TranslationLexicon> {
    return this.lexicon.current();
  }

  /** The learned lexicon as the query planner takes it: the best translation of a word. */
  private async translator(): Promise<WordTranslator | undefined> {
    const lexicon = await this.lexicon.current();
    if (lexicon.size === 0) return undefined;
    let cached = TRANSLATORS.get(lexicon);
    if (!cached) {
      cached = {
        id: ++translatorIds,
        translate: (word, from, to) => lexicon.translate(word, from, to)[0]?.word,
      };
      TRANSLATORS.set(lexicon, cached);
    }
    return cached;
  }

  async alignedPassages(): Promise<{ group: string; lang: Locale; text: string }[]> {
    const rows: { grp: string; locale: Locale; heading: string | null; body: string }[] =
      await this.dataSource.query(
        `SELECT item_type || ':' || item_id || '#' || anchor AS grp, locale, heading, body
           FROM search_passage WHERE item_type <> 'document'`,
      );
    return rows.map((r) => ({
      group: r.grp,
      lang: r.locale,
      text: r.heading ? `${r.heading}\n${r.body}` : r.body,
    }));
  }

  /** Changes whenever published content is indexed anew: for caches of what is learned from it. */
  async alignedVersion(): Promise<string> {
    const [row]: { n: number; latest: string | null }[] = await this.dataSource.query(
      `SELECT count(*)::int AS n, max(updated_at)::text AS latest
         FROM search_passage WHERE item_type <> 'document'`,
    );
    return `${row?.n ?? 0}:${row?.latest ?? ''}`;
  }

  /**
   * How rare each word is in the index's passages of one language, from 0 (in every
   * passage) to 1 (in none): the inverse document frequency of the word's lexeme, scaled
   * by the highest possible. Words the language's text search drops (stop words) are left
   * out. The assistant weighs a question's words by it: missing a rare word matters more.
   */
  async rarity(words: readonly string[], lang: Locale): Promise<Map<string, number>> {
    const list = [...new Set(words.filter((w) => typeof w === 'string' && w.length <= 60))];
    if (!list.length || !isLocale(lang)) return new Map();
    const rows: { word: string; df: number | null; n: number | null }[] =
      await this.dataSource.query(
        `SELECT w.word, max(s.df) AS df, max(ls.passages) AS n
           FROM unnest($1::text[]) AS w(word)
           CROSS JOIN LATERAL unnest(tsvector_to_array(to_tsvector($2::regconfig, w.word))) AS lx(lexeme)
           LEFT JOIN search_term_stats s ON s.locale = $3 AND s.lexeme = lx.lexeme
           LEFT JOIN search_locale_stats ls ON ls.locale = $3
          GROUP BY w.word`,
        [list, SEARCH_CONFIGS[lang], lang],
      );
    const out = new Map<string, number>();
    for (const r of rows) {
      const n = Number(r.n ?? 0);
      const df = Math.min(n, Number(r.df ?? 0));
      const idf = (d: number) => Math.log(1 + (n - d + 0.5) / (d + 0.5));
      out.set(r.word, n > 0 ? idf(df) / idf(0) : 1);
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

  /** Search-as-you-type: titles in the visitor's language, then completions of the last word. */
  async suggest(params: { q: string; lang: Locale }): Promise<SearchSuggestion[]> {
    const raw = typeof params.q === 'string' ? params.q : '';
    if (raw.length > MAX_QUERY_LENGTH) {
      throw InvalidInputError.field('q', `q must be at most ${MAX_QUERY_LENGTH} characters`);
    }
    if (!isLocale(params.lang))
      throw InvalidInputError.field('lang', `lang must be one of: ${LOCALES.join(', ')}`);
    // PostgreSQL text cannot hold NUL, and no title or word contains control characters.
    // eslint-disable-next-line no-control-regex
    const q = raw.normalize('NFC').replace(/[\u0000-\u001F\u007F]/g, ' ');
    if (!q.trim()) throw InvalidInputError.field('q', 'q must not be empty');
    const like = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
    const key = q.trim().toLowerCase().replace(/\s+/g, ' ');
    const titles: { title: string; url: string }[] = await this.dataSource.query(
      `SELECT title, url FROM (
         SELECT DISTINCT ON (title) title, url, title_key FROM search_item
          WHERE locale = $1 AND (title_key LIKE lower(portal_unaccent($2)) || '%'
                                 OR title_key LIKE '% ' || lower(portal_unaccent($2)) || '%')
          ORDER BY title, item_type, item_id) t
        ORDER BY (title_key LIKE lower(portal_unaccent($2)) || '%') DESC, length(title), title LIMIT 5`,
      [params.lang, like(key)],
    );
    const out: SearchSuggestion[] = titles.map((t) => ({ text: t.title, url: t.url }));
    const last = words(q).at(-1);
    if (
      last &&
      !/\s$/u.test(q) &&
      new RegExp(`${escapeRegExp(last)}$`, 'iu').test(q.normalize('NFC'))
    ) {
      const head = q.slice(0, q.length - last.length);
      const completions: { word: string }[] = await this.dataSource.query(
        `SELECT word FROM search_vocabulary
          WHERE locale = $1 AND word LIKE $2 || '%' AND word <> $3
          ORDER BY freq DESC, word LIMIT 5`,
        [params.lang, like(last), last],
      );
      for (const c of completions) {
        const text = `${head}${c.word}`.trim();
        if (!out.some((o) => o.text.toLowerCase() === text.toLowerCase())) out.push({ text });
      }
    }
    return out.slice(0, 8);
  }

  private validate(params: SearchParams): string {
    const q = typeof params.q === 'string' ? params.q.trim() : '';
    if (!q) throw InvalidInputError.field('q', 'q must not be empty');
    if (params.q.length > MAX_QUERY_LENGTH) {
      throw InvalidInputError.field('q', `q must be at most ${MAX_QUERY_LENGTH} characters`);
    }
    if (!isLocale(params.lang))
      throw InvalidInputError.field('lang', `lang must be one of: ${LOCALES.join(', ')}`);
    if (params.type !== undefined && !SEARCH_HIT_TYPES.includes(params.type)) {
      throw InvalidInputError.field('type', `type must be one of: ${SEARCH_HIT_TYPES.join(', ')}`);
    }
    if (params.country !== undefined && !/^[A-Za-z]{2}$/.test(params.country)) {
      throw InvalidInputError.field('country', 'country must be an ISO 3166-1 alpha-2 code');
    }
    if (!Number.isInteger(params.page) || params.page < 1) {
      throw InvalidInputError.field('page', 'page must be at least 1');
    }
    if (!Number.isInteger(params.size) || params.size < 1 || params.size > 100) {
      throw InvalidInputError.field('size', 'size must be from 1 to 100');
    }
    return q;
  }

  /**
   * One round trip: the tsqueries per locale (built by PostgreSQL from bound terms), the
   * document frequency of every query lexeme, and for each query word whether the index
   * knows it and, if not, its closest vocabulary word; and each clause's tsquery and how
   * many passages it can match, to choose the terms that find the candidates.
   */
  private async plan(text: string, lang: Locale, typos: boolean): Promise<Plan> {
    const parsed = parseQuery(text);
    const strict = expandAcrossLocales(text, lang, parsed, true);
    const loose = expandAcrossLocales(text, lang, parsed, false, await this.translator());
    const ownKeys = ownClauseKeys(text, lang, parsed.clauses);
    const p = new SqlParams();
    // Every clause of every language's 'all' and 'any' query, one row per alternative.
    const clauseRows: { locale: Locale; mode: Mode; key: string }[] = [];
    const alternatives: { clause: number; locale: Locale; term: QueryTerm }[] = [];
    const addClause = (locale: Locale, mode: Mode, key: string, terms: readonly QueryTerm[]) => {
      const clause = clauseRows.push({ locale, mode, key }) - 1;
      for (const term of terms) alternatives.push({ clause, locale, term });
    };
    const values = LOCALES.map((locale) => {
      const query = locale === lang ? parsed : (strict[locale] ?? parsed);
      const anyQuery = locale === lang ? parsed : (loose[locale] ?? parsed);
      const allKeys = (locale !== lang && strict[locale]?.keys) || ownKeys;
      const anyKeys = (locale !== lang && loose[locale]?.keys) || ownKeys;
      query.clauses.forEach((c, i) => addClause(locale, 'all', allKeys[i] ?? `#${i}`, c));
      anyQuery.clauses.forEach((c, i) =>
        c.forEach((t) => addClause(locale, 'any', anyKeys[i] ?? `#${i}`, [t])),
      );
      const cfg = p.add(SEARCH_CONFIGS[locale]);
      const exclude = query.exclude.length ? `${orOf(p, cfg, query.exclude)}::text` : `''`;
      const all = query.clauses.length
        ? withExclusions(p, cfg, query.clauses.map((c) => orOf(p, cfg, c)).join(' && '), query)
        : `''::tsquery`;
      const any = anyQuery.clauses.length
        ? withExclusions(p, cfg, orOf(p, cfg, anyQuery.clauses.flat()), anyQuery)
        : `''::tsquery`;
      const positive = p.add(
        anyQuery.clauses
          .flat()
          .map((t) => t.text)
          .join(' '),
      );
      const expressed = p.add(
        locale === lang
          ? parsed.clauses
              .flat()
              .map((t) => t.text)
              .join(' ')
          : (loose[locale]?.expressed ?? ''),
      );
      return `(${p.add(locale)}::text, ${cfg}::regconfig, ${all}, ${any}, ${positive}::text, ${expressed}::text, ${exclude})`;
    });
    const altClause = p.add(alternatives.map((a) => a.clause));
    const altLocale = p.add(alternatives.map((a) => a.locale));
    const altConfig = p.add(alternatives.map((a) => SEARCH_CONFIGS[a.locale]));
    const altText = p.add(alternatives.map((a) => a.term.text));
    const altPhrase = p.add(alternatives.map((a) => a.term.phrase));
    const checkWords = typos
      ? positiveWords(parsed)
          .filter((w) => w.length >= 3 && w.length <= 40 && !/\p{N}/u.test(w))
          .slice(0, 10)
      : [];
    const wordsParam = p.add(checkWords);
    const langParam = p.add(lang);
    const cfgParam = p.add(SEARCH_CONFIGS[lang]);
    const [row]: {
      locales: {
        locale: Locale;
        all: string;
        any: string;
        n: number;
        total: number;
        lexemes: [string, number][];
        expressed: string[];
        exclude: string;
      }[];
      alternatives: [number, string, number | null][];
      words: [string, boolean, string | null][];
    }[] = await this.dataSource.query(
      `WITH x(locale, cfg, q_all, q_any, pos, expressed, excl) AS (VALUES ${values.join(', ')})
       SELECT
         (SELECT json_agg(json_build_object(
             'locale', x.locale, 'all', x.q_all::text, 'any', x.q_any::text,
             'n', coalesce(ls.passages, 0), 'total', coalesce(ls.total_length, 0),
             'lexemes', (SELECT coalesce(json_agg(json_build_array(t.lex, coalesce(s.df, 0))), '[]'::json)
                           FROM (SELECT DISTINCT lex FROM unnest(tsvector_to_array(to_tsvector(x.cfg, x.pos))) AS lex) t
                           LEFT JOIN search_term_stats s ON s.locale = x.locale AND s.lexeme = t.lex),
             'expressed', to_json(tsvector_to_array(to_tsvector(${cfgParam}::regconfig, x.expressed))),
             'exclude', x.excl))
            FROM x LEFT JOIN search_locale_stats ls ON ls.locale = x.locale) AS locales,
         (SELECT coalesce(json_agg(json_build_array(a.clause, a.q::text,
                   (SELECT min(coalesce(s.df, 0)) FROM unnest(tsvector_to_array(to_tsvector(a.cfg::regconfig, a.txt))) AS lx
                      LEFT JOIN search_term_stats s ON s.locale = a.loc AND s.lexeme = lx))
                   ORDER BY a.i), '[]'::json)
            FROM (SELECT t.*, CASE WHEN t.phrase THEN phraseto_tsquery(t.cfg::regconfig, t.txt)
                                   ELSE plainto_tsquery(t.cfg::regconfig, t.txt) END AS q
                    FROM unnest(${altClause}::int[], ${altLocale}::text[], ${altConfig}::text[],
                                ${altText}::text[], ${altPhrase}::bool[])
                         WITH ORDINALITY AS t(clause, loc, cfg, txt, phrase, i)) a) AS alternatives,
         (SELECT coalesce(json_agg(json_build_array(w.word, k.known, c.word)), '[]'::json)
            FROM unnest(${wordsParam}::text[]) AS w(word)
            CROSS JOIN LATERAL (
              SELECT EXISTS (SELECT 1 FROM search_vocabulary v WHERE v.word = w.word)
                  OR EXISTS (SELECT 1 FROM search_term_stats s
                              WHERE s.locale = ${langParam}::text
                                AND s.lexeme = ANY (tsvector_to_array(to_tsvector(${cfgParam}::regconfig, w.word))))
                  AS known) k
            LEFT JOIN LATERAL (
              SELECT v.word FROM search_vocabulary v
               WHERE NOT k.known AND v.word % w.word
               ORDER BY similarity(v.word, w.word) DESC, (v.locale = ${langParam}::text) DESC, v.freq DESC, v.word
               LIMIT 1) c ON true) AS words`,
      p.values,
    );
    const idf = (n: number, df: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5));
    // The visitor's query words weighed by their idf in the visitor's language; a word the
    // index does not know there is rare, and counts with the highest idf.
    const own = row.locales.find((l) => l.locale === lang);
    const ownIdf = new Map(
      (own?.lexemes ?? []).map(([lexeme, df]) => [lexeme, idf(Number(own?.n ?? 0), Number(df))]),
    );
    const ownMass = [...ownIdf.values()].reduce((sum, x) => sum + x, 0);
    // Each language's scores are normalised by its own query's idf mass, so another language
    // that can say only part of the query (the rest untranslatable) would score a passage
    // matching that part like a full match: scale it by the share of the query it says.
    const coverage = (expressed: readonly string[]) =>
      ownMass > 0
        ? [...new Set(expressed)].reduce((sum, lx) => sum + (ownIdf.get(lx) ?? 0), 0) / ownMass
        : 1;
    // A clause is the OR of its alternatives; it can match as many passages as they add up
    // to (each counted by its rarest word), and asks nothing if every one is stop words.
    const clauseQueries = clauseRows.map(() => [] as string[]);
    const clauseDf = clauseRows.map((): number | undefined => undefined);
    for (const [clause, query, df] of row.alternatives) {
      if (!query) continue;
      clauseQueries[clause].push(`(${query})`);
      if (df !== null) clauseDf[clause] = (clauseDf[clause] ?? 0) + Number(df);
    }
    const planned = (locale: Locale, mode: Mode): PlannedClause[] =>
      clauseRows.flatMap((c, i) =>
        c.locale === locale && c.mode === mode && clauseQueries[i].length
          ? [{ key: c.key, query: clauseQueries[i].join(' | ') }]
          : [],
      );
    const frequencies = (mode: Mode): ClauseFrequency[] =>
      clauseRows.flatMap((c, i) =>
        c.mode === mode && clauseQueries[i].length
          ? [{ locale: c.locale, key: c.key, df: clauseDf[i] }]
          : [],
      );
    const locales: LocalePlan[] = row.locales.map((l) => {
      const n = Number(l.n);
      return {
        locale: l.locale,
        all: l.all,
        any: l.any,
        clauses: { all: planned(l.locale, 'all'), any: planned(l.locale, 'any') },
        exclude: l.exclude,
        avgdl: n > 0 ? Number(l.total) / n : 1,
        weight: l.locale === lang ? 1 : CROSS_LINGUAL_WEIGHT * coverage(l.expressed),
        lexemes: l.lexemes
          .filter(([, df]) => Number(df) > 0)
          .map(([lexeme, df]) => ({ lexeme, idf: idf(n, Number(df)) })),
      };
    });
    let suggestion: string | undefined;
    const corrections = row.words.filter(([, known, candidate]) => !known && candidate);
    if (corrections.length) {
      suggestion = corrections.reduce(
        (s, [word, , candidate]) =>
          s.replace(
            new RegExp(
              `(?<![\\p{L}\\p{M}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{M}\\p{N}])`,
              'giu',
            ),
            candidate ?? word,
          ),
        text.normalize('NFC'),
      );
      if (suggestion.toLowerCase() === text.normalize('NFC').toLowerCase()) suggestion = undefined;
    }
    return {
      lang,
      locales,
      suggestion,
      clauses: parsed.clauses.length,
      frequencies: { all: frequencies('all'), any: frequencies('any') },
      passages: new Map(row.locales.map((l) => [l.locale, Number(l.n)])),
    };
  }

  /**
   * Each language's tsquery that finds the candidates: the whole query when every term of
   * that language drives (see `chooseCandidates`), else its driving clauses (any of them,
   * none of the excluded words); none when only common terms are said there.
   */
  private driverQuery(l: LocalePlan, mode: Mode, choice: CandidateChoice): string {
    const whole = mode === 'all' ? l.all : l.any;
    const clauses = l.clauses[mode];
    if (!whole || clauses.every((c) => choice.drivers.has(c.key))) return whole;
    const driving = clauses.filter((c) => choice.drivers.has(c.key));
    if (driving.length === 0) return '';
    const any = driving.map((c) => `(${c.query})`).join(' | ');
    return l.exclude ? `(${any}) & !(${l.exclude})` : any;
  }

  /**
   * The CTE `m`: candidate passages with their score. Candidates are found by the rarer
   * terms of the query (`chooseCandidates`, at most about `budget` passages; when even the
   * rarest term matches more, its first `budget` matches). BM25 over every query term
   * reads the lexemes' counts from each row's `tf` jsonb (idf and average length are
   * constants of this query), plus a title boost, the cross-language weight and a mild
   * freshness bonus.
   */
  private scoredSql(
    p: SqlParams,
    plan: Plan,
    mode: Mode,
    filters: Filters,
    budget: number,
  ): { sql: string; choice: CandidateChoice } | undefined {
    const choice = chooseCandidates(plan.frequencies[mode], plan.passages, mode, budget);
    const active = plan.locales
      .map((l) => ({ ...l, driver: this.driverQuery(l, mode, choice) }))
      .filter((l) => l.driver);
    if (active.length === 0) return undefined;
    const num = (x: number) => (Number.isFinite(x) ? x.toFixed(6) : '0');
    const match = active
      .map((l) => `(p.locale = ${p.add(l.locale)}::text AND p.tsv @@ ${p.add(l.driver)}::tsquery)`)
      .join(' OR ');
    const cases = active
      .map((l) => {
        const terms = l.lexemes.map(({ lexeme, idf }) => {
          const lx = p.add(lexeme);
          return (
            `search_bm25((p.tf ->> ${lx}::text)::float8, p.length, ${num(l.avgdl)}, ${num(idf)})` +
            ` + CASE WHEN ${lx}::text = ANY (p.title_lexemes) THEN ${num(TITLE_WEIGHT * idf)} ELSE 0 END`
          );
        });
        // Divided by the idf mass of the locale's query, so scores of queries with different
        // numbers of terms (a thesaurus expansion has many alternatives) compare fairly.
        const mass = l.lexemes.reduce((sum, x) => sum + x.idf, 0) || 1;
        return `WHEN ${p.add(l.locale)}::text THEN ${num(l.weight / mass)} * (${terms.join(' + ') || '0'})`;
      })
      .join(' ');
    // One GIN condition for all locales (their queries OR'ed; PostgreSQL folds the
    // constant), so the planner uses a single bitmap index scan instead of a sequential
    // scan over six alternatives; the exact per-locale condition then filters.
    const union = active.map((l) => `${p.add(l.driver)}::tsquery`).join(' || ');
    const where = [`p.tsv @@ (${union})`, `(${match})`];
    if (filters.types) where.push(`p.item_type = ANY (${p.add(filters.types)}::text[])`);
    if (filters.country) where.push(`${p.add(filters.country)}::text = ANY (p.country_codes)`);
    const sql = `WITH m AS (
        SELECT p.id, p.item_type, p.item_id, p.locale, p.position, p.country_codes,
          (CASE p.locale ${cases} ELSE 0 END)
          * (1 + ${FRESHNESS_WEIGHT} * exp(-greatest(0, extract(epoch FROM now() - p.updated_at)::float8) / ${FRESHNESS_SECONDS}))
          AS score
        FROM search_passage p
        WHERE ${where.join(' AND ')}
        ${choice.capped ? `LIMIT ${p.add(budget)}` : ''})
      `;
    return { sql, choice };
  }

  /** One best passage per item, the requested page of them, the total and the facets. */
  private async run(
    plan: Plan,
    mode: Mode,
    filters: Filters,
    page: number,
    size: number,
    highlight = false,
  ): Promise<RunResult> {
    const p = new SqlParams();
    // Facets are counted without the filter of their own dimension, so a visitor can switch.
    const scored = this.scoredSql(p, plan, mode, {}, SEARCH_CANDIDATE_BUDGET);
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
                     'snippet', ${this.headlineSql(p, plan, mode, 'd')}) AS detail`
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
    // Candidates cut at the budget: the total is estimated from the terms' frequencies, as
    // many items per matching passage as among the candidates. Facets count the candidates.
    const { choice } = scored;
    const total =
      choice.capped && row.matched > 0
        ? Math.max(row.total, Math.round((choice.estimate * row.total) / row.matched))
        : row.total;
    return {
      total,
      rows: row.page,
      facets: { type: facet(row.types), lang: facet(row.langs), country: facet(row.countries) },
    };
  }

  private async vectorCandidates(
    text: string,
    filters: Filters,
    limit: number,
  ): Promise<{ id: string; item_type: SearchHitType; item_id: string; locale: Locale }[]> {
    if (!this.embedder) return [];
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
  private async fuseWithVectors(
    query: string,
    plan: Plan,
    mode: Mode,
    filters: Filters,
    params: SearchParams,
    text: RunResult,
  ): Promise<RunResult> {
    const top = text.total > 0 ? await this.run(plan, mode, filters, 1, HYBRID_CANDIDATES) : text;
    const vector = await this.vectorCandidates(query, filters, VECTOR_CANDIDATES);
    const rows = new Map<string, PageRow>();
    const key = (r: { item_type: string; item_id: string }) => `${r.item_type}\u0000${r.item_id}`;
    for (const r of top.rows) rows.set(key(r), r);
    const vectorItems: string[] = [];
    for (const v of vector) {
      const k = key(v);
      if (!vectorItems.includes(k)) vectorItems.push(k);
      if (!rows.has(k)) rows.set(k, { ...v, score: 0 });
    }
    const fused = fuse([top.rows.map(key), vectorItems]);
    const onlyVector = vectorItems.filter((k) => !top.rows.some((r) => key(r) === k)).length;
    const start = (params.page - 1) * params.size;
    return {
      total: text.total + onlyVector,
      facets: text.facets,
      rows: fused.slice(start, start + params.size).flatMap(({ id, score }) => {
        const r = rows.get(id);
        return r ? [{ ...r, score }] : [];
      }),
    };
  }

  /** ts_headline of passage alias `d` in its own language's configuration and query. */
  private headlineSql(p: SqlParams, plan: Plan, mode: Mode, d: string): string {
    const configCase = plan.locales
      .map(
        (l) => `WHEN ${p.add(l.locale)}::text THEN ${p.add(SEARCH_CONFIGS[l.locale])}::regconfig`,
      )
      .join(' ');
    const queryCase = plan.locales
      .map(
        (l) =>
          `WHEN ${p.add(l.locale)}::text THEN ${p.add((mode === 'all' ? l.all : l.any) || '')}::tsquery`,
      )
      .join(' ');
    return `ts_headline(CASE ${d}.locale ${configCase} END, ${d}.body, CASE ${d}.locale ${queryCase} END,
                        ${p.add(HEADLINE_OPTIONS)}::text)`;
  }

  private async hits(plan: Plan, mode: Mode, rows: readonly DetailedRow[]): Promise<SearchHit[]> {
    if (rows.length === 0) return [];
    let byId: Map<string, PageDetail>;
    if (rows.every((r) => r.detail)) {
      byId = new Map(rows.map((r) => [r.id, r.detail as PageDetail]));
    } else {
      const p = new SqlParams();
      const details: PageDetail[] = await this.dataSource.query(
        `SELECT id, title, url, anchor, ${this.headlineSql(p, plan, mode, 'd')} AS snippet
           FROM search_passage d WHERE id = ANY (${p.add(rows.map((r) => r.id))}::text[])`,
        p.values,
      );
      byId = new Map(details.map((d) => [d.id, d]));
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
}

/** Reciprocal-rank fusion: each list adds 1 / (k + rank) to every id it ranks. */
export function fuse(lists: readonly (readonly string[])[]): { id: string; score: number }[] {
  const scores = new Map<string, number>();
  for (const list of lists) {
    list.forEach((id, rank) => scores.set(id, (scores.get(id) ?? 0) + 1 / (RRF_K + rank + 1)));
  }
  return [...scores.entries()]
    .map(([id, score]) => ({ id, score }))
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}
