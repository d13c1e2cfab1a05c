import { NameLexicon } from '../text/name-lexicon';
import { condenseQuestion } from './follow-up';
import { leavesListOpen, readWhole } from './passage-assembly';
import { expandQuery } from './query-expansion';

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

describe('condenseQuestion with a new place or body', () => {
  const lexicon = new NameLexicon();
  const history = (q: string) => [
    { role: 'user' as const, content: q },
    { role: 'assistant' as const, content: 'It trains border guards. [1]' },
  ];

  it('asks the previous question of the new country', () => {
    expect(
      condenseQuestion(
        'And in Georgia?',
        history('Does the OSCE train border guards in Armenia?'),
        lexicon,
      ),
    ).toBe('Does the OSCE train border guards in Georgia?');
  });

  it('does the same in another language', () => {
    expect(
      condenseQuestion(
        'E in Ucraina?',
        history("L'OSCE forma le guardie di frontiera in Armenia?"),
        lexicon,
      ),
    ).toBe("L'OSCE forma le guardie di frontiera in Ucraina?");
  });

  it('keeps a follow-up that asks something new as it is', () => {
    expect(
      condenseQuestion(
        'And what does ODIHR do in Georgia?',
        history('Does the OSCE train border guards in Armenia?'),
        lexicon,
      ),
    ).not.toMatch(/Armenia/);
  });
});

describe('leavesListOpen', () => {
  it.each([
    ['The depot offers these services:', true],
    ['The depot offers:\n- kennels;\n- vehicle repairs;', true],
    ['The depot offers:\n- kennels;\n- vehicle repairs.', false],
    ['The depot opened in 2011.', false],
  ])('%j -> %s', (text, open) => {
    expect(leavesListOpen(text)).toBe(open);
  });
});

describe('expandQuery', () => {
  const lexicon = new NameLexicon();

  it('adds the words of being responsible to a who-is-responsible question', () => {
    expect(expandQuery('Who coordinates the harbour patrols?', lexicon, 'en')).toMatch(
      /in charge|charge/,
    );
    expect(expandQuery('Chi coordina le pattuglie del porto?', lexicon, 'it')).toMatch(
      /responsabile/,
    );
  });

  it('leaves other questions as they are', () => {
    expect(expandQuery('When did the harbour patrols start?', lexicon, 'en')).toBe(
      'When did the harbour patrols start?',
    );
  });
});

describe('readWhole', () => {
  const passage = (doc: string, lang: 'en' | 'fr', anchor: string) => ({
    id: `document:${doc}:${lang}#${anchor}`,
    title: doc,
    text: `${doc} ${anchor}`,
    url: `/${lang}/documents/${doc}#${anchor}`,
    lang,
    score: 1,
    documentId: doc,
  });
  const bodies: Record<string, string[]> = { a: ['p1', 'p2', 'p3'], b: ['p1'], c: ['p1', 'p2'] };
  const search = {
    retrieve: async () => [],
    itemPassages: async (ids: readonly string[]) =>
      new Map(
        ids.map((id) => {
          const doc = id.split(':')[1] ?? '';
          const passages = (bodies[doc] ?? []).map((anchor) => ({
            id: id.replace(/#.*/, `#${anchor}`),
            anchor,
            text: `${doc} ${anchor}`,
          }));
          return [id, passages];
        }),
      ),
  };

  it('reads the best documents of each language whole, found passage first, languages in turn', async () => {
    const read = await readWhole(
      [
        [passage('a', 'en', 'p2'), passage('a', 'en', 'p3'), passage('b', 'en', 'p1')],
        [passage('c', 'fr', 'p2')],
      ],
      search,
    );
    expect(read.map((p) => p.url)).toEqual([
      '/en/documents/a#p2',
      '/en/documents/a#p1',
      '/en/documents/a#p3',
      '/fr/documents/c#p2',
      '/fr/documents/c#p1',
      '/en/documents/b#p1',
    ]);
    expect(read[1]).toMatchObject({ lang: 'en', documentId: 'a', text: 'a p1' });
  });
});
