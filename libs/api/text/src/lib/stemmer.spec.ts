import { fold, stem } from './stemmer';

describe('fold', () => {
  it('lower-cases plain ASCII as it is', () => {
    expect(fold('Harbour POLICE-Unit 42')).toBe('harbour police-unit 42');
  });

  it('drops diacritics and writes ё as е', () => {
    expect(fold('Sécurité Öffentliche ÉLÈVES')).toBe('securite offentliche eleves');
    expect(fold('Ёлка и её')).toBe('елка и ее');
  });
});

describe('stem', () => {
  it('takes the same stem from forms with and without accents', () => {
    expect(stem('sécurité', 'fr')).toBe(stem('securite', 'fr'));
    expect(stem('полицейских', 'ru')).toBe(stem('полицейские', 'ru'));
  });
});
