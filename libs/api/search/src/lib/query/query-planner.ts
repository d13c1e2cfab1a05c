import { DataSource } from 'typeorm';
import { LOCALES, Locale } from '@portal/domain/locales';
import { COMPOUNDING_LOCALES } from '@portal/api/text';
import { SEARCH_CONFIGS } from '../search.constants';
import type { ClauseFrequency } from './candidates';
import { ParsedQuery, QueryTerm, escapeRegExp, parseQuery, positiveWords } from './query-parser';
import type { LocalePlan, MatchMode, Plan, PlannedClause } from './query-plan';
import { CROSS_LINGUAL_WEIGHT, idf } from './ranking';
import type { CognateTable, CognateVocabulary } from './cognate-vocabulary';
import { expandAcrossLocales, ownClauseKeys, type WordTranslator } from './thesaurus';
import { TermStatistics, type TermTable } from './term-statistics';

/** A clause of one language's 'all' or 'any' query, and the term it says. */
export interface PlanClause {
  readonly locale: Locale;
  readonly mode: MatchMode;
  readonly key: string;
}

/** What planning reads from the index, per language, per clause alternative and per word. */
export interface PlanRow {
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
  /** Per alternative of a clause: the clause's index, its tsquery and its rarest word's df. */
  alternatives: [number, string, number | null][];
  /** Per query word checked: the word, whether the index knows it, its closest known word. */
  words: [string, boolean, string | null][];
}

/**
 * Plans a query in every language: parses it, carries it into the other five through the
 * thesaurus and the learned translations, and reads from the index what ranking needs.
 */
export class QueryPlanner {
  constructor(
    private readonly dataSource: DataSource,
    /** The learned translations as the thesaurus takes them (none until content is learned). */
    private readonly translator: () => Promise<WordTranslator | undefined>,
    /** The index's written cognates of the query's words (none without it). */
    private readonly cognates?: CognateVocabulary,
    /** What the index says of each term, remembered until it changes. */
    private readonly statistics = new TermStatistics(dataSource),
  ) {}

  /**
   * The tsqueries per locale (each term's built by PostgreSQL, combined here), the document
   * frequency of every query lexeme, each clause's tsquery and how many passages it can
   * match (to choose the terms that find the candidates), and with `correctTypos` for each
   * query word whether the index knows it and, if not, its closest vocabulary word. Terms
   * come from `TermStatistics`: the database is asked only about terms new since the index
   * last changed.
   */
  async plan(
    text: string,
    lang: Locale,
    {
      correctTypos,
      locales = LOCALES,
      anyOnly = false,
    }: {
      correctTypos: boolean;
      /** The languages to plan for (all six unless given); passages in others never match. */
      locales?: readonly Locale[];
      /** Plans the 'any' query only (what the assistant's retrieval ranks by), not 'all'. */
      anyOnly?: boolean;
    },
  ): Promise<Plan> {
    const parsed = await this.withCompoundParts(parseQuery(text), lang);
    // The expansions into other languages are only needed when one of them is planned.
    const crossLingual = locales.some((l) => l !== lang);
    const strict = crossLingual ? expandAcrossLocales(text, lang, parsed, true) : {};
    const cognates =
      this.cognates && crossLingual
        ? await this.cognates.find(positiveWords(parsed), lang)
        : new Map<string, never>();
    const loose = crossLingual
      ? expandAcrossLocales(
          text,
          lang,
          parsed,
          false,
          withCognates(await this.translator(), cognates),
        )
      : {};
    const ownKeys = ownClauseKeys(text, lang, parsed.clauses);
    // Every clause of every language's 'all' and 'any' query, one row per alternative.
    const clauseRows: PlanClause[] = [];
    const alternatives: { clause: number; locale: Locale; term: QueryTerm }[] = [];
    const addClause = (
      locale: Locale,
      mode: MatchMode,
      key: string,
      terms: readonly QueryTerm[],
    ) => {
      const clause = clauseRows.push({ locale, mode, key }) - 1;
      for (const term of terms) alternatives.push({ clause, locale, term });
    };
    const planned = locales.map((locale) => {
      const query = locale === lang ? parsed : (strict[locale] ?? parsed);
      const anyQuery = locale === lang ? parsed : (loose[locale] ?? parsed);
      const allKeys = (locale !== lang && strict[locale]?.keys) || ownKeys;
      const anyKeys = (locale !== lang && loose[locale]?.keys) || ownKeys;
      if (!anyOnly)
        query.clauses.forEach((c, i) => addClause(locale, 'all', allKeys[i] ?? `#${i}`, c));
      anyQuery.clauses.forEach((c, i) =>
        c.forEach((t) => addClause(locale, 'any', anyKeys[i] ?? `#${i}`, [t])),
      );
      const expressed: QueryTerm = {
        text:
          locale === lang
            ? parsed.clauses
                .flat()
                .map((t) => t.text)
                .join(' ')
            : (loose[locale]?.expressed ?? ''),
        phrase: false,
      };
      return { locale, query, anyQuery, expressed };
    });
    // Every term the plan reads, looked up at once (most are known from earlier queries).
    const asked: { locale: Locale; term: QueryTerm }[] = alternatives.map((a) => ({
      locale: a.locale,
      term: a.term,
    }));
    for (const l of planned) {
      for (const term of [...l.query.exclude, ...l.anyQuery.exclude])
        asked.push({ locale: l.locale, term });
      // The visitor's language reads what each language's query expresses (see `readPlan`).
      if (l.expressed.text) asked.push({ locale: lang, term: l.expressed });
    }
    // The typo check reads each query word as a term of the visitor's language too: a word
    // whose lexeme the language's passages hold is known without asking the vocabulary.
    const checked = correctTypos ? wordsToCheck(parsed) : [];
    for (const word of checked) asked.push({ locale: lang, term: { text: word, phrase: false } });
    const table = await this.statistics.lookup(asked);
    const inIndex = (word: string) =>
      table.term(lang, { text: word, phrase: false }).lexemes.some(([, df]) => df > 0);
    const unknown = checked.filter((w) => !inIndex(w));
    const looked = unknown.length ? await this.knownWords(unknown, lang) : [];
    const words = checked.map(
      (w): [string, boolean, string | null] =>
        looked.find(([word]) => word === w) ?? [w, true, null],
    );
    const row: PlanRow = {
      locales: planned.map((l) => {
        const any = l.anyQuery.clauses.flat();
        const lexemes = new Map<string, number>();
        for (const t of any)
          for (const [lx, df] of table.term(l.locale, t).lexemes) lexemes.set(lx, df);
        const stats = table.stats(l.locale);
        return {
          locale: l.locale,
          all:
            l.query.clauses.length && !anyOnly
              ? withExclusions(
                  allOf(l.query.clauses.map((c) => anyOf(table, l.locale, c))),
                  anyOf(table, l.locale, l.query.exclude),
                )
              : '',
          any: l.anyQuery.clauses.length
            ? withExclusions(
                anyOf(table, l.locale, any),
                anyOf(table, l.locale, l.anyQuery.exclude),
              )
            : '',
          n: stats.n,
          total: stats.total,
          lexemes: [...lexemes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
          expressed: l.expressed.text
            ? table.term(lang, l.expressed).lexemes.map(([lx]) => lx)
            : [],
          exclude: anyOf(table, l.locale, l.query.exclude),
        };
      }),
      alternatives: alternatives.map((a) => {
        const info = table.term(a.locale, a.term);
        const df = info.lexemes.length ? Math.min(...info.lexemes.map(([, d]) => d)) : null;
        return [a.clause, info.q, df];
      }),
      words,
    };
    return readPlan(row, { text, lang, parsed, clauses: clauseRows });
  }

  /**
   * The query with each compound of the visitor's language also asked for as its parts
   * (one more alternative of its clause): "Hafenbehörde" finds "die Behörde des Hafens",
   * and through the parts' translations the other languages' pages.
   */
  private async withCompoundParts(parsed: ParsedQuery, lang: Locale): Promise<ParsedQuery> {
    const vocabulary = this.cognates;
    if (!vocabulary || !COMPOUNDING_LOCALES.has(lang)) return parsed;
    const clauses = await Promise.all(
      parsed.clauses.map(async (clause) => {
        const parts: QueryTerm[] = [];
        for (const term of clause) {
          if (term.phrase || term.text.includes(' ')) continue;
          const split = await vocabulary.compoundParts(term.text, lang);
          const text = split?.join(' ');
          if (text && !clause.some((t) => t.text === text)) parts.push({ text, phrase: false });
        }
        return parts.length ? [...clause, ...parts] : clause;
      }),
    );
    return { ...parsed, clauses };
  }

  /** For each word: whether the index knows it (in any language), else its closest word. */
  private async knownWords(
    checkWords: readonly string[],
    lang: Locale,
  ): Promise<[string, boolean, string | null][]> {
    const [row]: { words: [string, boolean, string | null][] }[] = await this.dataSource.query(
      `SELECT coalesce(json_agg(json_build_array(w.word, k.known, c.word)), '[]'::json) AS words
         FROM unnest($1::text[]) AS w(word)
         CROSS JOIN LATERAL (
           SELECT EXISTS (SELECT 1 FROM search_vocabulary v WHERE v.word = w.word)
               OR EXISTS (SELECT 1 FROM search_term_stats s
                           WHERE s.locale = $2::text
                             AND s.lexeme = ANY (tsvector_to_array(to_tsvector($3::regconfig, w.word))))
               AS known) k
         LEFT JOIN LATERAL (
           SELECT v.word FROM search_vocabulary v
            WHERE NOT k.known AND v.word % w.word
            ORDER BY similarity(v.word, w.word) DESC, (v.locale = $2::text) DESC, v.freq DESC, v.word
            LIMIT 1) c ON true`,
      [checkWords, lang, SEARCH_CONFIGS[lang]],
    );
    return row?.words ?? [];
  }
}

/** The query words worth checking for typos: no numbers, no one- or two-letter words. */
function wordsToCheck(parsed: ParsedQuery): string[] {
  return positiveWords(parsed)
    .filter((w) => w.length >= 3 && w.length <= 40 && !/\p{N}/u.test(w))
    .slice(0, 10);
}

/** The OR of the terms' tsqueries in the language, '' when every one of them is empty. */
function anyOf(table: TermTable, locale: Locale, terms: readonly QueryTerm[]): string {
  const qs = terms.map((t) => table.term(locale, t).q).filter(Boolean);
  return qs.length > 1 ? qs.map((q) => `(${q})`).join(' | ') : (qs[0] ?? '');
}

/** The AND of the clauses' queries, leaving out empty ones (as PostgreSQL's && does). */
function allOf(clauses: readonly string[]): string {
  const qs = clauses.filter(Boolean);
  return qs.length > 1 ? qs.map((q) => `(${q})`).join(' & ') : (qs[0] ?? '');
}

/** The query without what the excluded terms match. */
function withExclusions(query: string, excluded: string): string {
  if (!excluded) return query;
  return query ? `(${query}) & !(${excluded})` : `!(${excluded})`;
}

/**
 * The learned translations with the index's cognates as further alternatives; its id
 * names both, since the cognates change with the index.
 */
export function withCognates(
  learned: WordTranslator | undefined,
  cognates: CognateTable,
): WordTranslator | undefined {
  if (cognates.size === 0) return learned;
  const known = [...cognates].map(([w, byLocale]) => [w, [...byLocale]]);
  return {
    id: `${learned?.id ?? 0}:${JSON.stringify(known)}`,
    translate: (word, from, to) => [
      ...(learned?.translate(word, from, to) ?? []),
      ...(cognates.get(word)?.get(to) ?? []),
    ],
  };
}

/**
 * The plan from what the index said: each language's clauses, BM25 constants and weight
 * (by the share of the visitor's query it can say), and a correction of unknown words.
 */
export function readPlan(
  row: PlanRow,
  asked: {
    readonly text: string;
    readonly lang: Locale;
    readonly parsed: ParsedQuery;
    readonly clauses: readonly PlanClause[];
  },
): Plan {
  const { text, lang, parsed, clauses: clauseRows } = asked;
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
  const planned = (locale: Locale, mode: MatchMode): PlannedClause[] =>
    clauseRows.flatMap((c, i) =>
      c.locale === locale && c.mode === mode && clauseQueries[i].length
        ? [{ key: c.key, query: clauseQueries[i].join(' | ') }]
        : [],
    );
  const frequencies = (mode: MatchMode): ClauseFrequency[] =>
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
  return {
    lang,
    locales,
    suggestion: correctedQuery(text, row.words),
    clauses: parsed.clauses.length,
    frequencies: { all: frequencies('all'), any: frequencies('any') },
    passages: new Map(row.locales.map((l) => [l.locale, Number(l.n)])),
  };
}

/**
 * The query with each word the index does not know replaced by its closest known word
 * (whole words only, in any case); undefined when nothing changes but the case.
 */
export function correctedQuery(
  text: string,
  words: readonly (readonly [string, boolean, string | null])[],
): string | undefined {
  const corrections = words.filter(([, known, candidate]) => !known && candidate);
  if (!corrections.length) return undefined;
  const suggestion = corrections.reduce(
    (s, [word, , candidate]) =>
      s.replace(
        new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{M}\\p{N}])`, 'giu'),
        candidate ?? word,
      ),
    text.normalize('NFC'),
  );
  return suggestion.toLowerCase() === text.normalize('NFC').toLowerCase() ? undefined : suggestion;
}
