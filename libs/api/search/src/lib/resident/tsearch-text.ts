/**
 * PostgreSQL's text search values read back from their text form, for the resident index.
 *
 * A tsquery's text is read into a tree so the resident index can match it without the
 * database. The planner builds its queries from PostgreSQL's own
 * `plainto_tsquery` / `phraseto_tsquery` output combined with `&`, `|`, `!` and
 * parentheses; this reads that grammar, with PostgreSQL's precedence (`!` binds tightest,
 * then the phrase operators, then `&`, then `|`).
 */
export type TsQuery =
  | { readonly op: 'lexeme'; readonly lexeme: string }
  | { readonly op: 'not'; readonly arg: TsQuery }
  | { readonly op: 'and' | 'or'; readonly args: readonly TsQuery[] }
  /** `a <-> b` (distance 1) or `a <N> b`: matched with the words' positions. */
  | { readonly op: 'phrase'; readonly distance: number; readonly args: readonly TsQuery[] };

/**
 * Thrown for text that is not a tsquery of that grammar (weights, prefixes, stray tokens)
 * or not a tsvector.
 */
export class TextSearchSyntaxError extends Error {}

type Token =
  | { readonly kind: 'lexeme'; readonly text: string }
  | { readonly kind: '&' | '|' | '!' | '(' | ')' }
  | { readonly kind: 'phrase'; readonly distance: number };

function tokens(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === ' ') {
      i++;
    } else if (c === '&' || c === '|' || c === '!' || c === '(' || c === ')') {
      out.push({ kind: c });
      i++;
    } else if (c === '<') {
      const end = text.indexOf('>', i);
      const inner = end < 0 ? '' : text.slice(i + 1, end);
      const distance = inner === '-' ? 1 : /^\d+$/.test(inner) ? Number(inner) : NaN;
      if (!Number.isFinite(distance))
        throw new TextSearchSyntaxError(`bad phrase operator at ${i}`);
      out.push({ kind: 'phrase', distance });
      i = end + 1;
    } else if (c === "'") {
      const { lexeme, end } = quotedLexeme(text, i);
      // Weights and prefix marks (`:*`, `:AB`) are never in the planner's queries.
      if (text[end] === ':') throw new TextSearchSyntaxError('weighted or prefix lexeme');
      out.push({ kind: 'lexeme', text: lexeme });
      i = end;
    } else {
      throw new TextSearchSyntaxError(`unexpected ${JSON.stringify(c)} at ${i}`);
    }
  }
  return out;
}

/** The tree of a tsquery's text; undefined for the empty query (it matches nothing). */
export function parseTsQuery(text: string): TsQuery | undefined {
  const list = tokens(text);
  if (list.length === 0) return undefined;
  let at = 0;
  const peek = () => list[at];
  const expect = (kind: Token['kind']) => {
    if (peek()?.kind !== kind) throw new TextSearchSyntaxError(`expected ${kind} at token ${at}`);
    at++;
  };
  const unary = (): TsQuery => {
    const t = peek();
    if (!t) throw new TextSearchSyntaxError('unexpected end');
    at++;
    if (t.kind === '!') return { op: 'not', arg: unary() };
    if (t.kind === 'lexeme') return { op: 'lexeme', lexeme: t.text };
    if (t.kind === '(') {
      const inner = or();
      expect(')');
      return inner;
    }
    throw new TextSearchSyntaxError(`unexpected ${t.kind} at token ${at - 1}`);
  };
  const phrase = (): TsQuery => {
    let left = unary();
    for (let t = peek(); t?.kind === 'phrase'; t = peek()) {
      at++;
      left = { op: 'phrase', distance: t.distance, args: [left, unary()] };
    }
    return left;
  };
  const chain = (kind: '&' | '|', next: () => TsQuery): TsQuery => {
    const args = [next()];
    while (peek()?.kind === kind) {
      at++;
      args.push(next());
    }
    return args.length === 1 ? args[0] : { op: kind === '&' ? 'and' : 'or', args };
  };
  const and = () => chain('&', phrase);
  const or = (): TsQuery => chain('|', and);
  const tree = or();
  if (at !== list.length) throw new TextSearchSyntaxError(`unexpected token ${at}`);
  return tree;
}

/** A lexeme's positions in tsvector text (`:3,7B`), each with an optional weight letter. */
const POSITIONS = /:((?:\d+[A-D]?,)*\d+[A-D]?)/y;

/** A tsvector read back from its text form. */
export interface TsVectorText {
  /** Its lexemes with their word positions (weights dropped), in the order PostgreSQL writes them. */
  readonly lexemes: [string, number[]][];
  /**
   * The highest position that carries a weight (A, B or C; D is written without one): where
   * a vector joined from weighted parts and an unweighted last part (`title || body`) ends
   * its weighted parts, since joining shifts the right part by the left's highest position.
   */
  readonly lastWeighted: number;
}

/** A tsvector's text form (`'police':3,7 'reform':4A`) read back (see `TsVectorText`). */
export function parseTsVector(text: string): TsVectorText {
  const lexemes: [string, number[]][] = [];
  let lastWeighted = 0;
  let i = 0;
  while (i < text.length) {
    if (text[i] === ' ') {
      i++;
      continue;
    }
    if (text[i] !== "'")
      throw new TextSearchSyntaxError(`tsvector: expected a quoted lexeme at ${i}`);
    const { lexeme, end } = quotedLexeme(text, i);
    const positions: number[] = [];
    let j = end;
    if (text[j] === ':') {
      POSITIONS.lastIndex = j;
      const found = POSITIONS.exec(text);
      if (!found) throw new TextSearchSyntaxError(`tsvector: expected positions at ${j}`);
      for (const p of found[1].split(',')) {
        const position = parseInt(p, 10);
        positions.push(position);
        if (/[A-C]$/.test(p) && position > lastWeighted) lastWeighted = position;
      }
      j = POSITIONS.lastIndex;
    }
    lexemes.push([lexeme, positions]);
    i = j;
  }
  return { lexemes, lastWeighted };
}

/**
 * Reads the quoted lexeme that starts at `at` (a quote) as PostgreSQL writes it in tsquery
 * and tsvector text: a quote inside is doubled, a backslash escapes the next character.
 * Returns the lexeme and where the text goes on after its closing quote.
 */
function quotedLexeme(text: string, at: number): { lexeme: string; end: number } {
  let lexeme = '';
  let j = at + 1;
  for (;;) {
    if (j >= text.length) throw new TextSearchSyntaxError('unterminated lexeme');
    const c = text[j];
    if (c === '\\' && j + 1 < text.length) {
      lexeme += text[j + 1];
      j += 2;
    } else if (c === "'" && text[j + 1] === "'") {
      lexeme += "'";
      j += 2;
    } else if (c === "'") {
      return { lexeme, end: j + 1 };
    } else {
      lexeme += c;
      j++;
    }
  }
}
