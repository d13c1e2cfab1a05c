import { NameLexicon } from './name-lexicon';

describe('NameLexicon', () => {
  const lexicon = new NameLexicon();

  it('finds the same institution under its names in six languages', () => {
    for (const text of [
      'ODIHR is in Warsaw',
      'Le BIDDH à Varsovie',
      'Das BDIMR in Warschau',
      'БДИПЧ в Варшаве',
    ]) {
      const found = lexicon.find(text);
      expect([...found.keys()].sort()).toEqual(['city:warsaw', 'odihr']);
    }
  });

  it('prefers the longest name and knows countries from ICU', () => {
    const found = lexicon.find(
      "L'Unità per le questioni strategiche di polizia collabora con la Serbia e la Germania",
    );
    expect([...found.keys()].sort()).toEqual(['country:DE', 'country:RS', 'spmu']);
  });
});
