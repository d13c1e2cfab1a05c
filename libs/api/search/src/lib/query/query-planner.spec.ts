import { parseQuery } from './query-parser';
import { correctedQuery, readPlan, type PlanRow } from './query-planner';

describe('correctedQuery', () => {
  it('replaces unknown words by their closest known word, whole words only', () => {
    expect(
      correctedQuery('Polise reform, polisei', [
        ['polise', false, 'police'],
        ['reform', true, null],
      ]),
    ).toBe('police reform, polisei');
  });

  it('suggests nothing when every word is known or has no candidate, or only the case differs', () => {
    expect(correctedQuery('police', [['police', true, null]])).toBeUndefined();
    expect(correctedQuery('zzq', [['zzq', false, null]])).toBeUndefined();
    expect(correctedQuery('Police', [['police', false, 'police']])).toBeUndefined();
  });
});

describe('readPlan', () => {
  const row: PlanRow = {
    locales: [
      {
        locale: 'en',
        all: "'polic' & 'reform'",
        any: "'polic' | 'reform'",
        n: 100,
        total: 4_000,
        lexemes: [
          ['polic', 50],
          ['reform', 5],
          ['absent', 0],
        ],
        expressed: ['polic', 'reform'],
        exclude: '',
      },
      {
        locale: 'it',
        all: "'polizi'",
        any: "'polizi'",
        n: 80,
        total: 2_400,
        lexemes: [['polizi', 40]],
        expressed: ['polic'],
        exclude: '',
      },
    ],
    alternatives: [
      [0, "'polic'", 50],
      [1, "'reform'", 5],
      [2, "'polizi'", 40],
      [3, '', null],
    ],
    words: [],
  };
  const plan = readPlan(row, {
    text: 'police reform',
    lang: 'en',
    parsed: parseQuery('police reform'),
    clauses: [
      { locale: 'en', mode: 'all', key: 'w:police' },
      { locale: 'en', mode: 'all', key: 'w:reform' },
      { locale: 'it', mode: 'all', key: 'w:police' },
      { locale: 'it', mode: 'all', key: 'w:reform' },
    ],
  });

  it('weighs the visitor’s language fully and another by the share of the query it says', () => {
    const [en, it] = plan.locales;
    expect(en.weight).toBe(1);
    expect(it.weight).toBeGreaterThan(0);
    expect(it.weight).toBeLessThan(0.5 / 2);
    expect(en.avgdl).toBe(40);
    expect(en.lexemes.map((l) => l.lexeme)).toEqual(['polic', 'reform']);
  });

  it('keeps the clauses a language can say, with their frequencies', () => {
    expect(plan.locales[1].clauses.all).toEqual([{ key: 'w:police', query: "('polizi')" }]);
    expect(plan.frequencies.all).toEqual([
      { locale: 'en', key: 'w:police', df: 50 },
      { locale: 'en', key: 'w:reform', df: 5 },
      { locale: 'it', key: 'w:police', df: 40 },
    ]);
    expect(plan).toMatchObject({ clauses: 2, suggestion: undefined });
    expect(plan.passages.get('it')).toBe(80);
  });
});
