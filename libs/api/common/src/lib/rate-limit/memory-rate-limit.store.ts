import { RateLimitCounter, RateLimitStore } from './rate-limit.store';

interface Window {
  count: number;
  resetAt: number;
}

/** Counters in this process: right for a single instance, lost on restart. */
export class MemoryRateLimitStore implements RateLimitStore {
  private readonly windows = new Map<string, Window>();
  private operations = 0;

  /** `now` is injectable so tests can move time without waiting. */
  constructor(private readonly now: () => number = Date.now) {}

  async increment(key: string, windowSeconds: number): Promise<RateLimitCounter> {
    this.sweepSometimes();
    const now = this.now();
    let window = this.windows.get(key);
    if (!window || window.resetAt <= now) {
      window = { count: 0, resetAt: now + windowSeconds * 1000 };
      this.windows.set(key, window);
    }
    window.count += 1;
    return this.counter(window, now);
  }

  async get(key: string): Promise<RateLimitCounter | undefined> {
    const now = this.now();
    const window = this.windows.get(key);
    if (!window || window.resetAt <= now) return undefined;
    return this.counter(window, now);
  }

  async decrement(key: string): Promise<void> {
    const window = this.windows.get(key);
    if (window && window.resetAt > this.now() && window.count > 0) window.count -= 1;
  }

  async reset(key: string): Promise<void> {
    this.windows.delete(key);
  }

  async close(): Promise<void> {
    this.windows.clear();
  }

  /** Number of live keys, for tests of the sweep. */
  get size(): number {
    return this.windows.size;
  }

  private counter(window: Window, now: number): RateLimitCounter {
    return {
      count: window.count,
      resetSeconds: Math.max(1, Math.ceil((window.resetAt - now) / 1000)),
    };
  }

  // Clients that come once and never again would otherwise keep their keys forever.
  private sweepSometimes(): void {
    this.operations += 1;
    if (this.operations % 1000 !== 0) return;
    const now = this.now();
    for (const [key, window] of this.windows) {
      if (window.resetAt <= now) this.windows.delete(key);
    }
  }
}
