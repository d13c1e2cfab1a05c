import { DataSource } from 'typeorm';
import { LOCALES } from '@portal/domain/locales';
import { InvalidInputError } from '@portal/api/common';
import { describeEachDatabase } from '@portal/api/database/testing';
import { SEARCH_FIXTURE_ITEMS } from '../testing';
import { SEARCH_MIGRATIONS } from '../index';
import { SEARCH_ENTITIES } from './search.entities';
import { SEARCH_HIT_TYPES } from '@portal/domain/content';
import { SearchIndexer } from './search-indexer.service';
import { SearchService } from './search.service';

const schema = { entities: SEARCH_ENTITIES, migrations: SEARCH_MIGRATIONS };

/** Small deterministic PRNG (mulberry32) so a failure can be replayed. */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  'polizia',
  'police',
  'riforme',
  'Germania',
  'prossimità',
  'OSCE',
  'polise',
  '"',
  '""',
  '"polizia di',
  '-',
  '--',
  '-polizia',
  'OR',
  '|',
  '||',
  '&',
  '&&',
  '!',
  '!!',
  ':*',
  '*',
  '(',
  ')',
  '<->',
  '<2>',
  "'",
  "''",
  '\\',
  '\\\\',
  '%',
  '_',
  '$1',
  '$$',
  ';',
  "'; DROP TABLE search_passage; --",
  "1' OR '1'='1",
  'SELECT * FROM pg_user',
  '/* */',
  '<script>alert(1)</script>',
  '<mark>',
  '</mark>',
  '&amp;',
  '&#0;',
  '<img src=x onerror=1>',
  '😀',
  '👮‍♀️',
  '🇮🇹',
  'مرحبا بالشرطة',
  'שלום',
  '\u202e',
  '\u200b',
  '\u200d',
  'e\u0301',
  '警察改革',
  'ポリス',
  '경찰',
  'полиция',
  'реформа',
  'ß',
  'İ',
  'ﬁ',
  '\u0000',
  '\u0001',
  '\u0002',
  '\t',
  '\n',
  '\ud800',
  '\udfff',
  '\ufffd',
  '\uffff',
  '𝔭𝔬𝔩𝔦𝔷𝔦𝔞',
  '0',
  '-1',
  '1e309',
  'NaN',
  'null',
  'undefined',
  '{}',
  '[]',
  '`',
  '~',
  '^',
  '@',
  '#',
  '?',
  '=',
  '+',
  ',',
  '.',
];

describeEachDatabase('search fuzz', schema, (db) => {
  let service: SearchService;

  beforeAll(async () => {
    const ds: DataSource = db.dataSource();
    service = new SearchService(ds);
    const indexer = new SearchIndexer();
    await ds.transaction(async (m) => {
      for (const item of SEARCH_FIXTURE_ITEMS) await indexer.replaceItem(m, item);
    });
  });

  it('answers or rejects with InvalidInputError for 1,200 hostile queries', async () => {
    const random = rng(20261127);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
    let answered = 0;
    let rejected = 0;
    for (let i = 0; i < 1200; i++) {
      const parts: string[] = [];
      const n = 1 + Math.floor(random() * 8);
      for (let j = 0; j < n; j++) parts.push(pick(PIECES));
      let q = parts.join(random() < 0.7 ? ' ' : '');
      if (i % 50 === 0)
        q = pick(PIECES)
          .repeat(500)
          .slice(0, 500 + (i % 100 === 0 ? 1 : 0));
      if (i % 97 === 0)
        q = String.fromCharCode(...Array.from({ length: 60 }, () => Math.floor(random() * 0xd7ff)));
      const lang = pick(LOCALES);
      try {
        if (i % 5 === 4) {
          await service.suggest({ q, lang });
        } else if (i % 5 === 3) {
          await service.retrieve({ query: q, lang, limit: 5 });
        } else {
          const res = await service.search({
            q,
            lang,
            type: random() < 0.2 ? pick(SEARCH_HIT_TYPES) : undefined,
            country: random() < 0.1 ? 'it' : undefined,
            page: 1 + Math.floor(random() * 3),
            size: 1 + Math.floor(random() * 20),
          });
          for (const hit of res.hits) {
            expect(hit.snippet.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
          }
        }
        answered++;
      } catch (e) {
        if (!(e instanceof InvalidInputError)) {
          throw new Error(`query #${i} ${JSON.stringify(q)} threw ${String(e)}`);
        }
        rejected++;
      }
    }
    expect(answered + rejected).toBe(1200);
    expect(answered).toBeGreaterThan(1000);
  }, 300_000);
});
