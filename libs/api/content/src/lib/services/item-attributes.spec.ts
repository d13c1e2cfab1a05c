import { refusedField } from '@portal/api/common/testing';
import { checkAttributes, normaliseKey } from './item-attributes';

describe('normaliseKey', () => {
  it('keeps a page slug and turns a country code of any case into the stored code', () => {
    expect(normaliseKey('page', 'policing')).toBe('policing');
    expect(normaliseKey('country', 'de')).toBe('DE');
  });

  it('asks for a slug, and knows only the reference data there is', () => {
    expect(refusedField(() => normaliseKey('page', undefined))).toBe('slug');
    expect(refusedField(() => normaliseKey('country', 'zz'))).toBe('key');
  });
});

describe('checkAttributes', () => {
  const programme = { category: 'police-development-reform' };

  it('gives other kinds no attributes', () => {
    expect(checkAttributes('page', programme)).toEqual({});
  });

  it('de-duplicates activities and countries, upper-cases codes, drops what is unset', () => {
    expect(
      checkAttributes('programme', {
        ...programme,
        activities: ['combating-domestic-violence', 'combating-domestic-violence'],
        countries: ['md', 'MD'],
        fieldOperation: '',
        startYear: 2020,
      }),
    ).toEqual({
      category: 'police-development-reform',
      activities: ['combating-domestic-violence'],
      countries: ['MD'],
      startYear: 2020,
    });
  });

  it.each([
    ['category', { category: 'cooking' }],
    ['activities.0', { ...programme, activities: ['juggling'] }],
    ['countries.1', { ...programme, countries: ['MD', 'XX'] }],
    ['fieldOperation', { ...programme, fieldOperation: 'mission-to-atlantis' }],
    ['endYear', { ...programme, startYear: 2021, endYear: 2020 }],
  ])('names %s when it is wrong', (field, attributes) => {
    expect(refusedField(() => checkAttributes('programme', attributes))).toBe(field);
  });
});
