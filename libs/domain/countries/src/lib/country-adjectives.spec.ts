import { countryOfAdjective } from './country-adjectives';

describe('countryOfAdjective', () => {
  it.each([
    ['Albanian', 'en', 'AL'],
    ['Kazakh', 'en', 'KZ'],
    ['schwedischen', 'de', 'SE'],
    ['moldaves', 'fr', 'MD'],
    ['kazakhe', 'fr', 'KZ'],
    ['albanese', 'it', 'AL'],
    ['ucranianos', 'es', 'UA'],
  ] as const)('reads %s (%s) as %s', (word, lang, code) => {
    expect(countryOfAdjective(word, lang)).toBe(code);
  });

  it.each([
    ['individual', 'en'],
    ['Georg', 'de'],
    ['formación', 'es'],
    ['Italy', 'en'],
    ['итальянский', 'ru'],
  ] as const)('takes %s (%s) for no adjective of a country', (word, lang) => {
    // The name itself is for the name lists; Russian adjectives change the stem.
    expect(countryOfAdjective(word, lang)).toBeUndefined();
  });
});
