import { overviewIndexItems } from './overview-index';

describe('overviewIndexItems', () => {
  const [countries] = overviewIndexItems(new Date('2026-06-01T00:00:00Z'));

  it('lists the partners of each group at its heading on the countries page, in every language', () => {
    expect(countries).toMatchObject({ type: 'page', itemId: 'countries' });
    expect(countries?.entries).toHaveLength(6);
    const en = countries?.entries.find((e) => e.locale === 'en');
    expect(en?.url).toBe('/en/countries');
    expect(en?.passages.map((p) => p.anchor)).toEqual([
      'pt-group-asian-partner',
      'pt-group-mediterranean-partner',
    ]);
    expect(en?.passages[0]?.text).toMatch(/^Asian Partners for Co-operation \(5\): Afghanistan, /);
    const de = countries?.entries.find((e) => e.locale === 'de');
    expect(de?.passages[1]?.text).toMatch(
      /^Kooperationspartner im Mittelmeerraum \(6\): Ägypten, /,
    );
  });
});
