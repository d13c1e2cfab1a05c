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

describe('NameLexicon countries', () => {
  const lexicon = new NameLexicon();

  it("knows a State by the portal's own name for it, also declined", () => {
    expect(lexicon.find('Миссия работает в Кыргызстане с 1998 года').has('country:KG')).toBe(true);
  });

  it('knows a State by an alias people still use', () => {
    expect(lexicon.find('Die Wahlen in Weißrussland').has('country:BY')).toBe(true);
  });
});
