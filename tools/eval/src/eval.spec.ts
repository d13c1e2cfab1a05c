import { bearer, startApi, type RunningApi } from '@portal/api/e2e-support';
import { devSetFolder, setsToRun } from './eval-sets';
import {
  computeMetrics,
  failures,
  metricsTable,
  searchMisses,
  slowest,
  type EvalMetrics,
} from './eval-metrics';
import { runSet, type EvalRun } from './http-run';

/**
 * The assistant evaluation, end to end: for each set a fresh API process (embedded
 * database, seeded like a first start), the set's documents uploaded through the admin
 * API, every question asked through the public API. With EVAL_REPORT=1 (`npm run eval`)
 * it prints each set's table and its failed questions; in the test suite it holds each
 * set at or above its floor, so a regression on either fails CI.
 *
 * The floors sit just under the figures measured on this version. Our own set was written
 * together with the assistant's rules; the development set was written by others and is
 * the one to improve. Latency is reported, never asserted.
 */
const FLOORS: Record<string, Partial<EvalMetrics>> = {
  own: {
    hitAt5: 0.92,
    mrr: 0.8,
    factRecall: 0.94,
    citationAccuracy: 0.94,
    refusalRate: 0.86,
    falseRefusalRate: 0.05,
  },
  'eval-dev': {
    hitAt5: 0.93,
    mrr: 0.85,
    factRecall: 0.9,
    citationAccuracy: 0.94,
    refusalRate: 0.86,
    falseRefusalRate: 0.05,
  },
};

const SETS = setsToRun();

if (!devSetFolder() && !process.env['EVAL_SET']) {
  // Reason for running one set only: the development set lives beside the checkout, not in
  // it; a checkout without ../shared/eval-dev can only measure our own set.
  process.stdout.write('eval: ../shared/eval-dev not found; only our own set runs\n');
}

describe.each(SETS.map((s) => [s.name, s] as const))('assistant evaluation: %s', (name, set) => {
  let api: RunningApi | undefined;
  let run: EvalRun | undefined;

  beforeAll(async () => {
    api = await startApi({
      env: { ASSISTANT_RATE_LIMIT_PER_MIN: '100000', SEARCH_RATE_LIMIT_PER_MIN: '100000' },
    });
    run = await runSet(api, set, await bearer(api));
    if (process.env['EVAL_REPORT']) {
      process.stdout.write(
        `\n## ${name} (${set.cases.length} questions, ${set.documents.length} documents, ${set.searches.length} search queries)\n\n${metricsTable(run)}\n\nFailed questions:\n${failures(run)}\n\nSources ranked below 5th:\n${searchMisses(run)}\n\nSlowest questions:\n${slowest(run)}\n`,
      );
    }
  }, 600_000);

  afterAll(async () => {
    await api?.dispose();
  }, 60_000);

  it('holds every question to an answer or a refusal', () => {
    expect(run?.outcomes.length).toBe(set.cases.length);
    expect(new Set(set.cases.map((c) => c.id)).size).toBe(set.cases.length);
  });

  it('stays at or above its floors', () => {
    if (!run) throw new Error('the set did not run');
    const m = computeMetrics(run.outcomes, run.documentIds, run.searches);
    const floor = FLOORS[name] ?? {};
    if (floor.hitAt5 !== undefined) expect(m.hitAt5).toBeGreaterThanOrEqual(floor.hitAt5);
    if (floor.mrr !== undefined) expect(m.mrr).toBeGreaterThanOrEqual(floor.mrr);
    if (floor.factRecall !== undefined)
      expect(m.factRecall).toBeGreaterThanOrEqual(floor.factRecall);
    if (floor.citationAccuracy !== undefined)
      expect(m.citationAccuracy).toBeGreaterThanOrEqual(floor.citationAccuracy);
    if (floor.refusalRate !== undefined)
      expect(m.refusalRate).toBeGreaterThanOrEqual(floor.refusalRate);
    if (floor.falseRefusalRate !== undefined)
      expect(m.falseRefusalRate).toBeLessThanOrEqual(floor.falseRefusalRate);
  });
});
