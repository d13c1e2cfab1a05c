import type { Locale } from '@portal/domain/locales';

/**
 * How many passages of one language one clause of the query can match: its alternatives'
 * document frequencies added up (an alternative of several words counts its rarest word).
 * `df` is undefined for a clause that asks nothing there (only stop words).
 */
export interface ClauseFrequency {
  readonly locale: Locale;
  /** The visitor's word or concept the clause says: the same key in every language. */
  readonly key: string;
  readonly df: number | undefined;
}

/**
 * Which query terms find the candidate passages, the others only adding to the score of
 * the passages found (the strategy of Lucene's common-terms query and of max-score):
 *
 * - `drivers`: the keys of the terms whose matches are the candidates;
 * - `capped`: even the rarest term matches more than the budget, so the candidates are
 *   its first `budget` matches (ranked among themselves);
 * - `estimate`: about how many passages match the query as asked.
 */
export interface CandidateChoice {
  readonly drivers: ReadonlySet<string>;
  readonly capped: boolean;
  readonly estimate: number;
}

interface Term {
  readonly key: string;
  /** Matching passages per language. */
  readonly perLocale: ReadonlyMap<Locale, number>;
  readonly df: number;
}

/**
 * A word and its translations into the other languages are one term: their passages are
 * added up across languages, so a common word stays common however many languages the
 * thesaurus carries it into. Within one language a term said by several clauses (a
 * concept of two words in the visitor's language) matches as the rarest of them when
 * every clause is required ('all'), as their union otherwise ('any').
 */
function terms(
  clauses: readonly ClauseFrequency[],
  passages: ReadonlyMap<Locale, number>,
  mode: 'all' | 'any',
): Term[] {
  const byKey = new Map<string, Map<Locale, number>>();
  for (const c of clauses) {
    if (c.df === undefined) continue;
    const perLocale = byKey.get(c.key) ?? new Map<Locale, number>();
    const n = passages.get(c.locale) ?? 0;
    const df = Math.min(n, Math.max(0, c.df));
    const before = perLocale.get(c.locale);
    perLocale.set(
      c.locale,
      before === undefined ? df : mode === 'all' ? Math.min(before, df) : Math.min(n, before + df),
    );
    byKey.set(c.key, perLocale);
  }
  return [...byKey.entries()]
    .map(([key, perLocale]) => ({
      key,
      perLocale,
      df: [...perLocale.values()].reduce((sum, x) => sum + x, 0),
    }))
    .sort((a, b) => a.df - b.df || a.key.localeCompare(b.key));
}

/**
 * Chooses the terms that find the candidates so that at most about `budget` passages are
 * scored whatever the query.
 *
 * When every term is required ('all'), the matches are those of the rarest term filtered
 * by the others, so all terms drive and the cost is bounded when the rarest is within the
 * budget. When any term will do ('any'), terms are taken rarest first while their matches
 * added up stay within the budget (at least one); the commoner ones only re-rank.
 */
export function chooseCandidates(
  clauses: readonly ClauseFrequency[],
  passages: ReadonlyMap<Locale, number>,
  mode: 'all' | 'any',
  budget: number,
): CandidateChoice {
  const list = terms(clauses, passages, mode);
  if (list.length === 0) return { drivers: new Set(), capped: false, estimate: 0 };
  if (mode === 'all') {
    // Independent terms: in each language its passages times each term's share of them.
    let estimate = 0;
    for (const [locale, n] of passages) {
      if (n <= 0 || !list.every((t) => t.perLocale.has(locale))) continue;
      estimate += list.reduce((x, t) => (x * (t.perLocale.get(locale) ?? 0)) / n, n);
    }
    return {
      drivers: new Set(list.map((t) => t.key)),
      capped: list[0].df > budget,
      estimate: Math.round(Math.min(estimate, list[0].df)),
    };
  }
  const drivers = new Set<string>();
  let sum = 0;
  for (const t of list) {
    if (drivers.size > 0 && sum + t.df > budget) break;
    drivers.add(t.key);
    sum += t.df;
  }
  return { drivers, capped: sum > budget, estimate: sum };
}

/**
 * How many items match, when the candidates were cut at the budget: estimated from the
 * terms' frequencies, as many items per matching passage as among the candidates
 * (`items` of the `candidates` scored). Uncapped, the items counted are the total.
 */
export function estimatedItems(choice: CandidateChoice, items: number, candidates: number): number {
  return choice.capped && candidates > 0
    ? Math.max(items, Math.round((choice.estimate * items) / candidates))
    : items;
}
