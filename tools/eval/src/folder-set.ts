import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { isLocale, type Locale } from '@portal/domain/locales';
import type { EvalCase, EvalDocument, EvalSet, SearchCase } from './eval-case';

/**
 * Reads an evaluation set kept apart from the code, in the shared folder format:
 * `corpus/<id>.md` (lines `source: <url>`, `lang: <ll>`, `# <title>`, then the text),
 * `questions.jsonl` and `search.jsonl`. Nothing in it is known to the assistant beforehand:
 * its documents reach the portal only through the admin API, as staff would upload them.
 */
export function loadFolderSet(dir: string): EvalSet {
  const corpus = join(dir, 'corpus');
  const documents = readdirSync(corpus)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => parseDocument(basename(f, '.md'), readFileSync(join(corpus, f), 'utf8')));
  const cases = readJsonLines(join(dir, 'questions.jsonl')).map(toCase);
  const searchFile = join(dir, 'search.jsonl');
  const searches = existsSync(searchFile) ? readJsonLines(searchFile).map(toSearch) : [];
  return { name: basename(dir), documents, cases, searches };
}

export function parseDocument(id: string, text: string): EvalDocument {
  const lines = text.split('\n');
  const header = new Map<string, string>();
  while (lines.length && /^(source|lang):\s*/.test(lines[0] ?? '')) {
    const line = lines.shift() ?? '';
    const at = line.indexOf(':');
    header.set(line.slice(0, at), line.slice(at + 1).trim());
  }
  const content = lines.join('\n').trim();
  const lang = header.get('lang');
  return {
    id,
    title: /^#\s+(.+)$/m.exec(content)?.[1]?.trim() ?? id,
    lang: lang && isLocale(lang) ? lang : undefined,
    sourceUrl: header.get('source'),
    content,
  };
}

function readJsonLines(file: string): Record<string, unknown>[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

function locale(value: unknown, where: string): Locale {
  if (typeof value === 'string' && isLocale(value)) return value;
  throw new Error(`${where}: lang ${String(value)} is not one of the six languages`);
}

function toCase(row: Record<string, unknown>): EvalCase {
  const id = String(row['id']);
  const expected = (row['expected_docs'] as string[] | undefined) ?? [];
  const facts = (row['answer_facts'] as string[] | undefined) ?? [];
  const history = (row['history'] as { q: string; a: string }[] | undefined) ?? [];
  return {
    id,
    lang: locale(row['lang'], id),
    question: String(row['question']),
    category: String(row['kind']),
    history: history.flatMap((t) => [
      { role: 'user' as const, content: t.q },
      { role: 'assistant' as const, content: t.a },
    ]),
    sources: expected.map((d) => `doc:${d}`),
    facts: facts.filter((f) => f !== '<refuse>'),
    match: 'folded',
  };
}

function toSearch(row: Record<string, unknown>): SearchCase {
  const id = String(row['id']);
  return {
    id,
    lang: locale(row['lang'], id),
    query: String(row['query']),
    sources: ((row['expected_docs'] as string[] | undefined) ?? []).map((d) => `doc:${d}`),
  };
}
