import { ResultCache } from './result-cache';

describe('ResultCache', () => {
  it('forgets the least recently used entry when full', () => {
    const cache = new ResultCache<number>(2, 60_000);
    cache.set('a', 1);
    cache.set('b', 2);
    expect(cache.get('a')).toBe(1); // 'b' is now the least recently used
    cache.set('c', 3);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(1);
    expect(cache.get('c')).toBe(3);
    expect(cache.size).toBe(2);
  });

  it('drops entries older than their time to live', () => {
    let clock = 1_000;
    const cache = new ResultCache<string>(10, 500, () => clock);
    cache.set('k', 'v');
    clock += 499;
    expect(cache.get('k')).toBe('v');
    clock += 1;
    expect(cache.get('k')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('keeps nothing with no capacity', () => {
    const cache = new ResultCache<number>(0, 60_000);
    cache.set('a', 1);
    expect(cache.get('a')).toBeUndefined();
  });
});
