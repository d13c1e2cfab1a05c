import { describeEachDatabase } from '@portal/api/database/testing';
import { indexItems, recordingStatements } from '../../testing';
import { SEARCH_MIGRATIONS } from '../../index';
import { SEARCH_ENTITIES } from '../search.entities';
import { SEARCH_RESULT_TTL_MS } from '../search.constants';
import { TermStatistics } from './term-statistics';

const schema = { entities: SEARCH_ENTITIES, migrations: SEARCH_MIGRATIONS };
const word = (text: string) => ({ text, phrase: false });

describeEachDatabase('term statistics', schema, (db) => {
  beforeAll(async () => {
    await indexItems(db.dataSource());
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
