import type { RunningApi } from '@portal/api/e2e-support';
import type { Citation } from '@portal/api/assistant';
import type { EvalCase, EvalSet, SearchCase } from './eval-case';

/** What one question got over HTTP, and where search ranked its sources. */
export interface EvalOutcome {
  readonly case: EvalCase;
  readonly answer: string;
  readonly refused: boolean;
  readonly citations: readonly Citation[];
  /** The search step for the question: hits in rank order. */
  readonly hits: readonly SearchHit[];
  readonly ms: number;
}

export interface SearchOutcome {
  readonly case: SearchCase;
  readonly hits: readonly SearchHit[];
}

export interface SearchHit {
  readonly url: string;
  readonly documentId?: string;
}

export interface EvalRun {
  readonly set: EvalSet;
  readonly outcomes: readonly EvalOutcome[];
  readonly searches: readonly SearchOutcome[];
  /** `doc:<id>` of the set -> the id the portal gave the uploaded document. */
  readonly documentIds: ReadonlyMap<string, string>;
}

/**
 * Runs a set against a started API as its users would: staff upload the set's documents
 * through the admin API, visitors ask each question (with its history) and search.
 */
export async function runSet(
  api: RunningApi,
  set: EvalSet,
  authorization: string,
): Promise<EvalRun> {
  const documentIds = new Map<string, string>();
  for (const doc of set.documents) {
    const res = await api
      .http()
      .post('/api/admin/documents')
      .set('Authorization', authorization)
      .send({
        title: doc.title,
        format: 'markdown',
        content: doc.content,
        ...(doc.lang ? { lang: doc.lang } : {}),
        ...(doc.sourceUrl ? { sourceUrl: doc.sourceUrl } : {}),
      });
    if (res.status !== 201 || res.body.status !== 'indexed') {
      throw new Error(`upload of ${doc.id} failed: ${res.status} ${JSON.stringify(res.body)}`);
    }
    documentIds.set(doc.id, String(res.body.id));
  }
  // One warm-up question, so that the first measured one does not pay for JIT and caches.
  await ask(api, { id: 'warm-up', lang: 'en', question: 'What is the OSCE?', category: 'warm-up' });
  const outcomes: EvalOutcome[] = [];
  for (const c of set.cases) {
    const started = performance.now();
    const answer = await ask(api, c);
    const ms = Math.round(performance.now() - started);
    outcomes.push({ case: c, ...answer, ms, hits: await search(api, c.question, c.lang) });
  }
  const searches: SearchOutcome[] = [];
  for (const s of set.searches)
    searches.push({ case: s, hits: await search(api, s.query, s.lang) });
  return { set, outcomes, searches, documentIds };
}

async function ask(
  api: RunningApi,
  c: EvalCase,
): Promise<{ answer: string; refused: boolean; citations: Citation[] }> {
  const res = await api
    .http()
    .post('/api/assistant/ask')
    .send({ question: c.question, lang: c.lang, history: c.history ?? [] });
  if (res.status !== 200 && res.status !== 201) {
    throw new Error(`${c.id}: the assistant answered ${res.status} ${JSON.stringify(res.body)}`);
  }
  return { answer: res.body.answer, refused: res.body.refused, citations: res.body.citations };
}

async function search(api: RunningApi, q: string, lang: string): Promise<SearchHit[]> {
  const res = await api
    .http()
    .get('/api/search')
    .query({ q: q.slice(0, 500), lang, size: 10 });
  if (res.status !== 200)
    throw new Error(`search "${q}": ${res.status} ${JSON.stringify(res.body)}`);
  return (res.body.hits as SearchHit[]).map((h) => ({ url: h.url, documentId: h.documentId }));
}
