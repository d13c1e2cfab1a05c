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

describe('NameLexicon long names written another way', () => {
  const lexicon = new NameLexicon();

  it('knows a long name with other function words and one content word of its own', () => {
    const found = lexicon.find(
      'La Oficina para las Instituciones Democráticas y los Derechos del Hombre publicó su informe',
    );
    expect(found.get('odihr')).toEqual([
      'oficina para las instituciones democraticas y los derechos del hombre',
    ]);
  });

  it('knows a long name whose words are inflected or spelled otherwise', () => {
    expect(
      lexicon.find('The Office of the Democratic Institution and Human Right said').has('odihr'),
    ).toBe(true);
  });

  it('does not take a name whose opening words differ, or a short name with a word replaced', () => {
    expect(
      lexicon
        .find('La Oficina de Asuntos Democráticos y Derechos Humanos de la ciudad')
        .has('odihr'),
    ).toBe(false);
    // "High Commissioner on National Minorities" has four content words: all are needed.
    expect(lexicon.find('The High Commissioner on National Security spoke').has('hcnm')).toBe(
      false,
    );
  });
});

describe('NameLexicon in a text of a known language', () => {
  const lexicon = new NameLexicon();

  it('knows a country by its adjective or its people, read in that language', () => {
    const found = lexicon.findIn('Die Schulung für die albanischen Grenzbeamten', 'de');
    expect(found.get('country:AL')).toEqual(['albanischen']);
    expect(lexicon.findIn('Kazakh customs officers met in Vienna', 'en').has('country:KZ')).toBe(
      true,
    );
    // Read without its language, the word names nothing.
    expect(lexicon.find('Die Schulung für die albanischen Grenzbeamten').has('country:AL')).toBe(
      false,
    );
  });
});
