import { leadershipIndexItem } from './leadership-index';

describe('leadershipIndexItem', () => {
  const at = new Date('2026-06-01T00:00:00Z');

  it('says each holder in every language, at the office’s place on the Leadership page', () => {
    const item = leadershipIndexItem(
      new Map([
        [
          'secretary-general',
          { name: 'Jane Roe', localNames: { ru: 'Джейн Роу' }, since: '2025-03-09' },
        ],
      ]),
      at,
    );
    expect(item).toMatchObject({ type: 'page', itemId: 'leadership' });
    expect(item.entries.map((e) => e.locale)).toEqual(['en', 'fr', 'de', 'it', 'ru', 'es']);
    const en = item.entries.find((e) => e.locale === 'en');
    expect(en?.url).toBe('/en/leadership');
    expect(en?.passages).toEqual([
      {
        anchor: 'secretary-general',
        text: expect.stringMatching(/: Jane Roe, in office since March 9, 2025\.$/),
      },
    ]);
    const ru = item.entries.find((e) => e.locale === 'ru');
    expect(ru?.passages[0]?.text).toMatch(/: Джейн Роу, в должности с 9 марта 2025 г\.$/);
    const de = item.entries.find((e) => e.locale === 'de');
    expect(de?.title).toBe('Leitung');
    expect(de?.passages[0]?.text).toContain('Jane Roe, im Amt seit 9. März 2025.');
  });

  it('names an institution’s office with the acronym visitors ask by', () => {
    const item = leadershipIndexItem(
      new Map([['director-of-odihr', { name: 'Jane Roe', localNames: {}, since: '2025-03-09' }]]),
      at,
    );
    const text = (locale: string) =>
      item.entries.find((e) => e.locale === locale)?.passages[0]?.text ?? '';
    expect(text('en')).toMatch(/^Director of the Office .* \(ODIHR\): Jane Roe/);
    expect(text('fr')).toContain('(BIDDH): Jane Roe');
  });

  it('has nothing to index when no office has a holder', () => {
    expect(leadershipIndexItem(new Map(), at).entries).toEqual([]);
  });
});
