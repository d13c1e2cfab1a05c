import { RecentCache } from './recent-cache';

describe('RecentCache', () => {
  it('computes a value once and answers later asks from memory', () => {
    const cache = new RecentCache<number>(10);
    let calls = 0;
    const length = (s: string) => cache.get(s, () => (calls++, s.length));
    expect([length('Grenze'), length('Grenze'), length('Hafen')]).toEqual([6, 6, 5]);
    expect(calls).toBe(2);
  });

  it('keeps at most its capacity, and keeps a key that is used often', () => {
    const cache = new RecentCache<string>(4);
    let calls = 0;
    const upper = (s: string) => cache.get(s, () => (calls++, s.toUpperCase()));
    for (const w of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) {
      upper(w);
      upper('often');
      expect(cache.size).toBeLessThanOrEqual(4);
    }
    // 'often' was computed once although eight other keys passed through.
    expect(calls).toBe(9);
  });

  it('drops what has not been used for two turns', () => {
    const cache = new RecentCache<string>(2);
    let calls = 0;
    const echo = (s: string) => cache.get(s, () => (calls++, s));
    for (const w of ['x', 'y', 'z', 'x']) echo(w);
    expect(calls).toBe(4);
  });
});
