import { MARK_START as S, MARK_STOP as E } from '../query/snippet';
import { bodyWords } from './body-words';
import { ResidentIndex, type ResidentPassageRow } from './resident-index';
import { queryLexemes, residentHeadline } from './resident-headline';
import { parseTsQuery } from './tsearch-text';

function passage(tsv: string): ResidentIndex {
  const row: ResidentPassageRow = {
    id: 'page:x:en:p1',
    item_type: 'page',
    item_id: 'x',
    locale: 'en',
    position: 1,
    country_codes: [],
    length: 20,
    updated: 0,
    tsv,
    title_lexemes: [],
    title: 'Community policing',
    url: '/en/x',
    anchor: 'p1',
    body: '',
  };
  return ResidentIndex.of([row]);
}

// Title "Community policing" (weighted A), then the body's words from position 3.
const BODY =
  'Police officers met residents. The police station opened in 2024 under the co-operation plan.';
const TSV =
  "'communiti':1A 'polic':2A,3,8 'offic':4 'met':5 'resid':6 'station':9 'open':10 " +
  "'2024':12 'co-oper':15 'co':16 'oper':17 'plan':18";

describe('residentHeadline', () => {
  it("marks the body's words that hold a query lexeme, not the title's", () => {
    expect(residentHeadline(passage(TSV), 0, BODY, new Set(['polic', 'plan']))).toBe(
      `${S}Police${E} officers met residents. The ${S}police${E} station opened in 2024 under the co-operation ${S}plan${E}.`,
    );
  });

  it("marks a compound's matching part, or the whole when the whole matches", () => {
    expect(residentHeadline(passage(TSV), 0, BODY, new Set(['oper']))).toContain(
      `the co-${S}operation${E} plan`,
    );
    expect(residentHeadline(passage(TSV), 0, BODY, new Set(['co-oper', 'oper']))).toContain(
      `the ${S}co-operation${E} plan`,
    );
  });

  it('gives up when the words and the lexemes disagree, so ts_headline is asked instead', () => {
    // Positions one word off, as a text counted differently from the parser would be.
    const shifted = TSV.replace("'offic':4", "'offic':5").replace("'met':5", "'met':4");
    expect(residentHeadline(passage(shifted), 0, BODY, new Set(['polic']))).toBeUndefined();
    // A body changed since the snapshot was read.
    expect(
      residentHeadline(passage(TSV), 0, 'Border guards met residents.', new Set(['polic'])),
    ).toBeUndefined();
  });

  it('shows a window of at most 35 words around the best matches of a long body', () => {
    const words = Array.from({ length: 120 }, (_, i) => `w${i}`);
    words[70] = 'kestrel';
    words[90] = 'heron';
    words[95] = 'kestrel';
    const body = words.join(' ');
    const tsv = bodyWords(body)
      .map((w) => `'${body.slice(...w.spans[0])}':${w.position}`)
      .join(' ');
    const shown = residentHeadline(passage(tsv), 0, body, new Set(['kestrel', 'heron'])) ?? '';
    const shownWords = shown.split(' ');
    expect(shownWords).toHaveLength(35);
    // Both lexemes fit in one window; it opens four words before the first of them.
    expect(shownWords[0]).toBe('w66');
    expect(shown).toContain(`${S}kestrel${E} w71`);
    expect(shown).toContain(`${S}heron${E}`);
    expect(shown.split(S)).toHaveLength(4);
  });

  it('shows the opening words when the match is not in the body', () => {
    const body = Array.from({ length: 50 }, (_, i) => `w${i}`).join(' ');
    const tsv = bodyWords(body)
      .map((w) => `'${body.slice(...w.spans[0])}':${w.position}`)
      .join(' ');
    expect(residentHeadline(passage(tsv), 0, body, new Set(['kestrel']))).toBe(
      body.split(' ').slice(0, 35).join(' '),
    );
  });
});

describe('queryLexemes', () => {
  it('collects the lexemes a query looks for, not those it excludes', () => {
    expect(
      queryLexemes(parseTsQuery("'polic' & ( 'train' | 'reform' <-> 'plan' ) & !'armi'")),
    ).toEqual(new Set(['polic', 'train', 'reform', 'plan']));
    expect(queryLexemes(undefined)).toEqual(new Set());
  });
});
