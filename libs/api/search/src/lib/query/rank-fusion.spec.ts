import { fuse, fuseItemRankings, type ScoredPassage } from './rank-fusion';

describe('fuse', () => {
  it('ranks an id found by both lists above ids found by one', () => {
    const fused = fuse([
      ['a', 'b'],
      ['c', 'b'],
    ]);
    expect(fused.map((f) => f.id)).toEqual(['b', 'a', 'c']);
    expect(fused[0].score).toBeCloseTo(1 / 62 + 1 / 62);
  });

  it('breaks ties by id', () => {
    expect(fuse([['z'], ['y']]).map((f) => f.id)).toEqual(['y', 'z']);
  });
});

describe('fuseItemRankings', () => {
  const text: ScoredPassage[] = [
    { id: 'page:a:en#p1', item_type: 'page', item_id: 'a', locale: 'en', score: 3 },
    { id: 'page:b:en#p2', item_type: 'page', item_id: 'b', locale: 'en', score: 2 },
  ];

  it('fuses by item, keeps the full-text passage of an item both found and counts the others', () => {
    const vector = [
      { id: 'page:b:it#p1', item_type: 'page' as const, item_id: 'b', locale: 'it' as const },
      {
        id: 'document:c:en#p1',
        item_type: 'document' as const,
        item_id: 'c',
        locale: 'en' as const,
      },
      {
        id: 'document:c:en#p2',
        item_type: 'document' as const,
        item_id: 'c',
        locale: 'en' as const,
      },
    ];
    const { rows, onlyVector } = fuseItemRankings(text, vector, { page: 1, size: 10 });
    expect(onlyVector).toBe(1);
    expect(rows.map((r) => r.id)).toEqual(['page:b:en#p2', 'page:a:en#p1', 'document:c:en#p1']);
    expect(rows[0].score).toBeCloseTo(1 / 62 + 1 / 61);
  });

  it('returns the requested page of the fused ranking', () => {
    const { rows } = fuseItemRankings(text, [], { page: 2, size: 1 });
    expect(rows.map((r) => r.id)).toEqual(['page:b:en#p2']);
  });
});
