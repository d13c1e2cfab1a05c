/**
 * Web-search syntax: words (all required), "quoted phrases", `OR` / `|` between
 * alternatives and `-word` / `-"phrase"` to exclude. Every input parses: anything that is
 * not a letter or digit only separates words, so nothing the user types reaches
 * PostgreSQL's tsquery syntax. Terms become tsqueries through plainto_tsquery /
 * phraseto_tsquery with bound parameters.
 */
export interface QueryTerm {
  /** Letters and digits only, runs separated by one space. */
  readonly text: string;
  readonly phrase: boolean;
}

export interface ParsedQuery {
  /** AND of clauses, each an OR of terms. */
  readonly clauses: readonly (readonly QueryTerm[])[];
  readonly exclude: readonly QueryTerm[];
}

const MAX_TERMS = 32;

/** Letter and digit runs of `raw`, lower-cased and NFC-normalized. */
export function words(raw: string): string[] {
  return (
    raw
      .normalize('NFC')
      .toLowerCase()
      .match(/[\p{L}\p{M}\p{N}]+/gu) ?? []
  );
}

function term(raw: string, phrase: boolean): QueryTerm | undefined {
  const text = words(raw).join(' ');
  if (!text) return undefined;
  return { text, phrase: phrase && text.includes(' ') };
}

interface Token {
  readonly kind: 'term' | 'or';
  readonly raw?: string;
  readonly phrase?: boolean;
  readonly negated?: boolean;
}

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length && tokens.length < MAX_TERMS * 2) {
    const ch = input[i];
    if (/\s/u.test(ch)) {
      i++;
      continue;
    }
    let negated = false;
    if ((ch === '-' || ch === '\u2212') && i + 1 < input.length && !/\s/u.test(input[i + 1])) {
      negated = true;
      i++;
    }
    if (input[i] === '"' || input[i] === '\u201c' || input[i] === '\u201d') {
      const close = input.slice(i + 1).search(/["\u201c\u201d]/u);
      const end = close < 0 ? input.length : i + 1 + close;
      tokens.push({ kind: 'term', raw: input.slice(i + 1, end), phrase: true, negated });
      i = end + 1;
      continue;
    }
    let j = i;
    while (j < input.length && !/\s/u.test(input[j]) && input[j] !== '"') j++;
    const raw = input.slice(i, j);
    i = j;
    if (!negated && (raw === 'OR' || raw === '|' || raw === '||')) tokens.push({ kind: 'or' });
    else tokens.push({ kind: 'term', raw, phrase: false, negated });
  }
  return tokens;
}

export function parseQuery(input: string): ParsedQuery {
  const clauses: QueryTerm[][] = [];
  const exclude: QueryTerm[] = [];
  let joinNext = false;
  let count = 0;
  for (const token of tokenize(input)) {
    if (token.kind === 'or') {
      joinNext = clauses.length > 0;
      continue;
    }
    const t = term(token.raw ?? '', token.phrase ?? false);
    if (!t || count >= MAX_TERMS) continue;
    count++;
    if (token.negated) {
      exclude.push(t);
    } else if (joinNext) {
      clauses[clauses.length - 1].push(t);
    } else {
      clauses.push([t]);
    }
    joinNext = false;
  }
  return { clauses, exclude };
}

/** Distinct words of the terms a document must or may contain (not the excluded ones). */
export function positiveWords(query: ParsedQuery): string[] {
  return [...new Set(query.clauses.flat().flatMap((t) => t.text.split(' ')))];
}

/** `text` matched literally inside a regular expression (a query word in a pattern). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
