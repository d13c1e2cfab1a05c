import { fold } from '@portal/api/text';
import { MARK_START, MARK_STOP } from '../query/snippet';
import { bodyWords, type BodyWord, type Span } from './body-words';
import type { ResidentIndex } from './resident-index';
import type { TsQuery } from './tsearch-text';

/** Words a snippet shows at most (as `HEADLINE_OPTIONS` asks of ts_headline). */
export const HEADLINE_WORDS = 35;
/** Words of context kept before the first match when the passage is longer than a snippet. */
const LEAD_WORDS = 4;
/** PostgreSQL keeps positions up to this and writes every later word at it. */
const LAST_POSITION = 16383;

/**
 * The snippet of passage `slot` for a query, marked as ts_headline marks it (`MARK_START`
 * ... `MARK_STOP` around each word holding one of the query's lexemes), computed from the
 * body's text and the snapshot's word positions instead of parsing the body again in the
 * database: the window of at most `HEADLINE_WORDS` words that holds the most of the
 * query's lexemes, then the most matches, with a few words before the first.
 *
 * Undefined when the body's words do not agree with the snapshot's lexemes at their
 * positions (a text the word counter follows differently from PostgreSQL's parser, or a
 * body changed since the snapshot was read): the caller asks ts_headline then.
 */
export function residentHeadline(
  index: ResidentIndex,
  slot: number,
  body: string,
  lexemes: ReadonlySet<string>,
): string | undefined {
  const words = bodyWords(body);
  const offset = index.passages.bodyStart[slot];
  const tokens = positionSpans(words);
  // Which query lexeme each body position holds, every position checked against its word.
  const matchAt = new Map<number, string>();
  const [from, to] = index.entries(slot);
  for (let e = from; e < to; e++) {
    const lexeme = index.lexemeText(index.lexemeOf(e));
    const wanted = lexemes.has(lexeme);
    for (const p of index.positionsOf(e)) {
      if (p <= offset) continue;
      if (p >= LAST_POSITION) return undefined;
      const span = tokens[p - offset - 1];
      if (span === undefined || !stemOf(body, span, lexeme)) return undefined;
      if (wanted) matchAt.set(p - offset, lexeme);
    }
  }
  // A word's marks: the whole word when it matches, else the parts of a compound that do.
  const marks = words.map((w) => {
    const whole = matchAt.get(w.position);
    if (whole !== undefined) return { lexeme: whole, spans: [w.spans[0]] };
    const parts: Span[] = [];
    let lexeme: string | undefined;
    for (let k = 1; k < w.spans.length; k++) {
      const part = matchAt.get(w.position + k);
      if (part === undefined) continue;
      parts.push(w.spans[k]);
      lexeme ??= part;
    }
    return lexeme === undefined ? undefined : { lexeme, spans: parts };
  });
  const [first, last] = window(marks.map((m) => m?.lexeme));
  // The whole body's text when the window reaches its ends (opening quote, closing stop).
  let at = first === 0 ? 0 : words[first].spans[0][0];
  const end = last === words.length ? body.length : words[last - 1].spans[0][1];
  let out = '';
  for (let i = first; i < last; i++) {
    for (const [s, e] of marks[i]?.spans ?? []) {
      out += body.slice(at, s) + MARK_START + body.slice(s, e) + MARK_STOP;
      at = e;
    }
  }
  return out + body.slice(at, end);
}

/** The lexemes a query looks for, except those it excludes: the words a snippet marks. */
export function queryLexemes(q: TsQuery | undefined, into = new Set<string>()): Set<string> {
  if (!q) return into;
  switch (q.op) {
    case 'lexeme':
      into.add(q.lexeme);
      break;
    case 'not':
      break;
    default:
      for (const arg of q.args) queryLexemes(arg, into);
  }
  return into;
}

/** The token at each position (index `position - 1`). */
function positionSpans(words: readonly BodyWord[]): Span[] {
  const out: Span[] = [];
  for (const w of words) w.spans.forEach((span, k) => (out[w.position - 1 + k] = span));
  return out;
}

/**
 * The `[start, end)` of words shown: the window holding the most distinct matched lexemes,
 * then the most matched words, moved so that it opens a few words before its first match.
 */
function window(marked: readonly (string | undefined)[]): [number, number] {
  const n = marked.length;
  if (n <= HEADLINE_WORDS) return [0, n];
  // One pass: the window's lexeme counts change by the word entering and the word leaving.
  const counts = new Map<string, number>();
  let count = 0;
  let best = 0;
  let bestScore = 0;
  for (let i = 0; i < n; i++) {
    const entering = marked[i];
    if (entering !== undefined) {
      counts.set(entering, (counts.get(entering) ?? 0) + 1);
      count += 1;
    }
    const leaving = i >= HEADLINE_WORDS ? marked[i - HEADLINE_WORDS] : undefined;
    if (leaving !== undefined) {
      const left = (counts.get(leaving) ?? 1) - 1;
      if (left === 0) counts.delete(leaving);
      else counts.set(leaving, left);
      count -= 1;
    }
    const score = counts.size * (HEADLINE_WORDS + 1) + count;
    if (i >= HEADLINE_WORDS - 1 && score > bestScore) {
      bestScore = score;
      best = i - HEADLINE_WORDS + 1;
    }
  }
  if (bestScore === 0) return [0, HEADLINE_WORDS];
  let first = best;
  while (marked[first] === undefined) first++;
  let last = best + HEADLINE_WORDS - 1;
  while (marked[last] === undefined) last--;
  let start = Math.max(0, Math.min(first - LEAD_WORDS, n - HEADLINE_WORDS));
  if (last >= start + HEADLINE_WORDS) start = last - HEADLINE_WORDS + 1;
  return [start, start + HEADLINE_WORDS];
}

/**
 * Whether `lexeme` can be what the text search configuration made of the word at `span`:
 * the stemmers and `unaccent` keep a word's beginning, so the folded word starts with the
 * lexeme's first two characters (two, not more: English stems "using" to "use"). Loose on
 * purpose: it only has to notice a word counted in the wrong place, which puts nearly
 * every later word against a foreign lexeme.
 */
function stemOf(body: string, [start, end]: Span, lexeme: string): boolean {
  const head = lexeme.slice(0, 2);
  if (body.slice(start, Math.min(end, start + 2)).toLowerCase() === head) return true;
  return fold(body.slice(start, end)).startsWith(head);
}
