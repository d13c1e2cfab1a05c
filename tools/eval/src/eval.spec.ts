import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ASSISTANT_ENTITIES,
  ASSISTANT_MIGRATIONS,
  AssistantService,
  createNameLexicon,
} from '@portal/api/assistant';
import { AUTH_ENTITIES, AUTH_MIGRATIONS, AuditLogEntity, AuditService } from '@portal/api/auth';
import { MemoryRateLimitStore, RateLimiter } from '@portal/api/common';
import {
  CONTENT_ENTITIES,
  CONTENT_MIGRATIONS,
  ContentAdminService,
  ContentIndexService,
  ContentSeeder,
} from '@portal/api/content';
import { createTestDatabase, type TestDatabase } from '@portal/api/database/testing';
import { INGESTION_ENTITIES, INGESTION_MIGRATIONS, IngestionService } from '@portal/api/ingestion';
import {
  SEARCH_ENTITIES,
  SEARCH_MIGRATIONS,
  SearchIndexer,
  SearchService,
} from '@portal/api/search';
import { EVAL_SET } from './eval-set';
import { computeMetrics, failures, metricsTable, type EvalOutcome } from './eval-metrics';

/**
 * The assistant evaluation: the real AssistantService (extractive answerer) on a PGlite
 * database seeded like a first start, plus the documents of tools/eval/documents. With
 * EVAL_REPORT=1 (`npm run eval`) it prints the table and the failed questions; in the test
 * suite it holds the figures above the thresholds below (measured minus a small margin).
 */
const THRESHOLDS = {
  hitAt5: 0.93,
  mrr: 0.8,
  factRecall: 0.92,
  citationAccuracy: 0.94,
  refusalRate: 0.95,
  falseRefusalRate: 0.05,
  // Question in one language, source in another: the weakest category, held on its own.
  crossLingualFactRecall: 0.8,
};
// Latency is reported (`npm run eval` prints p50/p95), never asserted: a timed assertion
// fails on a loaded machine without anything being wrong.

const DOCUMENTS = join(__dirname, '..', 'documents');

describe('assistant evaluation', () => {
  let db: TestDatabase | undefined;
  const documentIds = new Map<string, string>();
  const outcomes: EvalOutcome[] = [];

  beforeAll(async () => {
    db = await createTestDatabase('pglite', {
      entities: [
        ...CONTENT_ENTITIES,
        ...AUTH_ENTITIES,
        ...SEARCH_ENTITIES,
        ...INGESTION_ENTITIES,
        ...ASSISTANT_ENTITIES,
      ],
      migrations: [
        ...CONTENT_MIGRATIONS,
        ...AUTH_MIGRATIONS,
        ...SEARCH_MIGRATIONS,
        ...INGESTION_MIGRATIONS,
        ...ASSISTANT_MIGRATIONS,
      ],
    });
    const ds = db.dataSource;
    const audit = new AuditService(ds.getRepository(AuditLogEntity));
    const index = new ContentIndexService(new SearchIndexer());
    await new ContentSeeder(ds, new ContentAdminService(ds, index, audit), index, audit).seed();
    const ingestion = new IngestionService(ds, new SearchIndexer(), audit);
    for (const file of readdirSync(DOCUMENTS)
      .filter((f) => f.endsWith('.md'))
      .sort()) {
      const content = readFileSync(join(DOCUMENTS, file), 'utf8');
      const title = /^#\s+(.+)$/m.exec(content)?.[1] ?? file;
      const doc = await ingestion.ingest({ title, format: 'markdown', content });
      documentIds.set(file.replace(/\.md$/, ''), doc.id);
    }
    const service = new AssistantService(
      ds,
      new SearchService(ds),
      createNameLexicon(),
      null,
      {
        provider: 'extractive',
        rateLimitPerMinute: 1000,
        baseUrl: undefined,
        apiKey: undefined,
        model: undefined,
      },
      new RateLimiter(new MemoryRateLimitStore()),
    );
    // One warm-up question, so that the first measured one does not pay for JIT and caches.
    await service.ask({ question: 'What is the OSCE?', lang: 'en' });
    for (const c of EVAL_SET) {
      const started = performance.now();
      const out = await service.askDetailed({
        question: c.question,
        lang: c.lang,
        history: c.history,
      });
      outcomes.push({
        case: c,
        answer: out.answer,
        refused: out.refused,
        citations: out.citations,
        sources: out.sources,
        ms: Math.round(performance.now() - started),
      });
    }
    if (process.env['EVAL_REPORT']) {
      process.stdout.write(
        `\n${metricsTable(outcomes, documentIds)}\n\nFailed questions:\n${failures(outcomes, documentIds)}\n`,
      );
    }
  }, 600_000);

  afterAll(async () => {
    await db?.close();
  });

  it('has at least 60 questions in six languages, a sixth of them unanswerable', () => {
    expect(EVAL_SET.length).toBeGreaterThanOrEqual(60);
    expect(new Set(EVAL_SET.map((c) => c.lang)).size).toBe(6);
    expect(EVAL_SET.filter((c) => !c.sources).length).toBeGreaterThanOrEqual(10);
    expect(new Set(EVAL_SET.map((c) => c.id)).size).toBe(EVAL_SET.length);
  });

  it('meets the quality thresholds', () => {
    const m = computeMetrics(outcomes, documentIds);
    expect(m.hitAt5).toBeGreaterThanOrEqual(THRESHOLDS.hitAt5);
    expect(m.mrr).toBeGreaterThanOrEqual(THRESHOLDS.mrr);
    expect(m.factRecall).toBeGreaterThanOrEqual(THRESHOLDS.factRecall);
    expect(m.citationAccuracy).toBeGreaterThanOrEqual(THRESHOLDS.citationAccuracy);
    expect(m.refusalRate).toBeGreaterThanOrEqual(THRESHOLDS.refusalRate);
    expect(m.falseRefusalRate).toBeLessThanOrEqual(THRESHOLDS.falseRefusalRate);
    const crossLingual = computeMetrics(
      outcomes.filter((o) => o.case.category === 'cross-lingual'),
      documentIds,
    );
    expect(crossLingual.factRecall).toBeGreaterThanOrEqual(THRESHOLDS.crossLingualFactRecall);
  });
});
