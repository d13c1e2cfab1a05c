import type { Plan } from '../query/query-plan';
import { ResidentIndex, type ResidentPassageRow } from './resident-index';
import { residentPage } from './resident-ranking';

/** A passage of item `item` whose tsvector says `words` at positions 1, 2, ... */
function row(
  item: string,
  words: string,
  extra: Partial<ResidentPassageRow> = {},
): ResidentPassageRow {
  const positions = new Map<string, number[]>();
  words.split(' ').forEach((w, i) => positions.set(w, [...(positions.get(w) ?? []), i + 1]));
  return {
    id: `page:${item}:en:p1`,
    item_type: 'page',
    item_id: item,
    locale: 'en',
    position: 1,
    country_codes: [],
    length: words.split(' ').length,
    updated: 0,
    tsv: [...positions].map(([w, ps]) => `'${w}':${ps.join(',')}`).join(' '),
    title_lexemes: [],
    title: '',
    url: '',
    anchor: '',
    body: '',
    ...extra,
  };
}

/** A plan of English words, every one required, as the planner would make it. */
function plan(words: string[], dfs: number[], passages: number, query = ''): Plan {
  const clauses = words.map((w) => ({ key: w, query: `'${w}'` }));
  return {
    lang: 'en',
    locales: [
      {
        locale: 'en',
        all: query || words.map((w) => `'${w}'`).join(' & '),
        any: words.map((w) => `'${w}'`).join(' | '),
        clauses: { all: clauses, any: clauses },
        exclude: '',
        lexemes: words.map((w, i) => ({ lexeme: w, idf: Math.log(1 + passages / dfs[i]) })),
        avgdl: 4,
        weight: 1,
      },
    ],
    clauses: words.length,
    frequencies: {
      all: words.map((w, i) => ({ locale: 'en', key: w, df: dfs[i] })),
      any: words.map((w, i) => ({ locale: 'en', key: w, df: dfs[i] })),
    },
    passages: new Map([['en', passages]]),
  };
}

const request = { page: 1, size: 10 };

describe('residentPage', () => {
  it('ranks the passages holding every word, rarer words and titles first', () => {
    const index = ResidentIndex.of([
      row('a', 'harbour patrol boats'),
      row('b', 'harbour police patrol'),
      row('c', 'police training'),
      row('d', 'harbour police', { title_lexemes: ['police'] }),
    ]);
    const page = residentPage(
      index,
      plan(['harbour', 'police'], [3, 3], 4),
      'all',
      {},
      request,
      500,
    );
    expect(page?.rows.map((r) => r.item_id)).toEqual(['d', 'b']);
    expect(page?.total).toBe(2);
  });

  it('matches a phrase by word positions, at its exact distance', () => {
    const index = ResidentIndex.of([
      row('near', 'border police station'),
      row('far', 'police at the border'),
      row('gap', 'border and police'),
    ]);
    const asked = (query: string) =>
      residentPage(index, plan(['border', 'police'], [3, 3], 3, query), 'all', {}, request, 500)
        ?.rows.map((r) => r.item_id)
        .sort();
    expect(asked("'border' <-> 'police'")).toEqual(['near']);
    expect(asked("'border' <2> 'police'")).toEqual(['gap']);
    expect(asked("'police' <3> 'border'")).toEqual(['far']);
    // A phrase of other than single words is left to the SQL ranking.
    expect(asked("'border' <-> ('police' | 'guard')")).toBeUndefined();
  });

  it('over the budget, ranks the first matches in index order and estimates the total', () => {
    const rows = Array.from({ length: 8 }, (_, i) =>
      row(`item-${i}`, i === 6 ? 'patrol patrol' : 'patrol'),
    );
    const index = ResidentIndex.of(rows);
    const page = residentPage(index, plan(['patrol'], [8], 8), 'all', {}, request, 3);
    // Only the first three were candidates: the best passage (item-6) was not among them.
    expect(page?.rows.map((r) => r.item_id).sort()).toEqual(['item-0', 'item-1', 'item-2']);
    expect(page?.total).toBe(8);
  });

  it('counts facets before the filters of their own dimension', () => {
    const index = ResidentIndex.of([
      row('x', 'ferry', { country_codes: ['IT'] }),
      row('y', 'ferry', { country_codes: ['IT', 'MT'], item_type: 'programme' }),
      row('z', 'ferry', { country_codes: ['MT'] }),
    ]);
    const page = residentPage(
      index,
      plan(['ferry'], [3], 3),
      'all',
      { country: 'MT' },
      request,
      500,
    );
    expect(page?.rows.map((r) => r.item_id).sort()).toEqual(['y', 'z']);
    expect(page?.facets['type']).toEqual([
      { value: 'page', count: 1 },
      { value: 'programme', count: 1 },
    ]);
    expect(page?.facets['country']).toEqual([
      { value: 'IT', count: 2 },
      { value: 'MT', count: 2 },
    ]);
  });
});
