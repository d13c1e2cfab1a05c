import { TextSearchSyntaxError, parseTsQuery, parseTsVector } from './tsearch-text';

describe('parseTsQuery', () => {
  it('reads the operators with PostgreSQL precedence: ! then phrase, &, |', () => {
    expect(parseTsQuery("'a' | 'b' & !'c'")).toEqual({
      op: 'or',
      args: [
        { op: 'lexeme', lexeme: 'a' },
        {
          op: 'and',
          args: [
            { op: 'lexeme', lexeme: 'b' },
            { op: 'not', arg: { op: 'lexeme', lexeme: 'c' } },
          ],
        },
      ],
    });
    const lexeme = (l: string) => ({ op: 'lexeme', lexeme: l });
    expect(parseTsQuery("'x' & 'y' <-> 'z' <3> 'w'")).toEqual({
      op: 'and',
      args: [
        lexeme('x'),
        {
          op: 'phrase',
          distance: 3,
          args: [{ op: 'phrase', distance: 1, args: [lexeme('y'), lexeme('z')] }, lexeme('w')],
        },
      ],
    });
  });

  it('groups with parentheses and keeps quotes and backslashes inside lexemes', () => {
    const q = parseTsQuery("( 'l''école' | 'a\\\\b' ) & 'c'");
    expect(q).toEqual({
      op: 'and',
      args: [
        {
          op: 'or',
          args: [
            { op: 'lexeme', lexeme: "l'école" },
            { op: 'lexeme', lexeme: 'a\\b' },
          ],
        },
        { op: 'lexeme', lexeme: 'c' },
      ],
    });
  });

  it('reads the empty query as none and refuses prefixes, weights and stray text', () => {
    expect(parseTsQuery('')).toBeUndefined();
    expect(() => parseTsQuery("'pol':*")).toThrow(TextSearchSyntaxError);
    expect(() => parseTsQuery("'a' & ")).toThrow(TextSearchSyntaxError);
    expect(() => parseTsQuery("'a' 'b'")).toThrow(TextSearchSyntaxError);
    expect(() => parseTsQuery("('a'")).toThrow(TextSearchSyntaxError);
  });
});

describe('parseTsVector', () => {
  it('reads lexemes with their positions, dropping weights', () => {
    expect(parseTsVector("'guard':2,7B 'l''île':4 'x\\\\y':1").lexemes).toEqual([
      ['guard', [2, 7]],
      ["l'île", [4]],
      ['x\\y', [1]],
    ]);
    expect(parseTsVector('').lexemes).toEqual([]);
    expect(parseTsVector("'stripped'").lexemes).toEqual([['stripped', []]]);
  });

  it('finds where the weighted parts of a joined vector end', () => {
    expect(parseTsVector("'polic':2A,9 'reform':5B 'train':7").lastWeighted).toBe(5);
    expect(parseTsVector("'train':7 'x':3").lastWeighted).toBe(0);
    expect(parseTsVector("'a':1C,4D").lastWeighted).toBe(1);
  });

  it('refuses text that is not a tsvector', () => {
    expect(() => parseTsVector('guard:1')).toThrow(TextSearchSyntaxError);
    expect(() => parseTsVector("'guard':x")).toThrow(TextSearchSyntaxError);
  });
});
