import { NameLexicon } from '../text/name-lexicon';
import { analyzeQuestion } from './question-analysis';
import { sentenceFeatures, termMatch } from './sentence-features';

describe('termMatch across scripts', () => {
  const lexicon = new NameLexicon();
  const term = (question: string, word: string) => {
    const found = analyzeQuestion(lexicon, question, 'en').terms.find((t) => t.folded === word);
    if (!found) throw new Error(`no term ${word}`);
    return found;
  };

  it('meets a cognate written in Cyrillic', () => {
    const ministry = term('Which ministry signed the agreement?', 'ministry');
    const ru = sentenceFeatures(lexicon, 'Соглашение подписало министерство юстиции.', 'ru', 'en');
    expect(termMatch(ministry, ru)).toBeGreaterThan(0);
  });

  it('does not take an unrelated Cyrillic word for it', () => {
    const ministry = term('Which ministry signed the agreement?', 'ministry');
    const ru = sentenceFeatures(lexicon, 'Соглашение подписала прокуратура.', 'ru', 'en');
    expect(termMatch(ministry, ru)).toBe(0);
  });
});
