import { parseQuery, positiveWords } from './query-parser';
import { MARK_START, MARK_STOP, toSnippetHtml } from './snippet';

describe('parseQuery', () => {
  it('reads words, phrases, OR and exclusions', () => {
    expect(parseQuery('polizia "di prossimità" Germania OR Italia -moldova')).toEqual({
      clauses: [
        [{ text: 'polizia', phrase: false }],
        [{ text: 'di prossimità', phrase: true }],
        [
          { text: 'germania', phrase: false },
          { text: 'italia', phrase: false },
        ],
      ],
      exclude: [{ text: 'moldova', phrase: false }],
    });
  });

  it('keeps only letters and digits of operators and SQL', () => {
    const q = parseQuery(`'; DROP TABLE x; -- & | ! :* <-> (a)`);
    expect(q.clauses.flat().map((t) => t.text)).toEqual(['drop', 'table', 'x', 'a']);
    expect(positiveWords(q)).toEqual(['drop', 'table', 'x', 'a']);
    expect(parseQuery('"" - OR | ""').clauses).toEqual([]);
  });
});

describe('toSnippetHtml', () => {
  it('escapes everything and allows only <mark>', () => {
    expect(toSnippetHtml(`a <b>&"'</b> ${MARK_START}police${MARK_STOP} ${MARK_START}x`)).toBe(
      'a &lt;b&gt;&amp;&quot;&#39;&lt;/b&gt; <mark>police</mark> <mark>x</mark>',
    );
  });
});
