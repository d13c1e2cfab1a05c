import { CandidateChoice, chooseCandidates } from './candidates';
import type { Filters, LocalePlan, MatchMode, Plan } from './query-plan';
import { SqlParams } from './sql-params';

/** Weights of the ranking signals besides BM25 (k1 = 1.2, b = 0.75, in search_bm25()). */
export const TITLE_WEIGHT = 0.5;
/**
 * A passage in another language (found through the thesaurus, learned translations or
 * cognates) counts this much less, on top of the share of the query that language can
 * say: between passages that match the same words the visitor's language comes first.
 * A source in another language that matches more of a question's words still wins,
 * through the share of the question each passage matches (see `matchedConcepts`).
 */
export const CROSS_LINGUAL_WEIGHT = 0.5;
export const FRESHNESS_WEIGHT = 0.1;
export const FRESHNESS_SECONDS = 2 * 365 * 24 * 3600;

/**
 * A ranking constant as the ranking statement writes it (six decimals; 0 for what is not
 * finite): the resident index scores with the same rounded constants, so both rank alike.
 */
export function rankingConstant(x: number): string {
  return Number.isFinite(x) ? x.toFixed(6) : '0';
}
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

/** BM25's inverse document frequency of a lexeme in `df` of `passages` passages. */
export function idf(passages: number, df: number): number {
  return Math.log(1 + (passages - df + 0.5) / (df + 0.5));
}

/**
 * BM25 of one term (k1 = 1.2, b = 0.75) as the database's `search_bm25()` computes it, in
 * the same order of operations, so a ranking in memory scores exactly as the statement.
 */
export function bm25(tf: number, length: number, avgdl: number, idf: number): number {
  const k = 1.2 * (0.25 + (0.75 * length) / avgdl);
  return idf * 2.2 * (1 - k / (tf + k));
}

/**
 * Each language's tsquery that finds the candidates: the whole query when every term of
 * that language drives (see `chooseCandidates`), else its driving clauses (any of them,
 * none of the excluded words); none when only common terms are said there.
 */
export function driverQuery(l: LocalePlan, mode: MatchMode, choice: CandidateChoice): string {
  const whole = mode === 'all' ? l.all : l.any;
  const clauses = l.clauses[mode];
  if (!whole || clauses.every((c) => choice.drivers.has(c.key))) return whole;
  const driving = clauses.filter((c) => choice.drivers.has(c.key));
  if (driving.length === 0) return '';
  const any = driving.map((c) => `(${c.query})`).join(' | ');
  return l.exclude ? `(${any}) & !(${l.exclude})` : any;
}

/** How many of the visitor's words or concepts a language's query says. */
export function saidConcepts(l: LocalePlan, mode: MatchMode): number {
  return new Set(l.clauses[mode].map((c) => c.key)).size;
}

/** How many of the visitor's words or concepts the query asks for (see `LocalePlan.clauses`). */
export function askedConcepts(plan: Plan, mode: MatchMode): number {
  const own = plan.locales.find((l) => l.locale === plan.lang);
  return Math.max(
    1,
    own ? saidConcepts(own, mode) : Math.max(0, ...plan.locales.map((l) => saidConcepts(l, mode))),
  );
}

/**
 * SQL counting the visitor's words or concepts a passage of the locale matches (each key
 * once, by any of its clauses); undefined when the locale says none. The score is scaled
 * by the share matched (the coordination factor of classic Lucene scoring): BM25 alone
 * lets a passage that repeats one or two common words of a long question outrank the one
 * that answers it, above all when that one is in another language and so discounted.
 */
function matchedConcepts(p: SqlParams, l: LocalePlan, mode: MatchMode): string | undefined {
  const byKey = new Map<string, string[]>();
  for (const c of l.clauses[mode]) byKey.set(c.key, [...(byKey.get(c.key) ?? []), c.query]);
  if (byKey.size === 0) return undefined;
  return [...byKey.values()]
    .map((qs) => `(p.tsv @@ ${p.add(qs.map((q) => `(${q})`).join(' | '))}::tsquery)::int`)
    .join(' + ');
}

/**
 * The CTE `m`: candidate passages with their score. Candidates are found by the rarer
 * terms of the query (`chooseCandidates`, at most about `budget` passages; when even the
 * rarest term matches more, its first `budget` matches). BM25 over every query term
 * reads the lexemes' counts from each row's `tf` jsonb (idf and average length are
 * constants of this query), plus a title boost, times the share of the query matched,
 * the cross-language weight and a mild freshness bonus.
 */
export function scoredSql(
  p: SqlParams,
  plan: Plan,
  mode: MatchMode,
  filters: Filters,
  budget: number,
  { byShareMatched = true }: { byShareMatched?: boolean } = {},
): { sql: string; choice: CandidateChoice } | undefined {
  const choice = chooseCandidates(plan.frequencies[mode], plan.passages, mode, budget);
  const active = plan.locales
    .map((l) => ({ ...l, driver: driverQuery(l, mode, choice) }))
    .filter((l) => l.driver);
  if (active.length === 0) return undefined;
  const num = rankingConstant;
  const asked = askedConcepts(plan, mode);
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
      // When every clause is required, each candidate matches every concept its language
      // says: the share is 1, and testing each row against each concept would cost for nothing.
      const matched = byShareMatched && mode === 'any' ? matchedConcepts(p, l, mode) : undefined;
      // Another language's share is of the concepts it can say: its weight already holds the
      // share of the question it can say (see `readPlan`), which is not to be counted twice.
      const of = l.locale === plan.lang ? asked : Math.max(1, saidConcepts(l, mode));
      return (
        `WHEN ${p.add(l.locale)}::text THEN ${num(l.weight / mass)} * (${terms.join(' + ') || '0'})` +
        (matched ? ` * (${matched})::float8 / ${num(of)}` : '')
      );
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
