import { refusedField } from '@portal/api/common/testing';
import type { SearchParams } from './search.types';
import { searchQuery, suggestQuery } from './search-input';

describe('searchQuery', () => {
  const params: SearchParams = { q: '  polizia  ', lang: 'it', page: 1, size: 10 };

  it('gives the trimmed query of good parameters', () => {
    expect(searchQuery(params)).toBe('polizia');
  });

  it.each([
    ['q', { q: '   ' }],
    ['q', { q: 'x'.repeat(501) }],
    ['lang', { lang: 'xx' }],
    ['type', { type: 'person' }],
    ['country', { country: 'MDA' }],
    ['page', { page: 0 }],
    ['size', { size: 101 }],
  ])('names %s when it is wrong', (field, wrong) => {
    expect(refusedField(() => searchQuery({ ...params, ...wrong } as SearchParams))).toBe(field);
  });
});

describe('suggestQuery', () => {
  it('keeps the typed text, control characters as spaces', () => {
    expect(suggestQuery({ q: 'pol\u0000izia ', lang: 'it' })).toBe('pol izia ');
  });

  it('names q or lang when they are wrong', () => {
    expect(refusedField(() => suggestQuery({ q: '\u0001 ', lang: 'it' }))).toBe('q');
    expect(refusedField(() => suggestQuery({ q: 'x'.repeat(501), lang: 'it' }))).toBe('q');
    expect(refusedField(() => suggestQuery({ q: 'pol', lang: 'xx' }))).toBe('lang');
  });
});
