/**
 * Values computed from a string key, kept for the keys used most recently: two generations
 * of a plain Map, the older dropped whole when the newer fills. A hit in the older one moves
 * the entry forward, so what is used often survives; eviction costs nothing per hit, unlike
 * re-inserting on every read to keep an exact LRU order.
 */
export class RecentCache<V> {
  private recent = new Map<string, V>();
  private older = new Map<string, V>();

  /** `capacity`: at most this many entries are kept (about half of them after a turn). */
  constructor(private readonly capacity: number) {}

  get(key: string, compute: () => V): V {
    const hit = this.recent.get(key);
    if (hit !== undefined) return hit;
    const aged = this.older.get(key);
    const value = aged !== undefined ? aged : compute();
    if (this.recent.size >= this.capacity / 2) {
      this.older = this.recent;
      this.recent = new Map();
    }
    this.recent.set(key, value);
    return value;
  }

  get size(): number {
    return this.recent.size + this.older.size;
  }
}
