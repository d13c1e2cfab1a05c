import type { Locale } from '@portal/domain/locales';
import type { SourcePassage } from '../answer/answer.types';
import { commonCapitalized } from './common-words';

const passage = (lang: Locale, text: string): SourcePassage => ({
  id: `${lang}:${text.length}`,
  title: 'Meeting',
  text,
  url: `/${lang}/documents/1#p1`,
  lang,
  score: 1,
});

describe('commonCapitalized', () => {
  it('asks the index once about the capitalized words only, by language, and keeps the common', async () => {
    const asked: ReadonlyMap<Locale, readonly string[]>[] = [];
    const rarity = new Map([
      ['northern', 0.2],
      ['region', 0.3],
      ['kovac', 0.95],
      ['ufficio', 0.1],
    ]);
    const common = await commonCapitalized(
      {
        retrieve: async () => [],
        rarity: async (byLang) => {
          asked.push(byLang);
          return new Map(
            [...byLang].map(([lang, words]) => [
              lang,
              new Map(words.map((w) => [w, rarity.get(w) ?? 1])),
            ]),
          );
        },
      },
      [
        passage('en', 'Mira Kovac spoke for the Northern Region.'),
        passage('en', 'The Region met again.'),
        passage('it', "L'Ufficio Centrale ha aperto la riunione."),
        passage('en', 'Delegates met again.'),
      ],
    );
    expect(asked).toHaveLength(1);
    expect([...(asked[0]?.keys() ?? [])].sort()).toEqual(['en', 'it']);
    expect(asked[0]?.get('en')).toContain('kovac');
    expect(asked[0]?.get('en')).not.toContain('spoke');
    // A capital that opens a sentence with no other beside it names no person: not asked.
    expect(asked[0]?.get('en')).not.toContain('delegates');
    expect([...(common.get('en') ?? [])].sort()).toEqual(['northern', 'region']);
    expect([...(common.get('it') ?? [])]).toEqual(['ufficio']);
  });

  it('knows no common words without the index statistics', async () => {
    const common = await commonCapitalized({ retrieve: async () => [] }, [
      passage('en', 'Northern Region'),
    ]);
    expect(common.size).toBe(0);
  });
});
