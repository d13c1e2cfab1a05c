import { TranslationLexicon, type AlignedPassage } from './translation-lexicon';

/** A small made-up aligned corpus: three items, two languages each. */
const corpus: AlignedPassage[] = [
  { group: 'lighthouse#p1', lang: 'en', text: 'The harbour lighthouse guides fishing boats.' },
  { group: 'lighthouse#p1', lang: 'it', text: 'Il faro del porto guida i pescherecci.' },
  { group: 'ferry#p1', lang: 'en', text: 'The ferry leaves the harbour at dawn.' },
  { group: 'ferry#p1', lang: 'it', text: "Il traghetto lascia il porto all'alba." },
  { group: 'market#p1', lang: 'en', text: 'Fishing boats sell at the harbour market.' },
  { group: 'market#p1', lang: 'it', text: 'I pescherecci vendono al mercato del porto.' },
  { group: 'school#p1', lang: 'en', text: 'The school teaches children to read.' },
  { group: 'school#p1', lang: 'it', text: 'La scuola insegna ai bambini a leggere.' },
];

describe('TranslationLexicon', () => {
  const lexicon = TranslationLexicon.learn(corpus);

  it('learns a word that keeps appearing with its translation', () => {
    expect(lexicon.translate('harbour', 'en', 'it')[0]).toMatchObject({ word: 'porto' });
    expect(lexicon.translate('porto', 'it', 'en')[0]).toMatchObject({ word: 'harbour' });
  });

  it('learns from inflected forms by their stems', () => {
    expect(lexicon.translate('harbours', 'en', 'it').map((t) => t.word)).toContain('porto');
  });

  it('does not pair words seen together only once', () => {
    expect(lexicon.translate('school', 'en', 'it')).toEqual([]);
    expect(lexicon.translate('ferry', 'en', 'it')).toEqual([]);
  });

  it('gives translated stems for every language it knows', () => {
    const stems = lexicon.stemsIn('fishing', 'en');
    expect(stems.get('it')?.size).toBeGreaterThan(0);
    expect(stems.has('de')).toBe(false);
  });

  it('knows nothing when empty', () => {
    expect(TranslationLexicon.EMPTY.translate('harbour', 'en', 'it')).toEqual([]);
    expect(TranslationLexicon.EMPTY.size).toBe(0);
  });

  it('pairs at most the first words of a long passage', () => {
    const capped = TranslationLexicon.learn(corpus, {
      minTogether: 2,
      minDice: 0.5,
      perWord: 3,
      maxWordsPerPassage: 1,
    });
    // Only each passage's first word seen elsewhere too is paired: "fishing" comes after
    // "harbour" in the first passage, so it meets "pescherecci" once and is not learned.
    expect(capped.translate('fishing', 'en', 'it')).toEqual([]);
    expect(lexicon.translate('fishing', 'en', 'it').length).toBeGreaterThan(0);
    expect(capped.translate('harbour', 'en', 'it')[0]?.word).toBe('porto');
  });
});
