import { describeEachDatabase } from '@portal/api/database/testing';
import { indexItems, recordingStatements } from '../../testing';
import { SEARCH_MIGRATIONS } from '../../index';
import { SEARCH_ENTITIES } from '../search.entities';
import { SEARCH_CONFIGS, SEARCH_RESULT_TTL_MS } from '../search.constants';
import type { Locale } from '@portal/domain/locales';
import { TermStatistics } from './term-statistics';

const schema = { entities: SEARCH_ENTITIES, migrations: SEARCH_MIGRATIONS };
const word = (text: string) => ({ text, phrase: false });

describeEachDatabase('term statistics', schema, (db) => {
  beforeAll(async () => {
    await indexItems(db.dataSource());
  });

  it('gives a plain term of several words what the database gives the whole text', async () => {
    const ds = db.dataSource();
    const texts: [Locale, string][] = [
      ['en', 'the police of the border police'],
      ['it', 'la polizia di frontiera'],
      ['fr', 'la coopération policière de l OSCE'],
      ['de', 'die Polizei an der Grenze'],
      ['ru', 'полиция и пограничная служба'],
      ['es', 'la policía de fronteras 2024'],
    ];
    const statistics = new TermStatistics(ds);
    const table = await statistics.lookup(
      texts.map(([locale, text]) => ({ locale, term: word(text) })),
    );
    for (const [locale, text] of texts) {
      const [whole]: { q: string; lexemes: [string, number][] }[] = await ds.query(
        `SELECT plainto_tsquery($1::regconfig, $2)::text AS q,
                (SELECT coalesce(json_agg(json_build_array(lx, coalesce(s.df, 0)) ORDER BY lx), '[]')
                   FROM unnest(tsvector_to_array(to_tsvector($1::regconfig, $2))) AS lx
                   LEFT JOIN search_term_stats s ON s.locale = $3 AND s.lexeme = lx) AS lexemes`,
        [SEARCH_CONFIGS[locale], text, locale],
      );
      expect({ text, ...table.term(locale, word(text)) }).toEqual({
        text,
        q: whole.q,
        lexemes: whole.lexemes.map(([lx, df]) => [lx, Number(df)]),
      });
    }
  });

  it('reads each word of a plain term once, whatever text it comes in', async () => {
    const { dataSource: counting, statements } = recordingStatements(db.dataSource());
    const statistics = new TermStatistics(counting, true);
    await statistics.lookup([{ locale: 'en', term: word('border police') }]);
    const read = statements.length;
    const again = await statistics.lookup([{ locale: 'en', term: word('police border guards') }]);
    expect(again.term('en', word('police border guards')).q).toBe("'polic' & 'border' & 'guard'");
    // One statement, for "guards" only.
    expect(statements.length - read).toBe(1);
    expect(statements.at(-1)).toContain('plainto_tsquery');
    await statistics.lookup([{ locale: 'en', term: word('guards border') }]);
    expect(statements.length - read).toBe(1);
  });

  it('reads a term once per index version, and anew after the index changes', async () => {
    const ds = db.dataSource();
    const { dataSource: counting, statements } = recordingStatements(ds);
    const statistics = new TermStatistics(counting);
    const asked = [
      { locale: 'it' as const, term: word('polizia') },
      { locale: 'it' as const, term: word('di') },
      { locale: 'en' as const, term: { text: 'harbour pilots', phrase: true } },
    ];
    const first = await statistics.lookup(asked);
    const police = first.term('it', word('polizia'));
    expect(police.q).toBe("'poliz'");
    expect(police.lexemes[0]?.[1]).toBeGreaterThan(0);
    expect(first.term('it', word('di'))).toEqual({ q: '', lexemes: [] });
    expect(first.term('en', { text: 'harbour pilots', phrase: true }).q).toContain('<->');
    expect(first.stats('it').n).toBeGreaterThan(0);
    const read = statements.length;

    // Known terms cost only the version check.
    await statistics.lookup(asked.slice(0, 2));
    expect(statements.length - read).toBe(1);

    // An index change (here: the same items again) bumps the version: terms are read anew.
    await indexItems(ds, [
      {
        type: 'document',
        itemId: 'polizia-extra',
        entries: [
          {
            locale: 'it',
            title: 'Polizia',
            url: '/it/documents/polizia-extra',
            updatedAt: new Date('2026-01-01T00:00:00Z'),
            passages: [{ anchor: 'p1', text: 'La polizia di frontiera e la polizia locale.' }],
          },
        ],
      },
    ]);
    const again = await statistics.lookup(asked.slice(0, 1));
    expect(statements.length - read).toBeGreaterThan(2);
    expect(again.term('it', word('polizia')).lexemes[0]?.[1]).toBe(
      (police.lexemes[0]?.[1] ?? 0) + 1,
    );
  });

  it('reads the terms of lookups started together in one statement', async () => {
    const { dataSource: counting, statements } = recordingStatements(db.dataSource());
    const statistics = new TermStatistics(counting, true);
    const [it, en, fr] = await Promise.all([
      statistics.lookup([{ locale: 'it', term: word('frontiera') }]),
      statistics.lookup([{ locale: 'en', term: word('border') }]),
      statistics.lookup([{ locale: 'fr', term: word('frontière') }]),
    ]);
    expect(statements).toHaveLength(1);
    expect(it.term('it', word('frontiera')).q).toBe("'frontier'");
    expect(en.term('en', word('border')).q).toBe("'border'");
    expect(fr.term('fr', word('frontière')).q).not.toBe('');
    expect(it.stats('it').n).toBeGreaterThan(0);
  });

  it('when told of changes, still reads terms anew once they are older than a result may be', async () => {
    const ds = db.dataSource();
    const statistics = new TermStatistics(ds, true);
    const asked = [{ locale: 'it' as const, term: word('frontiera') }];
    const before = (await statistics.lookup(asked)).term('it', word('frontiera'));
    await indexItems(ds, [
      {
        type: 'document',
        itemId: 'frontiera-extra',
        entries: [
          {
            locale: 'it',
            title: 'Frontiera',
            url: '/it/documents/frontiera-extra',
            updatedAt: new Date('2026-01-01T00:00:00Z'),
            passages: [{ anchor: 'p1', text: 'Controlli alla frontiera.' }],
          },
        ],
      },
    ]);
    // No signal came: the term is as it was read.
    const unsignalled = (await statistics.lookup(asked)).term('it', word('frontiera'));
    expect(unsignalled).toEqual(before);
    const now = Date.now();
    const clock = jest.spyOn(Date, 'now').mockReturnValue(now + SEARCH_RESULT_TTL_MS + 1);
    try {
      const aged = (await statistics.lookup(asked)).term('it', word('frontiera'));
      expect(aged.lexemes[0]?.[1]).toBe((before.lexemes[0]?.[1] ?? 0) + 1);
    } finally {
      clock.mockRestore();
    }
  });
});
