import { compoundParts } from './compounds';

/** A made-up German vocabulary, as the index would hold it. */
const isWord = (vocabulary: readonly string[]) => (w: string) => vocabulary.includes(w);

describe('compoundParts', () => {
  it('splits a compound into two known words', () => {
    expect(compoundParts('Hafenbehörde', isWord(['hafen', 'behörde']))).toEqual([
      'hafen',
      'behörde',
    ]);
  });

  it('drops the linking letters between the parts', () => {
    expect(compoundParts('Arbeitsmarkt', isWord(['arbeit', 'markt']))).toEqual(['arbeit', 'markt']);
    expect(compoundParts('Straßenbahn', isWord(['straße', 'bahn']))).toEqual(['straße', 'bahn']);
  });

  it('prefers the longest last part', () => {
    const words = isWord(['grenz', 'grenzschutz', 'schutz', 'schutzpolizei', 'polizei']);
    expect(compoundParts('Grenzschutzpolizei', words)).toEqual(['grenz', 'schutzpolizei']);
  });

  it('knows a first part by the final "e" German drops at the joint', () => {
    expect(compoundParts('Schulbuch', isWord(['schule', 'buch']))).toEqual(['schule', 'buch']);
  });

  it('takes a compound of three parts apart, and no more', () => {
    const words = isWord(['grenze', 'hafen', 'wache', 'polizei', 'ausbildung']);
    expect(compoundParts('Grenzpolizeiausbildung', words)).toEqual([
      'grenze',
      'polizei',
      'ausbildung',
    ]);
    expect(compoundParts('Hafengrenzpolizeiwache', words)).toBeUndefined();
  });

  it('leaves a word alone when a side is unknown or shorter than four letters', () => {
    expect(compoundParts('Hafenmeister', isWord(['hafen', 'behörde']))).toBeUndefined();
    expect(compoundParts('Markt', isWord(['markt']))).toBeUndefined();
    expect(compoundParts('Seehafen', isWord(['see', 'hafen']))).toBeUndefined();
  });
});
