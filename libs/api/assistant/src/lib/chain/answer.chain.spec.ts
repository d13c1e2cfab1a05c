import { NameLexicon } from '../text/name-lexicon';
import { condenseQuestion } from './answer.chain';

describe('condenseQuestion', () => {
  const lexicon = new NameLexicon();
  const history = (q: string) => [
    { role: 'user' as const, content: q },
    { role: 'assistant' as const, content: 'В 2009 году [1]' },
  ];

  it('borrows the names and the other content words of the previous question', () => {
    const standalone = condenseQuestion(
      'А сколько человек прошли его курсы?',
      history('Когда был открыт колледж в Ташкенте?'),
      lexicon,
    );
    expect(standalone).toMatch(/колледж/);
    expect(standalone).toMatch(/ташкент/i);
  });

  it('leaves a question with its own names alone', () => {
    expect(
      condenseQuestion('When was ODIHR renamed?', history('Where is the SPMU?'), lexicon),
    ).toBe('When was ODIHR renamed?');
  });
});
