import type { AttemptCount, AttemptCounter } from './attempt-counter';

interface Window {
  count: number;
  resetAt: number;
}

/** Attempt counts in this process: right for a single instance, lost on restart. */
export class MemoryAttemptCounter implements AttemptCounter {
  private readonly windows = new Map<string, Window>();
  private operations = 0;

  /** `now` is injectable so tests can move time without waiting. */
  constructor(private readonly now: () => number = Date.now) {}

  async reserve(key: string, limit: number, windowSeconds: number): Promise<AttemptCount> {
    this.sweepSometimes();
    const now = this.now();
    let window = this.windows.get(key);
    if (!window || window.resetAt <= now) {
      window = { count: 0, resetAt: now + windowSeconds * 1000 };
      this.windows.set(key, window);
    }
    const allowed = window.count < limit;
    if (allowed) window.count += 1;
    const retryAfterSeconds = Math.max(1, Math.ceil((window.resetAt - now) / 1000));
    return { allowed, count: window.count, retryAfterSeconds };
  }

  async release(key: string): Promise<void> {
    const window = this.windows.get(key);
    if (window && window.resetAt > this.now() && window.count > 0) window.count -= 1;
  }

  async reset(key: string): Promise<void> {
    this.windows.delete(key);
  }

  /** Number of live keys, for tests of the sweep. */
  get size(): number {
    return this.windows.size;
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
