import type { Citation, SourcePassage } from '@portal/api/assistant';
import type { EvalCase, EvalCategory } from './eval-set';

export interface EvalOutcome {
  readonly case: EvalCase;
  readonly answer: string;
  readonly refused: boolean;
  readonly citations: readonly Citation[];
  readonly sources: readonly SourcePassage[];
  readonly ms: number;
}

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

/** `doc:<file>` -> the document's id; anything else is a page path after the locale. */
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

function rankOf(o: EvalOutcome, ids: ReadonlyMap<string, string>): number {
  const i = o.sources.findIndex((s) =>
    (o.case.sources ?? []).some((e) => matchesSource(e, s, ids)),
  );
  return i < 0 ? Infinity : i + 1;
}

export function factsFound(o: EvalOutcome): number {
  const facts = o.case.facts ?? [];
  if (o.refused || facts.length === 0) return 0;
  return facts.filter((f) => new RegExp(f, 'iu').test(o.answer)).length / facts.length;
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

/** Retrieval and citation figures over answerable questions; refusal figures over both kinds. */
export function computeMetrics(
  outcomes: readonly EvalOutcome[],
  ids: ReadonlyMap<string, string>,
): EvalMetrics {
  const answerable = outcomes.filter((o) => o.case.sources?.length);
  const unanswerable = outcomes.filter((o) => !o.case.sources?.length);
  const ranks = answerable.map((o) => rankOf(o, ids));
  const ms = outcomes.map((o) => o.ms);
  return {
    questions: outcomes.length,
    hitAt5: mean(ranks.map((r) => (r <= 5 ? 1 : 0))),
    mrr: mean(ranks.map((r) => (Number.isFinite(r) ? 1 / r : 0))),
    factRecall: mean(answerable.map(factsFound)),
    citationAccuracy: mean(answerable.map((o) => (citesExpected(o, ids) ? 1 : 0))),
    refusalRate: mean(unanswerable.map((o) => (o.refused ? 1 : 0))),
    falseRefusalRate: mean(answerable.map((o) => (o.refused ? 1 : 0))),
    p50Ms: percentile(ms, 50),
    p95Ms: percentile(ms, 95),
  };
}

const f = (x: number) => x.toFixed(2);

export function metricsTable(
  outcomes: readonly EvalOutcome[],
  ids: ReadonlyMap<string, string>,
): string {
  const rows: [string, EvalMetrics][] = [['all', computeMetrics(outcomes, ids)]];
  const categories = [...new Set(outcomes.map((o) => o.case.category))] as EvalCategory[];
  for (const c of categories)
    rows.push([
      c,
      computeMetrics(
        outcomes.filter((o) => o.case.category === c),
        ids,
      ),
    ]);
  for (const lang of [...new Set(outcomes.map((o) => o.case.lang))])
    rows.push([
      lang,
      computeMetrics(
        outcomes.filter((o) => o.case.lang === lang),
        ids,
      ),
    ]);
  const head =
    '| set | n | hit@5 | MRR | fact recall | citation | refusal (unanswerable) | false refusal | p50 ms | p95 ms |\n' +
    '|---|---|---|---|---|---|---|---|---|---|';
  const body = rows.map(([name, m]) => {
    const hasAnswerable = outcomes.some(
      (o) =>
        (name === 'all' || o.case.category === name || o.case.lang === name) &&
        o.case.sources?.length,
    );
    const hasUnanswerable = outcomes.some(
      (o) =>
        (name === 'all' || o.case.category === name || o.case.lang === name) &&
        !o.case.sources?.length,
    );
    const a = (x: number) => (hasAnswerable ? f(x) : '–');
    return `| ${name} | ${m.questions} | ${a(m.hitAt5)} | ${a(m.mrr)} | ${a(m.factRecall)} | ${a(m.citationAccuracy)} | ${hasUnanswerable ? f(m.refusalRate) : '–'} | ${a(m.falseRefusalRate)} | ${m.p50Ms} | ${m.p95Ms} |`;
  });
  return [head, ...body].join('\n');
}

/** The questions that went wrong, for whoever tunes the assistant next. */
export function failures(
  outcomes: readonly EvalOutcome[],
  ids: ReadonlyMap<string, string>,
): string {
  const lines: string[] = [];
  for (const o of outcomes) {
    const answerable = !!o.case.sources?.length;
    const ok = answerable ? !o.refused && factsFound(o) === 1 && citesExpected(o, ids) : o.refused;
    if (ok) continue;
    lines.push(
      `- ${o.case.id} (${o.case.lang}) ${o.case.question}\n    rank ${rankOf(o, ids)} ${o.refused ? 'REFUSED' : ''} -> ${o.answer.replace(/\s+/g, ' ').slice(0, 260)}\n    cites ${o.citations.map((c) => c.url).join(' ')}\n    top ${o.sources.map((s) => s.url.replace(/documents\/(.{8}).*#/, 'documents/$1#')).join(' ')}`,
    );
  }
  return lines.join('\n');
}
