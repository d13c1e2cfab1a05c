import type { FacetValue } from '@portal/domain/content';
import type { Locale } from '@portal/domain/locales';
import { chooseCandidates, estimatedItems } from '../query/candidates';
import type { Filters, LocalePlan, MatchMode, Plan } from '../query/query-plan';
import {
  FRESHNESS_SECONDS,
  FRESHNESS_WEIGHT,
  TITLE_WEIGHT,
  askedConcepts,
  bm25,
  driverQuery,
  rankingConstant,
  saidConcepts,
} from '../query/ranking';
import type { PageRequest, PageRow, RankedPage } from '../ranked-results';
import type { ResidentIndex } from './resident-index';
import { TextSearchSyntaxError, TsQuery, parseTsQuery } from './tsearch-text';

const NO_POSITIONS = new Uint16Array(0);

/** Countries listed in the facet at most (as the ranking statement does). */
const COUNTRY_FACET_SIZE = 30;

/** A query matched against passages of the snapshot by number, without lexeme strings. */
type Matcher = (slot: number) => boolean;

/** Passage numbers a query can match: ascending, or every passage of the language. */
type Slots = Int32Array | 'all';

/**
 * One page of ranked items from the resident index: what `RankedResults.page` computes in
 * SQL (see `scoredSql`), computed in memory with the same candidates, the same BM25 with
 * the same rounded constants, title boost, share of the query matched, cross-language
 * weight and freshness, the same best passage per item, facets and total. Undefined when
 * the plan asks what the snapshot cannot answer (a phrase of other than single words, any
 * text not of the planner's grammar), so the caller ranks in SQL.
 */
export function residentPage(
  index: ResidentIndex,
  plan: Plan,
  mode: MatchMode,
  filters: Filters,
  { page, size }: PageRequest,
  budget: number,
  now = Date.now(),
): RankedPage | undefined {
  const choice = chooseCandidates(plan.frequencies[mode], plan.passages, mode, budget);
  const compiled = compileLocales(index, plan, mode, choice);
  if (!compiled) return undefined;
  if (compiled.length === 0) return { total: 0, rows: [], facets: emptyFacets() };
  const p = index.passages;
  // Candidates in passage order, cut at the budget as the statement's LIMIT cuts them.
  const matched = firstMatches(index, compiled, choice.capped ? budget : Infinity);
  const scored = matched.map(({ slot, locale }) => ({
    slot,
    score: locale.score(slot) * freshness(p.updated[slot], now),
  }));
  const best = bestPerItem(index, scored, plan.lang);
  const ofType = (slot: number) => !filters.types || filters.types.includes(p.itemTypes[slot]);
  const inCountry = (slot: number) =>
    !filters.country || p.countryCodes[slot].includes(filters.country);
  const hits = best.filter((h) => ofType(h.slot) && inCountry(h.slot));
  hits.sort((a, b) => b.score - a.score || compareText(p.ids[a.slot], p.ids[b.slot]));
  const rows: PageRow[] = hits.slice((page - 1) * size, page * size).map(({ slot, score }) => ({
    id: p.ids[slot],
    item_type: p.itemTypes[slot],
    item_id: p.itemIds[slot],
    locale: p.locales[slot],
    score,
  }));
  return {
    total: estimatedItems(choice, hits.length, matched.length),
    rows,
    facets: {
      type: counted(best.filter((h) => inCountry(h.slot)).map((h) => [p.itemTypes[h.slot]])),
      lang: counted(hits.map((h) => [p.locales[h.slot]])),
      country: counted(best.filter((h) => ofType(h.slot)).map((h) => p.countryCodes[h.slot])).slice(
        0,
        COUNTRY_FACET_SIZE,
      ),
    },
  };
}

interface CompiledLocale {
  readonly locale: Locale;
  readonly candidates: Slots;
  readonly driver: Matcher;
  /** The passage's score before freshness. */
  readonly score: (slot: number) => number;
}

/**
 * The passages the languages' driving queries match, in passage order, the first `limit`:
 * the languages' candidate lists are walked together, so a common word with thousands of
 * candidates costs about `limit` tests when the budget caps it.
 */
function firstMatches(
  index: ResidentIndex,
  compiled: readonly CompiledLocale[],
  limit: number,
): { slot: number; locale: CompiledLocale }[] {
  const lists = compiled.map((l) =>
    l.candidates === 'all' ? index.passagesIn(l.locale) : l.candidates,
  );
  const at = lists.map(() => 0);
  const out: { slot: number; locale: CompiledLocale }[] = [];
  while (out.length < limit) {
    let next = -1;
    for (let i = 0; i < lists.length; i++)
      if (at[i] < lists[i].length && (next < 0 || lists[i][at[i]] < lists[next][at[next]]))
        next = i;
    if (next < 0) break;
    const slot = lists[next][at[next]++];
    if (compiled[next].driver(slot)) out.push({ slot, locale: compiled[next] });
  }
  return out;
}

/**
 * Each language's driving query and scorer, as `scoredSql` writes them; undefined when a
 * query needs word positions or is not of the planner's grammar.
 */
function compileLocales(
  index: ResidentIndex,
  plan: Plan,
  mode: MatchMode,
  choice: ReturnType<typeof chooseCandidates>,
): CompiledLocale[] | undefined {
  const asked = askedConcepts(plan, mode);
  const out: CompiledLocale[] = [];
  for (const l of plan.locales) {
    const driverText = driverQuery(l, mode, choice);
    if (!driverText) continue;
    const driver = parsed(driverText);
    if (!driver || !supported(driver)) return undefined;
    // Scored only when a concept's query is of the grammar too (the share matched needs it).
    const concepts = mode === 'any' ? conceptMatchers(index, l, mode) : [];
    if (!concepts) return undefined;
    const of = l.locale === plan.lang ? asked : Math.max(1, saidConcepts(l, mode));
    out.push({
      locale: l.locale,
      candidates: candidates(index, l.locale, driver),
      driver: matcher(index, driver),
      score: scorer(index, l, concepts, Number(rankingConstant(of))),
    });
  }
  return out;
}

function parsed(text: string): TsQuery | undefined {
  try {
    return parseTsQuery(text);
  } catch (e) {
    if (e instanceof TextSearchSyntaxError) return undefined;
    throw e;
  }
}

/** Per visitor's word or concept, whether a passage matches it (any of its clauses). */
function conceptMatchers(
  index: ResidentIndex,
  l: LocalePlan,
  mode: MatchMode,
): Matcher[] | undefined {
  const byKey = new Map<string, TsQuery[]>();
  for (const c of l.clauses[mode]) {
    const q = parsed(c.query);
    if (!q || !supported(q)) return undefined;
    byKey.set(c.key, [...(byKey.get(c.key) ?? []), q]);
  }
  return [...byKey.values()].map((qs) => matcher(index, { op: 'or', args: qs }));
}

/**
 * BM25 over every lexeme of the language's query (idf and average length rounded as in the
 * statement), plus the title boost, times the language's weight over its idf mass and the
 * share of the visitor's concepts matched.
 */
function scorer(
  index: ResidentIndex,
  l: LocalePlan,
  concepts: readonly Matcher[],
  of: number,
): (slot: number) => number {
  const constant = (x: number) => Number(rankingConstant(x));
  const avgdl = constant(l.avgdl);
  const terms = l.lexemes.map(({ lexeme, idf }) => ({
    id: index.lexemeId(lexeme),
    idf: constant(idf),
    title: constant(TITLE_WEIGHT * idf),
  }));
  const mass = l.lexemes.reduce((sum, x) => sum + x.idf, 0) || 1;
  const weight = constant(l.weight / mass);
  return (slot) => {
    const length = index.passages.lengths[slot];
    let sum = 0;
    for (const t of terms) {
      const tf = t.id < 0 ? 0 : index.frequency(index.entry(slot, t.id));
      sum += bm25(tf, length, avgdl, t.idf);
      if (t.id >= 0 && index.inTitle(slot, t.id)) sum += t.title;
    }
    const score = weight * sum;
    if (concepts.length === 0) return score;
    let matched = 0;
    for (const m of concepts) if (m(slot)) matched += 1;
    return (score * matched) / of;
  };
}

function freshness(updatedSeconds: number, now: number): number {
  const age = now / 1000 - updatedSeconds;
  return 1 + FRESHNESS_WEIGHT * Math.exp(-Math.max(0, age) / FRESHNESS_SECONDS);
}

/**
 * Whether the resident index answers the query as PostgreSQL does: phrases only as chains
 * of words (`a <-> b <2> c`, what phraseto_tsquery writes), read left to right.
 */
function supported(q: TsQuery): boolean {
  switch (q.op) {
    case 'lexeme':
      return true;
    case 'not':
      return supported(q.arg);
    case 'phrase':
      return (
        q.args[1].op === 'lexeme' &&
        (q.args[0].op === 'lexeme' || (q.args[0].op === 'phrase' && supported(q.args[0])))
      );
    default:
      return q.args.every(supported);
  }
}

/** The query as a test of a passage's lexemes by number. */
function matcher(index: ResidentIndex, q: TsQuery): Matcher {
  switch (q.op) {
    case 'lexeme': {
      const id = index.lexemeId(q.lexeme);
      return id < 0 ? () => false : (slot) => index.entry(slot, id) >= 0;
    }
    case 'not': {
      const arg = matcher(index, q.arg);
      return (slot) => !arg(slot);
    }
    case 'and': {
      const args = q.args.map((a) => matcher(index, a));
      return (slot) => args.every((m) => m(slot));
    }
    case 'or': {
      const args = q.args.map((a) => matcher(index, a));
      return (slot) => args.some((m) => m(slot));
    }
    case 'phrase': {
      const ends = phraseEnds(index, q);
      return (slot) => ends(slot).length > 0;
    }
  }
}

/**
 * Where a chain of words ends in a passage: a word's positions; for `left <N> word`, the
 * word's positions exactly N after an end of `left` (PostgreSQL's phrase distance).
 */
function phraseEnds(index: ResidentIndex, q: TsQuery): (slot: number) => Uint16Array {
  if (q.op === 'lexeme') {
    const id = index.lexemeId(q.lexeme);
    return (slot) => {
      const entry = id < 0 ? -1 : index.entry(slot, id);
      return entry < 0 ? NO_POSITIONS : index.positionsOf(entry);
    };
  }
  if (q.op !== 'phrase') throw new TextSearchSyntaxError('not a chain of words');
  const left = phraseEnds(index, q.args[0]);
  const right = phraseEnds(index, q.args[1]);
  return (slot) => {
    const ends = right(slot);
    if (ends.length === 0) return ends;
    const starts = new Set(left(slot));
    return starts.size ? ends.filter((p) => starts.has(p - q.distance)) : NO_POSITIONS;
  };
}

/**
 * Passages that may match the query in the language, a superset of its matches: a
 * lexeme's postings, the union of alternatives, the smallest of required parts, every
 * passage for a negation.
 */
function candidates(index: ResidentIndex, locale: Locale, q: TsQuery): Slots {
  switch (q.op) {
    case 'lexeme': {
      const id = index.lexemeId(q.lexeme);
      return id < 0 ? new Int32Array(0) : index.postings(locale, id);
    }
    case 'not':
      return 'all';
    case 'phrase':
    case 'and': {
      let smallest: Slots = 'all';
      for (const a of q.args) {
        const s = candidates(index, locale, a);
        if (s !== 'all' && (smallest === 'all' || s.length < smallest.length)) smallest = s;
      }
      return smallest;
    }
    case 'or': {
      const lists: Int32Array[] = [];
      for (const a of q.args) {
        const s = candidates(index, locale, a);
        if (s === 'all') return 'all';
        lists.push(s);
      }
      return union(lists, index.size);
    }
  }
}

/** The ascending union of ascending lists of passage numbers below `size`. */
function union(lists: readonly Int32Array[], size: number): Int32Array {
  const nonEmpty = lists.filter((l) => l.length > 0);
  if (nonEmpty.length <= 1) return nonEmpty[0] ?? new Int32Array(0);
  const seen = new Uint8Array(size);
  let count = 0;
  for (const list of nonEmpty)
    for (const slot of list) {
      if (!seen[slot]) count += 1;
      seen[slot] = 1;
    }
  const out = new Int32Array(count);
  let at = 0;
  for (let slot = 0; slot < size && at < count; slot++) if (seen[slot]) out[at++] = slot;
  return out;
}

/**
 * Each item's best passage: in the visitor's language first, then by score, then the
 * earliest on its page (the statement's DISTINCT ON order).
 */
function bestPerItem(
  index: ResidentIndex,
  scored: readonly { slot: number; score: number }[],
  lang: Locale,
): { slot: number; score: number }[] {
  const best = new Map<number, { slot: number; score: number }>();
  const better = (a: { slot: number; score: number }, b: { slot: number; score: number }) => {
    const { locales, positions } = index.passages;
    const ownA = locales[a.slot] === lang;
    const ownB = locales[b.slot] === lang;
    if (ownA !== ownB) return ownA;
    if (a.score !== b.score) return a.score > b.score;
    return positions[a.slot] < positions[b.slot];
  };
  for (const s of scored) {
    const item = index.passages.items[s.slot];
    const held = best.get(item);
    if (!held || better(s, held)) best.set(item, s);
  }
  return [...best.values()];
}

/** Facet values with their counts, most first, then by value. */
function counted(valuesPerRow: readonly (readonly string[])[]): FacetValue[] {
  const counts = new Map<string, number>();
  for (const values of valuesPerRow)
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || compareText(a.value, b.value));
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function emptyFacets(): Record<string, FacetValue[]> {
  return { type: [], lang: [], country: [] };
}
