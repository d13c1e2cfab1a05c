import { NameLexicon } from '../text/name-lexicon';
import { anchorQuery, expandQuery, writableIn } from './query-expansion';

describe('anchorQuery', () => {
  const lexicon = new NameLexicon([
    { id: 'valdoria', names: ['Valdoria', 'Valdorie', 'Вальдория'] },
    { id: 'iscs', names: ['ISCS', 'Institute for Safer Coastal Shipping'] },
  ]);
  const question = 'When did Valdoria join the ISCS?';

  it('carries every form of the names when no language is targeted', () => {
    const all = anchorQuery(question, lexicon, 'en')?.split(' ') ?? [];
    expect(all).toEqual(expect.arrayContaining(['Valdoria', 'Valdorie', 'Вальдория', 'ISCS']));
  });

  it('keeps for one language only the names its texts can hold', () => {
    const russian = anchorQuery(question, lexicon, 'en', 'ru')?.split(' ') ?? [];
    expect(russian).toContain('Вальдория');
    expect(russian).toContain('ISCS');
    expect(russian).not.toContain('Valdorie');
    const french = anchorQuery(question, lexicon, 'en', 'fr')?.split(' ') ?? [];
    expect(french).toEqual(expect.arrayContaining(['Valdoria', 'Valdorie', 'ISCS']));
    expect(french).not.toContain('Вальдория');
  });

  it('has no anchors for a question without names, numbers or concepts', () => {
    expect(anchorQuery('what happened then', lexicon, 'en', 'de')).toBeUndefined();
  });
});

describe('writableIn', () => {
  it('writes Cyrillic names in Russian only, and acronyms everywhere', () => {
    expect(writableIn('Вальдория', 'ru')).toBe(true);
    expect(writableIn('Вальдория', 'es')).toBe(false);
    expect(writableIn('Valdoria', 'ru')).toBe(false);
    expect(writableIn('ISCS', 'ru')).toBe(true);
    expect(writableIn('Valdoria', 'it')).toBe(true);
  });
});

describe('expandQuery', () => {
  const lexicon = new NameLexicon([
    { id: 'valdoria', names: ['Valdoria', 'Valdorie', 'Вальдория'] },
  ]);

  it("adds the names the question's script can write, leaving the others to search", () => {
    const english = expandQuery('Who trains police in Valdoria?', lexicon, 'en');
    expect(english).toContain('Valdorie');
    expect(english).not.toContain('Вальдория');
    const russian = expandQuery('Кто обучает полицию в Вальдории?', lexicon, 'ru');
    expect(russian).toContain('Вальдория');
    expect(russian).not.toContain('Valdorie');
  });
});
