import type { Locale } from '@portal/domain/locales';
import { LearnedLexicon, type AlignedSource } from './learned-lexicon';

/** Published content as the search would give it; only the lexicon's caching is under test. */
function contentOf(pairs: readonly [string, string][]) {
  let version = 1;
  let passages = pairs.flatMap(([en, it], i) => [
    { group: `g${i}`, lang: 'en' as Locale, text: en },
    { group: `g${i}`, lang: 'it' as Locale, text: it },
  ]);
  const search: AlignedSource = {
    alignedVersion: async () => String(version),
    alignedPassages: async () => passages,
  };
  return {
    search,
    publish(more: readonly [string, string][]) {
      passages = [
        ...passages,
        ...more.flatMap(([en, it], i) => [
          { group: `n${i}`, lang: 'en' as Locale, text: en },
          { group: `n${i}`, lang: 'it' as Locale, text: it },
        ]),
      ];
      version++;
    },
  };
}

describe('LearnedLexicon', () => {
  it('learns on first use and keeps what it learned while the content is unchanged', async () => {
    const content = contentOf([
      ['The harbour is busy.', 'Il porto è affollato.'],
      ['A new harbour opened.', 'Un nuovo porto ha aperto.'],
    ]);
    const learned = new LearnedLexicon(content.search);
    const first = await learned.current();
    expect(first.translate('harbour', 'en', 'it')[0]?.word).toBe('porto');
    expect(await learned.current()).toBe(first);
  });

  it('answers with what it knows while it learns newly published content', async () => {
    const now = jest.spyOn(Date, 'now').mockReturnValue(1_000_000);
    const content = contentOf([
      ['The harbour is busy.', 'Il porto è affollato.'],
      ['A new harbour opened.', 'Un nuovo porto ha aperto.'],
    ]);
    const learned = new LearnedLexicon(content.search);
    const before = await learned.current();
    content.publish([
      ['The lighthouse is old.', 'Il faro è vecchio.'],
      ['The lighthouse shines.', 'Il faro brilla.'],
    ]);
    now.mockReturnValue(1_000_000 + 31_000);
    expect(await learned.current()).toBe(before);
    await new Promise((resume) => setTimeout(resume, 10));
    const after = await learned.current();
    expect(after).not.toBe(before);
    expect(after.translate('lighthouse', 'en', 'it')[0]?.word).toBe('faro');
    now.mockRestore();
  });

  it('is empty when nothing is published in several languages', async () => {
    const learned = new LearnedLexicon({
      alignedPassages: async () => [],
      alignedVersion: async () => '0',
    });
    expect((await learned.current()).size).toBe(0);
  });
});
