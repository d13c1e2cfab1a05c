import { TestBed } from '@angular/core/testing';
import type { CountrySummary } from '@portal/domain/content';
import { IntlResults } from '@portal/portal/ui';
import { fold, groupCountries as grouped } from './country-groups';

/** As the countries page groups them, with the portal's collation. */
const groupCountries = (countries: readonly CountrySummary[], tag: string, query: string) =>
  grouped(countries, tag, query, TestBed.inject(IntlResults).sortByName);

const c = (code: string, name: string, group: CountrySummary['group']): CountrySummary => ({
  code,
  name,
  group,
  slug: code.toLowerCase(),
});

describe('groupCountries', () => {
  const list = [
    c('CH', 'Schweiz', 'participating'),
    c('AT', 'Österreich', 'participating'),
    c('JP', 'Japan', 'asian-partner'),
    c('DZ', 'Algerien', 'mediterranean-partner'),
  ];

  it('groups in a fixed order and sorts with the locale collation', () => {
    const groups = groupCountries(list, 'de-DE', '');
    expect(groups.map((g) => g.group)).toEqual([
      'participating',
      'asian-partner',
      'mediterranean-partner',
    ]);
    // German collation puts Ö with O, before S.
    expect(groups[0].countries.map((x) => x.code)).toEqual(['AT', 'CH']);
  });

  it('filters ignoring case and diacritics, and by exact code', () => {
    expect(groupCountries(list, 'de-DE', 'osterr')[0].countries.map((x) => x.code)).toEqual(['AT']);
    expect(groupCountries(list, 'de-DE', 'jp')[1].countries.map((x) => x.code)).toEqual(['JP']);
    expect(fold('Côte', 'fr-FR')).toBe('cote');
  });
});
