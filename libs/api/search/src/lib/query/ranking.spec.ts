import type { LocalePlan, Plan } from './query-plan';
import { driverQuery, idf, scoredSql } from './ranking';
import { SqlParams } from './sql-params';

const italian: LocalePlan = {
  locale: 'it',
  all: "'polizia' & 'prossim'",
  any: "'polizia' | 'prossim'",
  clauses: {
    all: [
      { key: 'w:polizia', query: "'polizia'" },
      { key: 'w:prossimita', query: "'prossim'" },
    ],
    any: [
      { key: 'w:polizia', query: "'polizia'" },
      { key: 'w:prossimita', query: "'prossim'" },
    ],
  },
  exclude: '',
  lexemes: [
    { lexeme: 'polizia', idf: 0.2 },
    { lexeme: 'prossim', idf: 2 },
  ],
  avgdl: 40,
  weight: 1,
};

const plan = (locales: readonly LocalePlan[], df: number): Plan => ({
  lang: 'it',
  locales,
  clauses: 2,
  frequencies: {
    all: [
      { locale: 'it', key: 'w:polizia', df },
      { locale: 'it', key: 'w:prossimita', df: 3 },
    ],
    any: [
      { locale: 'it', key: 'w:polizia', df },
      { locale: 'it', key: 'w:prossimita', df: 3 },
    ],
  },
  passages: new Map([['it', 10_000]]),
});

describe('idf', () => {
  it('is highest for a lexeme in no passage and falls as it gets commoner', () => {
    expect(idf(100, 0)).toBeGreaterThan(idf(100, 1));
    expect(idf(100, 1)).toBeGreaterThan(idf(100, 99));
    expect(idf(100, 100)).toBeGreaterThan(0);
  });
});

describe('driverQuery', () => {
  const choice = (...drivers: string[]) => ({
    drivers: new Set(drivers),
    capped: false,
    estimate: 0,
  });

  it('is the whole query when every clause drives', () => {
    expect(driverQuery(italian, 'all', choice('w:polizia', 'w:prossimita'))).toBe(italian.all);
  });

  it('is the driving clauses only, still without the excluded words', () => {
    expect(driverQuery(italian, 'any', choice('w:prossimita'))).toBe("('prossim')");
    const excluding = { ...italian, exclude: "'moldova'" };
    expect(driverQuery(excluding, 'any', choice('w:prossimita'))).toBe(
      "(('prossim')) & !('moldova')",
    );
  });

  it('is empty when only common terms are said in that language', () => {
    expect(driverQuery(italian, 'any', choice('w:other'))).toBe('');
  });
});

describe('scoredSql', () => {
  it('binds every term and filter, and caps the candidates only when the rarest term is over budget', () => {
    const p = new SqlParams();
    const scored = scoredSql(
      p,
      plan([italian], 50),
      'any',
      { types: ['page'], country: 'MD' },
      500,
    );
    expect(scored?.choice.capped).toBe(false);
    expect(scored?.sql).toContain('WITH m AS');
    expect(scored?.sql).not.toContain('LIMIT');
    expect(p.values).toEqual(expect.arrayContaining(['it', 'polizia', 'prossim', ['page'], 'MD']));
    const capped = scoredSql(new SqlParams(), plan([italian], 9_000), 'all', {}, 1);
    expect(capped?.choice.capped).toBe(true);
    expect(capped?.sql).toMatch(/LIMIT \$\d+\)/);
  });

  it('has nothing to score when no language says a driving term', () => {
    const silent = { ...italian, all: '', any: '' };
    expect(scoredSql(new SqlParams(), plan([silent], 50), 'all', {}, 500)).toBeUndefined();
  });
});

describe('scoredSql across languages', () => {
  it("counts another language's matched concepts against what it can say, not the whole question", () => {
    // English here can say "polizia" but not "prossimità": its weight already holds the share
    // of the question it can say (see readPlan), so its passages' share matched is of one
    // concept, while Italian passages' is of both.
    const english: LocalePlan = {
      ...italian,
      locale: 'en',
      all: "'polic'",
      any: "'polic'",
      clauses: { all: [], any: [{ key: 'w:polizia', query: "'polic'" }] },
      lexemes: [{ lexeme: 'polic', idf: 0.3 }],
      weight: 0.25,
    };
    const scored = scoredSql(new SqlParams(), plan([italian, english], 50), 'any', {}, 500);
    // Each language's CASE branch ends with its count of concepts: Italian's, then English's.
    const shares = [...(scored?.sql ?? '').matchAll(/::float8 \/ (\d+\.\d+)/g)].map((m) => m[1]);
    expect(shares).toEqual(['2.000000', '1.000000']);
  });
});

describe('scoredSql when every clause is required', () => {
  it('tests no row against each concept, since every candidate matches them all', () => {
    const scored = scoredSql(new SqlParams(), plan([italian], 50), 'all', {}, 500);
    expect(scored?.sql).not.toMatch(/::float8 \/ /);
    const any = scoredSql(new SqlParams(), plan([italian], 50), 'any', {}, 500);
    expect(any?.sql).toMatch(/::float8 \/ 2\.000000/);
  });
});
