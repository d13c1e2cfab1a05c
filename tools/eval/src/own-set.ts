import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { EvalSet } from './eval-case';
import { EVAL_SET } from './eval-set';
import { parseDocument } from './folder-set';

const DOCUMENTS = join(__dirname, '..', 'documents');

/** Our own questions over the seeded content and the documents in tools/eval/documents. */
export function ownSet(): EvalSet {
  const documents = readdirSync(DOCUMENTS)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => parseDocument(basename(f, '.md'), readFileSync(join(DOCUMENTS, f), 'utf8')));
  return {
    name: 'own',
    documents,
    cases: EVAL_SET.map((c) => ({ ...c, match: 'pattern' as const })),
    searches: [],
  };
}
