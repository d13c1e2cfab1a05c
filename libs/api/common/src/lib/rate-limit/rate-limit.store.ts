/** The counter of one key in its current window. */
export interface RateLimitCounter {
  readonly count: number;
  /** Seconds until the window ends and the counter starts again from zero (at least 1). */
  readonly resetSeconds: number;
}

/**
 * Fixed-window counters. The memory store serves one instance; the Redis store is shared
 * by every instance behind a load balancer, so limits hold for the whole deployment.
 */
export interface RateLimitStore {
  /** Adds one to the key's counter, starting a window of `windowSeconds` when there is none. */
  increment(key: string, windowSeconds: number): Promise<RateLimitCounter>;
  /** The key's counter without counting, or undefined when its window has ended. */
  get(key: string): Promise<RateLimitCounter | undefined>;
  /**
   * Takes one back (never below zero, window unchanged): a reservation made before the
   * outcome was known, returned when it turned out not to count.
   */
  decrement(key: string): Promise<void>;
  reset(key: string): Promise<void>;
  close(): Promise<void>;
}

/** Injection token of the store the RateLimiter counts in. */
export const RATE_LIMIT_STORE = Symbol('RATE_LIMIT_STORE');
