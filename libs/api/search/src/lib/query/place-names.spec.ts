import { findPlaces } from './place-names';

const ids = (text: string, lang: Parameters<typeof findPlaces>[1]) =>
  findPlaces(text, lang).map((p) => p.id);

describe('findPlaces', () => {
  it('finds a country by its name in the query’s language', () => {
    expect(ids('Polizeireform in Albanien', 'de')).toEqual(['country:AL']);
  });

  it('finds a country by the adjective or people made from its name, in five languages', () => {
    expect(ids('Albanian border guards', 'en')).toEqual(['country:AL']);
    expect(ids('die schwedischen Ausbilder', 'de')).toEqual(['country:SE']);
    expect(ids('les formateurs moldaves', 'fr')).toEqual(['country:MD']);
    expect(ids('la polizia albanese', 'it')).toEqual(['country:AL']);
    expect(ids('los policías ucranianos', 'es')).toEqual(['country:UA']);
    expect(ids('Kazakh customs officers', 'en')).toEqual(['country:KZ']);
  });

  it('carries the country’s name into every language', () => {
    const [place] = findPlaces('the Maltese presidency', 'en');
    expect(place?.names.it).toBe('Malta');
    expect(place?.term).toBe('maltese');
  });

  it('takes no ordinary word for an adjective of a country', () => {
    for (const [text, lang] of [
      ['individual training for officers', 'en'],
      ['Georg Schmidt leitete die Schulung', 'de'],
      ['les russes et les autres', 'ru'],
      ['una formación especial', 'es'],
    ] as const)
      expect(ids(text, lang)).toEqual([]);
  });
});
