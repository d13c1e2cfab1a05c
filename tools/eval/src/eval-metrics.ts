import type { EvalCase } from './eval-case';
import type { EvalOutcome, EvalRun, SearchHit } from './http-run';

export interface EvalMetrics {
  readonly questions: number;
  readonly hitAt5: number;
  readonly mrr: number;
  readonly factRecall: number;
  readonly citationAccuracy: number;
  readonly refusalRate: number;
  readonly falseRefusalRate: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
}

/** An answer longer than this gets no credit for its facts (the shared set's rule). */
const MAX_CREDITED_ANSWER = 1200;

/** Lower case, no accents, one kind of apostrophe, quote and dash, single spaces. */
export function foldForScoring(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u2019\u2018\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014\u2011]/g, '-')
    .replace(/\s+/g, ' ');
}

/** `doc:<id>` -> the uploaded document; anything else is a page path after the locale. */
export function matchesSource(
  expected: string,
  hit: { url: string; documentId?: string },
  documentIds: ReadonlyMap<string, string>,
): boolean {
  if (expected.startsWith('doc:')) return hit.documentId === documentIds.get(expected.slice(4));
  const path = hit.url.replace(/^\/[a-z]{2}\//, '').replace(/#.*$/, '');
  return expected.endsWith('/')
    ? path.startsWith(expected)
    : path === expected || path.endsWith(`/${expected}`);
}

function rankIn(
  hits: readonly SearchHit[],
  sources: readonly string[],
  ids: ReadonlyMap<string, string>,
): number {
  const i = hits.findIndex((h) => sources.some((e) => matchesSource(e, h, ids)));
  return i < 0 ? Infinity : i + 1;
}

export function factFound(c: EvalCase, fact: string, answer: string): boolean {
  return c.match === 'folded'
    ? foldForScoring(answer).includes(foldForScoring(fact))
    : new RegExp(fact, 'iu').test(answer);
}

export function factsFound(o: EvalOutcome): number {
  const facts = o.case.facts ?? [];
  if (o.refused || facts.length === 0 || o.answer.length > MAX_CREDITED_ANSWER) return 0;
  return facts.filter((f) => factFound(o.case, f, o.answer)).length / facts.length;
}

export function citesExpected(o: EvalOutcome, ids: ReadonlyMap<string, string>): boolean {
  return (
    !o.refused &&
    o.citations.some((c) => (o.case.sources ?? []).some((e) => matchesSource(e, c, ids)))
  );
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : 0);
const answerable = (o: EvalOutcome) => !!o.case.sources?.length;

/**
 * Search figures over the search queries and the search step of answerable questions;
 * fact recall and citations over answerable questions; refusal over unanswerable ones.
 */
export function computeMetrics(
  outcomes: readonly EvalOutcome[],
  ids: ReadonlyMap<string, string>,
  searches: EvalRun['searches'] = [],
): EvalMetrics {
  const withSources = outcomes.filter(answerable);
  const unanswerable = outcomes.filter((o) => !answerable(o));
  const ranks = [
    ...withSources.map((o) => rankIn(o.hits, o.case.sources ?? [], ids)),
    ...searches.map((s) => rankIn(s.hits, s.case.sources, ids)),
  ];
  const ms = outcomes.map((o) => o.ms);
  return {
    questions: outcomes.length,
    hitAt5: mean(ranks.map((r) => (r <= 5 ? 1 : 0))),
    mrr: mean(ranks.map((r) => (r <= 10 ? 1 / r : 0))),
    factRecall: mean(withSources.map(factsFound)),
    citationAccuracy: mean(withSources.map((o) => (citesExpected(o, ids) ? 1 : 0))),
    refusalRate: mean(unanswerable.map((o) => (o.refused ? 1 : 0))),
    falseRefusalRate: mean(withSources.map((o) => (o.refused ? 1 : 0))),
    p50Ms: percentile(ms, 50),
    p95Ms: percentile(ms, 95),
  };
}

/** Figures for the whole run, each question kind and each language. */
export function metricsByGroup(run: EvalRun): [string, EvalMetrics, readonly EvalOutcome[]][] {
  const { outcomes, documentIds: ids } = run;
  const rows: [string, EvalMetrics, readonly EvalOutcome[]][] = [
    ['all', computeMetrics(outcomes, ids, run.searches), outcomes],
  ];
  const groups = (key: (o: EvalOutcome) => string) => [...new Set(outcomes.map(key))];
  for (const kind of groups((o) => o.case.category)) {
    const of = outcomes.filter((o) => o.case.category === kind);
    rows.push([kind, computeMetrics(of, ids), of]);
  }
  for (const lang of groups((o) => o.case.lang)) {
    const of = outcomes.filter((o) => o.case.lang === lang);
    rows.push([
      lang,
      computeMetrics(
        of,
        ids,
        run.searches.filter((s) => s.case.lang === lang),
      ),
      of,
    ]);
  }
  if (run.searches.length) {
    rows.push(['search queries', computeMetrics([], ids, run.searches), []]);
  }
  return rows;
}

const f = (x: number) => x.toFixed(2);

export function metricsTable(run: EvalRun): string {
  const head =
    '| group | n | hit@5 | MRR | fact recall | citation | refusal (unanswerable) | false refusal | p50 ms | p95 ms |\n' +
    '|---|---|---|---|---|---|---|---|---|---|';
  const body = metricsByGroup(run).map(([name, m, of]) => {
    const searchOnly = name === 'search queries';
    const hasAnswerable = searchOnly || of.some(answerable);
    const hasUnanswerable = of.some((o) => !answerable(o));
    const a = (x: number) => (hasAnswerable ? f(x) : '–');
    const q = (x: number) => (of.some(answerable) ? f(x) : '–');
    const n = searchOnly ? run.searches.length : m.questions;
    const ms = (x: number) => (of.length ? String(x) : '–');
    return `| ${name} | ${n} | ${a(m.hitAt5)} | ${a(m.mrr)} | ${q(m.factRecall)} | ${q(m.citationAccuracy)} | ${hasUnanswerable ? f(m.refusalRate) : '–'} | ${q(m.falseRefusalRate)} | ${ms(m.p50Ms)} | ${ms(m.p95Ms)} |`;
  });
  return [head, ...body].join('\n');
}

/** The questions that went wrong, for whoever improves the assistant next. */
export function failures(run: EvalRun): string {
  const ids = run.documentIds;
  const lines: string[] = [];
  for (const o of run.outcomes) {
    const ok = answerable(o)
      ? !o.refused && factsFound(o) === 1 && citesExpected(o, ids)
      : o.refused;
    if (ok) continue;
    const missing = (o.case.facts ?? []).filter((fact) => !factFound(o.case, fact, o.answer));
    lines.push(
      `- ${o.case.id} (${o.case.lang}, ${o.case.category}) ${o.case.question}\n` +
        `    search rank ${rankIn(o.hits, o.case.sources ?? [], ids)}${o.refused ? ' REFUSED' : ''}${missing.length ? ` missing: ${missing.join(' | ')}` : ''}\n` +
        `    -> ${o.answer.replace(/\s+/g, ' ').slice(0, 400)}\n` +
        `    cites ${o.citations.map((c) => c.url.replace(/documents\/(.{8})[^#]*/, 'documents/$1')).join(' ')}`,
    );
  }
  return lines.join('\n');
}

/** Questions and search queries whose source search ranked below 5th: what hit@5 misses. */
export function searchMisses(run: EvalRun): string {
  const ids = run.documentIds;
  const rows = [
    ...run.outcomes.filter(answerable).map((o) => ({
      id: o.case.id,
      lang: o.case.lang,
      text: o.case.question,
      rank: rankIn(o.hits, o.case.sources ?? [], ids),
    })),
    ...run.searches.map((s) => ({
      id: s.case.id,
      lang: s.case.lang,
      text: s.case.query,
      rank: rankIn(s.hits, s.case.sources, ids),
    })),
  ];
  return rows
    .filter((r) => r.rank > 5)
    .map((r) => `- ${r.id} (${r.lang}) rank ${r.rank}: ${r.text}`)
    .join('\n');
}

/** The slowest questions, slowest first: where p95 comes from. */
export function slowest(run: EvalRun, count = 8): string {
  return [...run.outcomes]
    .sort((a, b) => b.ms - a.ms)
    .slice(0, count)
    .map((o) => `- ${o.case.id} (${o.case.lang}) ${o.ms} ms: ${o.case.question}`)
    .join('\n');
}
