import type { DataSource } from 'typeorm';
import type { Locale } from '@portal/domain/locales';
import { readIndexVersion } from '../index-version';
import { SEARCH_CONFIGS, SEARCH_RESULT_TTL_MS } from '../search.constants';
import type { QueryTerm } from './query-parser';

/** What planning needs of one term in one language's text search. */
export interface TermInfo {
  /** The term's tsquery as text ('' when the language drops every word of it). */
  readonly q: string;
  /** Its lexemes with the number of the language's passages holding each. */
  readonly lexemes: readonly (readonly [string, number])[];
}

/** How many passages a language has and their total length (BM25's constants). */
export interface LocaleStats {
  readonly n: number;
  readonly total: number;
}

/** What a lookup found: each asked term's information, and each language's statistics. */
export interface TermTable {
  term(locale: Locale, term: QueryTerm): TermInfo;
  stats(locale: Locale): LocaleStats;
}

/** Terms kept per index version: far more than the distinct terms of a day's questions. */
const MAX_TERMS = 50_000;
/**
 * Even when changes are signalled, what was read is dropped after this long: a signal lost
 * with a broken connection must not leave the statistics wrong for the rest of the day.
 */
const MAX_AGE_MS = SEARCH_RESULT_TTL_MS;

/**
 * The tsquery, lexemes and document frequencies of query terms, and each language's
 * passage statistics, remembered until the index changes. Questions share most of their
 * terms (the thesaurus carries "police" into six languages for every one of them), and
 * building a term's tsquery and looking up its lexemes is most of what planning a query
 * costs: a plan asks the database only about terms it has not seen since the last change.
 *
 * Told of every index change (`invalidate`), it asks nothing else; without that signal it
 * reads the index's version before each use, so statistics are never stale.
 */
export class TermStatistics {
  private readonly terms = new Map<string, TermInfo>();
  private stats: ReadonlyMap<Locale, LocaleStats> | undefined;
  private version: string | undefined;
  /** Counts invalidations: what was read across one is not kept. */
  private generation = 0;
  /** When the cache was last emptied (ms since epoch). */
  private since = Date.now();
  /** The terms waiting to be read together (see `readTogether`). */
  private batch: Batch | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly signalled = false,
  ) {}

  invalidate(): void {
    this.since = Date.now();
    this.generation += 1;
    this.terms.clear();
    this.stats = undefined;
  }

  /** What the index says of each asked term, and every language's statistics. */
  async lookup(
    asked: readonly { readonly locale: Locale; readonly term: QueryTerm }[],
  ): Promise<TermTable> {
    if (!this.signalled) await this.checkVersion();
    else if (Date.now() - this.since > MAX_AGE_MS) this.invalidate();
    const generation = this.generation;
    // What is known now is used even if an index change empties the cache meanwhile: it was
    // true when the question came.
    const known = new Map<string, TermInfo>();
    const missing = new Map<string, { locale: Locale; term: QueryTerm }>();
    for (const a of readAs(asked)) {
      const key = termKey(a.locale, a.term);
      const info = this.terms.get(key);
      if (info) known.set(key, info);
      else missing.set(key, a);
    }
    let stats = this.stats;
    if (missing.size > 0 || !stats) {
      const read = await this.readTogether([...missing.values()], !stats);
      for (const [key, info] of read.terms) known.set(key, info);
      stats = read.stats ?? stats;
      if (generation === this.generation) {
        if (read.stats) this.stats = read.stats;
        if (this.terms.size + read.terms.size > MAX_TERMS) this.terms.clear();
        for (const [key, info] of read.terms) this.terms.set(key, info);
      }
    }
    const localeStats = stats ?? new Map<Locale, LocaleStats>();
    const info = (locale: Locale, term: QueryTerm) =>
      known.get(termKey(locale, term)) ?? EMPTY_TERM;
    return {
      term: (locale, term) =>
        isPlainWords(term)
          ? joined(term.text.split(' ').map((text) => info(locale, { text, phrase: false })))
          : info(locale, term),
      stats: (locale) => localeStats.get(locale) ?? { n: 0, total: 0 },
    };
  }

  /**
   * Lookups started together (the assistant plans a question in five languages at once) are
   * read in one statement: each adds its terms to the batch that is read once the current
   * turn of the event loop is done.
   */
  private readTogether(
    missing: readonly { locale: Locale; term: QueryTerm }[],
    withStats: boolean,
  ): Promise<ReadResult> {
    const batch = this.batch ?? this.startBatch();
    for (const m of missing) batch.terms.set(termKey(m.locale, m.term), m);
    batch.withStats ||= withStats;
    return batch.read;
  }

  /** A batch read once the current turn of the event loop is done; later lookups start anew. */
  private startBatch(): Batch {
    const terms = new Map<string, { locale: Locale; term: QueryTerm }>();
    const batch: Batch = {
      terms,
      withStats: false,
      read: new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
        this.batch = undefined;
        return this.read([...terms.values()], batch.withStats);
      }),
    };
    this.batch = batch;
    return batch;
  }

  /** One statement for every missing term (and the languages' stats when asked). */
  private async read(
    missing: readonly { locale: Locale; term: QueryTerm }[],
    withStats: boolean,
  ): Promise<ReadResult> {
    const [row]: {
      terms: [string, [string, number][] | null][] | null;
      stats: { locale: Locale; n: number; total: number }[] | null;
    }[] = await this.dataSource.query(
      `SELECT
         (SELECT json_agg(json_build_array(
                   (CASE WHEN t.phrase THEN phraseto_tsquery(t.cfg::regconfig, t.txt)
                         ELSE plainto_tsquery(t.cfg::regconfig, t.txt) END)::text,
                   (SELECT json_agg(json_build_array(lx, coalesce(s.df, 0)) ORDER BY lx)
                      FROM unnest(tsvector_to_array(to_tsvector(t.cfg::regconfig, t.txt))) AS lx
                      LEFT JOIN search_term_stats s ON s.locale = t.loc AND s.lexeme = lx))
                 ORDER BY t.i)
            FROM unnest($1::text[], $2::text[], $3::text[], $4::bool[])
                 WITH ORDINALITY AS t(loc, cfg, txt, phrase, i)) AS terms,
         CASE WHEN $5::bool THEN
           (SELECT json_agg(json_build_object('locale', locale, 'n', passages, 'total', total_length))
              FROM search_locale_stats)
         END AS stats`,
      [
        missing.map((m) => m.locale),
        missing.map((m) => SEARCH_CONFIGS[m.locale]),
        missing.map((m) => m.term.text),
        missing.map((m) => m.term.phrase),
        withStats,
      ],
    );
    const terms = new Map<string, TermInfo>();
    (row?.terms ?? []).forEach(([q, lexemes], i) => {
      const m = missing[i];
      if (!m) return;
      terms.set(termKey(m.locale, m.term), {
        q: q ?? '',
        lexemes: (lexemes ?? []).map(([lx, df]) => [lx, Number(df)] as const),
      });
    });
    if (!withStats) return { terms };
    const stats = new Map<Locale, LocaleStats>(
      (row?.stats ?? []).map((s) => [s.locale, { n: Number(s.n), total: Number(s.total) }]),
    );
    return { terms, stats };
  }

  private async checkVersion(): Promise<void> {
    const version = await readIndexVersion(this.dataSource);
    if (version !== this.version) {
      this.invalidate();
      this.version = version;
    }
  }
}

const EMPTY_TERM: TermInfo = { q: '', lexemes: [] };

/**
 * Plain terms of several words are read word by word: a query's words recur across
 * questions far more than its whole text does (the text the planner reads for each
 * language is the whole query), so each word is asked of the database once, not each new
 * combination of them.
 */
function isPlainWords(term: QueryTerm): boolean {
  return !term.phrase && term.text.includes(' ');
}

/** What is read for the terms asked: single words for plain terms of several. */
function readAs(
  asked: readonly { readonly locale: Locale; readonly term: QueryTerm }[],
): { locale: Locale; term: QueryTerm }[] {
  return asked.flatMap(({ locale, term }) =>
    isPlainWords(term)
      ? term.text.split(' ').map((text) => ({ locale, term: { text, phrase: false } }))
      : [{ locale, term }],
  );
}

/**
 * A plain term of several words from its words' information: what `plainto_tsquery` and
 * `to_tsvector` give for the whole text, since a term's words are runs of letters and
 * digits that the parser reads one by one: the words' queries joined by `&` (a stop word's
 * is empty), and their lexemes once each, in order.
 */
function joined(words: readonly TermInfo[]): TermInfo {
  const lexemes = new Map<string, number>();
  for (const w of words) for (const [lexeme, df] of w.lexemes) lexemes.set(lexeme, df);
  return {
    q: words
      .map((w) => w.q)
      .filter(Boolean)
      .join(' & '),
    lexemes: [...lexemes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  };
}

/** What one read found: each term's information, and the languages' stats when asked. */
interface ReadResult {
  terms: Map<string, TermInfo>;
  stats?: Map<Locale, LocaleStats>;
}

/** Terms asked for in the same turn of the event loop, read in one statement. */
interface Batch {
  terms: Map<string, { locale: Locale; term: QueryTerm }>;
  withStats: boolean;
  read: Promise<ReadResult>;
}

function termKey(locale: Locale, term: QueryTerm): string {
  return `${locale}\u0000${term.phrase ? 1 : 0}\u0000${term.text}`;
}
