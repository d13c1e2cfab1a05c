import {
  Inject,
  Injectable,
  Optional,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { SearchResponse, SearchSuggestion } from '@portal/domain/content';
import type { Locale } from '@portal/domain/locales';
import { DatabaseNotifications } from '@portal/api/database';
import type { TranslationLexicon } from '@portal/api/text';
import { EMBEDDER, Embedder } from './embeddings/embedder';
import { HybridRanking } from './hybrid-ranking';
import { readIndexVersion } from './index-version';
import { LearnedTranslations } from './learned-translations';
import { PassageRetrieval } from './passage-retrieval';
import type { Filters, MatchMode, Plan } from './query/query-plan';
import { QueryPlanner } from './query/query-planner';
import { CognateVocabulary } from './query/cognate-vocabulary';
import { TermStatistics } from './query/term-statistics';
import { ResultCache } from './query/result-cache';
import { RankedResults, type PageRequest, type RankedPage } from './ranked-results';
import { ResidentSearchIndex } from './resident/resident-search-index';
import { searchQuery } from './search-input';
import { SearchSuggestions } from './search-suggestions';
import { SEARCH_INDEX_CHANNEL, SEARCH_RESULT_TTL_MS } from './search.constants';
import type {
  FollowingPassage,
  RetrieveParams,
  RetrievedPassage,
  SearchParams,
} from './search.types';

/** How the service ranks; a deployment needs none of it (benchmarks compare with it). */
export interface SearchServiceOptions {
  /** Rank in SQL only, never from the index held in memory (default: in memory when current). */
  readonly sqlRankingOnly?: boolean;
}

export const SEARCH_SERVICE_OPTIONS = Symbol('SEARCH_SERVICE_OPTIONS');

/** Repeated identical searches (a popular query, paging back) are answered from memory. */
const RESULT_CACHE_SIZE = 500;

/**
 * Searches the index: full text with BM25 ranking in the visitor's language plus the
 * thesaurus-expanded query in the other five, typo correction from the index's own
 * vocabulary, and reciprocal-rank fusion with vector search when embeddings are on.
 */
@Injectable()
export class SearchService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly results = new ResultCache<SearchResponse>(
    RESULT_CACHE_SIZE,
    SEARCH_RESULT_TTL_MS,
  );

  /** Counts index changes heard of; a result computed across one is not kept. */
  private generation = 0;

  private readonly learned: LearnedTranslations;
  private readonly planner: QueryPlanner;
  private readonly cognates: CognateVocabulary;
  private readonly statistics: TermStatistics;
  private readonly ranked: RankedResults;
  private readonly hybrid: HybridRanking | undefined;
  private readonly passages: PassageRetrieval;
  private readonly suggestions: SearchSuggestions;
  private readonly resident: ResidentSearchIndex;

  constructor(
    private readonly dataSource: DataSource,
    @Optional() @Inject(EMBEDDER) embedder: Embedder | null = null,
    @Optional()
    @Inject(DatabaseNotifications)
    private readonly notifications: DatabaseNotifications | null = null,
    @Optional()
    @Inject(SEARCH_SERVICE_OPTIONS)
    private readonly options: SearchServiceOptions | null = null,
  ) {
    this.learned = new LearnedTranslations(dataSource);
    this.cognates = new CognateVocabulary(dataSource, !!notifications);
    this.statistics = new TermStatistics(dataSource, !!notifications);
    this.planner = new QueryPlanner(
      dataSource,
      () => this.learned.translator(),
      this.cognates,
      this.statistics,
    );
    this.ranked = new RankedResults(dataSource);
    this.hybrid = embedder ? new HybridRanking(dataSource, embedder, this.ranked) : undefined;
    this.passages = new PassageRetrieval(dataSource, this.planner, this.statistics, this.hybrid);
    this.suggestions = new SearchSuggestions(dataSource);
    this.resident = new ResidentSearchIndex(dataSource, !!notifications);
    // Told of every committed index change (here at once, other instances within
    // milliseconds), the cache is emptied then, and a hit costs no query at all.
    // Without the signal, each search asks the index's version first.
    notifications?.on(SEARCH_INDEX_CHANNEL, () => {
      this.generation += 1;
      this.results.clear();
      this.cognates.invalidate();
      this.statistics.invalidate();
      this.resident.invalidate();
    });
  }

  onApplicationBootstrap(): void {
    // Loaded before the first visitor searches; until then searches rank in SQL.
    if (!this.options?.sqlRankingOnly) void this.resident.ready();
  }

  onModuleDestroy(): void {
    this.cognates.dispose();
    this.resident.dispose();
  }

  /**
   * Resolves once the index is held in memory and current (or could not be read):
   * benchmarks and tests that measure or check the in-memory ranking wait for it.
   */
  residentIndexReady(): Promise<void> {
    return this.resident.ready();
  }

  /** Forgets every cached result (benchmarks measure the uncached path with it). */
  clearResultCache(): void {
    this.results.clear();
  }

  async search(params: SearchParams): Promise<SearchResponse> {
    const started = performance.now();
    const q = searchQuery(params);
    const generation = this.generation;
    // Told of every change, it needs no version: a kept result is current until one is heard.
    const version = this.notifications ? 'heard' : await readIndexVersion(this.dataSource);
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
    const response = await this.searchIndex(q, params, started, version);
    if (generation === this.generation) this.results.set(key, response);
    return response;
  }

  private async searchIndex(
    q: string,
    params: SearchParams,
    started: number,
    version: string,
  ): Promise<SearchResponse> {
    const filters: Filters = {
      types: params.type ? [params.type] : undefined,
      country: params.country?.toUpperCase(),
    };
    let query = q;
    let correctedFrom: string | undefined;
    let plan = await this.planner.plan(q, params.lang, { correctTypos: true });
    let suggestion = plan.suggestion;
    let mode: MatchMode = 'all';
    // Without embeddings the page's titles and snippets come with the ranking, in the
    // same statement; with them the page is only known after fusion.
    const page: PageRequest = {
      page: params.page,
      size: params.size,
      highlight: !this.hybrid,
      resident: this.options?.sqlRankingOnly ? undefined : this.resident.current(version),
    };
    let result = await this.ranked.page(plan, mode, filters, page);
    // Nothing has every word. A correction of the words the index does not know is taken
    // when it finds pages with every word (a typo: "polcie training"); otherwise the
    // visitor's own words are searched with any of them counting, since a word missing from
    // the index is as often a real word the pages do not use ("reception") as a typo, and
    // its "correction" ("perception") would search for something else.
    const fix = result.total === 0 ? plan.suggestion : undefined;
    const corrected = fix
      ? await this.planner.plan(fix, params.lang, { correctTypos: false })
      : undefined;
    const useCorrection = (fixed: Plan, found: RankedPage, foundMode: MatchMode) => {
      correctedFrom = q;
      query = fix ?? q;
      suggestion = undefined;
      plan = fixed;
      result = found;
      mode = foundMode;
    };
    if (corrected) {
      const all = await this.ranked.page(corrected, 'all', filters, page);
      if (all.total > 0) useCorrection(corrected, all, 'all');
    }
    if (result.total === 0 && plan.clauses > 1) {
      mode = 'any';
      result = await this.ranked.page(plan, mode, filters, page);
    }
    if (result.total === 0 && corrected && plan !== corrected && corrected.clauses > 1) {
      const any = await this.ranked.page(corrected, 'any', filters, page);
      if (any.total > 0) useCorrection(corrected, any, 'any');
    }
    if (this.hybrid) result = await this.hybrid.fuse(query, plan, mode, filters, page, result);
    const hits = await this.ranked.hits(plan, mode, result.rows, page.resident);
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
  retrieve(params: RetrieveParams): Promise<RetrievedPassage[]> {
    return this.passages.retrieve(params);
  }

  /**
   * Word translations learned from the published content's aligned passages (see
   * `LearnedLexicon`): how search and the assistant carry a query into other languages.
   */
  translations(): Promise<TranslationLexicon> {
    return this.learned.current();
  }

  /**
   * The published content's passages in every language, grouped by item and anchor (see
   * `LearnedTranslations.alignedPassages`).
   */
  alignedPassages(): Promise<{ group: string; lang: Locale; text: string }[]> {
    return this.learned.alignedPassages();
  }

  /** Changes whenever published content is indexed anew: for caches of what is learned from it. */
  alignedVersion(): Promise<string> {
    return this.learned.alignedVersion();
  }

  /** How rare each word is in the index's passages of its language (see `PassageRetrieval`). */
  rarity(
    wordsByLang: ReadonlyMap<Locale, readonly string[]>,
  ): Promise<Map<Locale, Map<string, number>>> {
    return this.passages.rarity(wordsByLang);
  }

  /** The `count` passages after passage `id` in the same item and language, in page order. */
  followingPassages(id: string, count: number): Promise<FollowingPassage[]> {
    return this.passages.followingPassages(id, count);
  }

  /** For each passage id, up to `count` passages of its item and language, in page order. */
  itemPassages(ids: readonly string[], count: number): Promise<Map<string, FollowingPassage[]>> {
    return this.passages.itemPassages(ids, count);
  }

  /** Search-as-you-type: titles in the visitor's language, then completions of the last word. */
  suggest(params: { q: string; lang: Locale }): Promise<SearchSuggestion[]> {
    return this.suggestions.suggest(params);
  }
}
