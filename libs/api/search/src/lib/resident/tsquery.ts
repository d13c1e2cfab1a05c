/**
 * PostgreSQL's tsquery text, read back into a tree so the resident index can match it
 * without the database. The planner builds its queries from PostgreSQL's own
 * `plainto_tsquery` / `phraseto_tsquery` output combined with `&`, `|`, `!` and
 * parentheses; this reads that grammar, with PostgreSQL's precedence (`!` binds tightest,
 * then the phrase operators, then `&`, then `|`).
 */
export type TsQuery =
  | { readonly op: 'lexeme'; readonly lexeme: string }
  | { readonly op: 'not'; readonly arg: TsQuery }
  | { readonly op: 'and' | 'or'; readonly args: readonly TsQuery[] }
  /** `a <-> b` (distance 1) or `a <N> b`: needs word positions, which the resident index does not keep. */
  | { readonly op: 'phrase'; readonly distance: number; readonly args: readonly TsQuery[] };

/** Thrown for text that is not a tsquery of that grammar (weights, prefixes, stray tokens). */
export class TsQuerySyntaxError extends Error {}

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
      if (!Number.isFinite(distance)) throw new TsQuerySyntaxError(`bad phrase operator at ${i}`);
      out.push({ kind: 'phrase', distance });
      i = end + 1;
    } else if (c === "'") {
      // A quoted lexeme: a quote inside is doubled, a backslash escapes the next character.
      let lexeme = '';
      let j = i + 1;
      for (;;) {
        if (j >= text.length) throw new TsQuerySyntaxError('unterminated lexeme');
        const d = text[j];
        if (d === '\\' && j + 1 < text.length) {
          lexeme += text[j + 1];
          j += 2;
        } else if (d === "'" && text[j + 1] === "'") {
          lexeme += "'";
          j += 2;
        } else if (d === "'") {
          break;
        } else {
          lexeme += d;
          j++;
        }
      }
      // Weights and prefix marks (`:*`, `:AB`) are never in the planner's queries.
      if (text[j + 1] === ':') throw new TsQuerySyntaxError('weighted or prefix lexeme');
      out.push({ kind: 'lexeme', text: lexeme });
      i = j + 1;
    } else {
      throw new TsQuerySyntaxError(`unexpected ${JSON.stringify(c)} at ${i}`);
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
    if (peek()?.kind !== kind) throw new TsQuerySyntaxError(`expected ${kind} at token ${at}`);
    at++;
  };
  const unary = (): TsQuery => {
    const t = peek();
    if (!t) throw new TsQuerySyntaxError('unexpected end');
    at++;
    if (t.kind === '!') return { op: 'not', arg: unary() };
    if (t.kind === 'lexeme') return { op: 'lexeme', lexeme: t.text };
    if (t.kind === '(') {
      const inner = or();
      expect(')');
      return inner;
    }
    throw new TsQuerySyntaxError(`unexpected ${t.kind} at token ${at - 1}`);
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
  if (at !== list.length) throw new TsQuerySyntaxError(`unexpected token ${at}`);
  return tree;
}
