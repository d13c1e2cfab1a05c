import { listItems } from './list-items';

describe('listItems', () => {
  it('reads a paginated list and a bare array alike', () => {
    expect(listItems<number>({ items: [1, 2], total: 2, page: 1, size: 20 })).toEqual([1, 2]);
    expect(listItems<number>([3])).toEqual([3]);
  });

  it('treats anything else as empty', () => {
    expect(listItems(null)).toEqual([]);
    expect(listItems({ rows: [] })).toEqual([]);
  });
});
