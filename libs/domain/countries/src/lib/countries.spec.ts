import { LOCALES } from '@portal/domain/locales';
import {
  ASIAN_PARTNERS,
  CHAIRPERSONSHIP,
  COUNTRIES,
  MEDITERRANEAN_PARTNERS,
  PARTICIPATING_STATES,
  countriesInGroup,
  countryName,
  countryNames,
  findCountry,
  isCountryCode,
  joinedYear,
} from './countries';

describe('countries', () => {
  it('lists 57 participating States, 5 Asian and 6 Mediterranean Partners', () => {
    expect(PARTICIPATING_STATES).toHaveLength(57);
    expect(ASIAN_PARTNERS).toHaveLength(5);
    expect(MEDITERRANEAN_PARTNERS).toHaveLength(6);
    expect(countriesInGroup('participating')).toHaveLength(57);
    expect(countriesInGroup('asian-partner')).toHaveLength(5);
    expect(countriesInGroup('mediterranean-partner')).toHaveLength(6);
  });

  it('has unique codes and slugs', () => {
    expect(new Set(COUNTRIES.map((c) => c.code)).size).toBe(COUNTRIES.length);
    expect(new Set(COUNTRIES.map((c) => c.slug)).size).toBe(COUNTRIES.length);
    expect(COUNTRIES.every((c) => /^[A-Z]{2}$/.test(c.code))).toBe(true);
    expect(COUNTRIES.every((c) => /^[a-z]+(-[a-z]+)*$/.test(c.slug))).toBe(true);
  });

  it('uses the codes the OSCE menu implies', () => {
    expect(findCountry('holy-see')?.code).toBe('VA');
    expect(findCountry('turkiye')?.code).toBe('TR');
    expect(findCountry('north-macedonia')?.code).toBe('MK');
    expect(isCountryCode('XK')).toBe(false);
    expect(findCountry('de')?.slug).toBe('germany');
  });

  it('names every country in all six locales', () => {
    for (const country of COUNTRIES) {
      for (const locale of LOCALES) {
        const name = countryName(country.code, locale);
        expect(name.trim().length).toBeGreaterThan(1);
        expect(name).not.toBe(country.code);
      }
    }
    expect(countryName('DE', 'it')).toBe('Germania');
    expect(countryName('VA', 'en')).toBe('Holy See');
    expect(countryName('TR', 'en')).toBe('Türkiye');
    expect(countryName('RU', 'ru')).toBe('Российская Федерация');
  });

  it('collects aliases across languages', () => {
    const names = countryNames('DE');
    expect(names).toEqual(
      expect.arrayContaining([
        'Germany',
        'Allemagne',
        'Deutschland',
        'Germania',
        'Германия',
        'Alemania',
        'Federal Republic of Germany',
      ]),
    );
    expect(new Set(names).size).toBe(names.length);
    expect(countryNames('TR')).toContain('Turkey');
  });

  it('knows the Chairpersonship', () => {
    expect(CHAIRPERSONSHIP).toEqual({ code: 'CH', year: 2026 });
    expect(findCountry(CHAIRPERSONSHIP.code)?.group).toBe('participating');
  });

  it('rejects wrong codes and locales at compile time', () => {
    // Never called: the @ts-expect-error lines fail type-checking if the types loosen.
    const misuse = (): string[] => [
      // @ts-expect-error 'XK' is not an OSCE country code
      countryName('XK', 'en'),
      // @ts-expect-error 'pt' is not a portal locale
      countryName('DE', 'pt'),
    ];
    expect(typeof misuse).toBe('function');
  });

  it('knows the year every country joined, none before the CSCE opened', () => {
    for (const country of COUNTRIES) {
      const year = joinedYear(country.code);
      expect(year).toBeGreaterThanOrEqual(1973);
      expect(year).toBeLessThanOrEqual(2012);
    }
    expect(joinedYear('MN')).toBe(2012);
    expect(joinedYear('JO')).toBe(1998);
    expect(joinedYear('CH')).toBe(1973);
  });
});
