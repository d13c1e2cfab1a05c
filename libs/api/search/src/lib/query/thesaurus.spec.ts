import { parseQuery } from './query-parser';
import { expandAcrossLocales, ownClauseKeys, type WordTranslator } from './thesaurus';

/** A lexicon that knows two French words in English, as learning from aligned pages would give. */
const translator: WordTranslator = {
  id: 7001,
  translate: (word, from, to) =>
    from === 'fr' && to === 'en' ? [{ veille: 'watch', nocturne: 'night' }[word] ?? []].flat() : [],
};

describe('expandAcrossLocales with learned translations', () => {
  const text = 'veille nocturne Riga';

  it('carries the words any of which will do into another language as their translations', () => {
    const loose = expandAcrossLocales(text, 'fr', parseQuery(text), false, translator);
    const english = loose.en?.clauses.flat().map((t) => t.text) ?? [];
    expect(english).toEqual(expect.arrayContaining(['watch', 'night', 'riga']));
    expect(loose.en?.expressed.split(' ')).toEqual(
      expect.arrayContaining(['veille', 'nocturne', 'riga']),
    );
    // A language the lexicon knows nothing of gets the name only.
    expect(loose.de?.clauses.flat().map((t) => t.text)).toEqual(['riga']);
  });

  it('does not make translated words required when every word is', () => {
    const strict = expandAcrossLocales(text, 'fr', parseQuery(text), true, translator);
    expect(strict.en?.clauses.flat().map((t) => t.text) ?? []).not.toContain('watch');
  });

  it('keeps the expansion without a lexicon as it was', () => {
    const plain = expandAcrossLocales(text, 'fr', parseQuery(text), false);
    expect(plain.en?.clauses.flat().map((t) => t.text)).toEqual(['riga']);
  });

  it('keys each clause by the visitor word it says, the same in every language', () => {
    const query = parseQuery(text);
    const loose = expandAcrossLocales(text, 'fr', query, false, translator);
    const own = ownClauseKeys(text, 'fr', query.clauses);
    expect(own).toEqual(['w:veille', 'w:nocturne', 'w:riga']);
    expect([...(loose.en?.keys ?? [])].sort()).toEqual([...own].sort());
    expect(loose.en?.keys).toHaveLength(loose.en?.clauses.length ?? -1);
  });
});

describe('expandAcrossLocales with names', () => {
  it('says a country by its name in each language, a name of several words as one', () => {
    const text = 'trainers from Bosnia and Herzegovina in Germany';
    const loose = expandAcrossLocales(text, 'en', parseQuery(text), false);
    const german = loose.de?.clauses.flat().map((t) => t.text) ?? [];
    expect(german).toEqual(expect.arrayContaining(['deutschland', 'bosnien und herzegowina']));
    expect(loose.it?.clauses.flat().map((t) => t.text)).toContain('germania');
    expect(loose.de?.keys).toEqual(expect.arrayContaining(['c:country:DE', 'c:country:BA']));
  });

  it('does not take a question word for a name because it starts the sentence', () => {
    const text = 'Where are the trainers from Latvia?';
    const loose = expandAcrossLocales(text, 'en', parseQuery(text), false);
    const french = loose.fr?.clauses.flat().map((t) => t.text) ?? [];
    expect(french).toContain('lettonie');
    expect(french).not.toContain('where');
  });
});
