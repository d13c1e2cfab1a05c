/** One reservation's outcome. */
export interface AttemptCount {
  /** False when `limit` attempts were already counted: this one was refused and not counted. */
  readonly allowed: boolean;
  /** Attempts counted in the window, this one included when it was allowed. */
  readonly count: number;
  /** Seconds until the window ends and the count starts again from zero (at least 1). */
  readonly retryAfterSeconds: number;
}

/**
 * Counts attempts BEFORE their outcome is known, for limits on failures (sign-in): the
 * throttler's storage can count, but not take a count back. `reserve` checks and counts in
 * one atomic step, so parallel attempts cannot all pass a check made before any of them
 * counted; `release` returns a reservation that turned out not to count (a success).
 */
export interface AttemptCounter {
  /**
   * Counts one attempt for `key`, unless `limit` are already counted in its fixed window
   * of `windowSeconds` (started by the first attempt).
   */
  reserve(key: string, limit: number, windowSeconds: number): Promise<AttemptCount>;
  /** Takes one back (never below zero, window unchanged). */
  release(key: string): Promise<void>;
  /** Forgets the key's count. */
  reset(key: string): Promise<void>;
}

/** Injection token of the AttemptCounter (Redis with REDIS_URL, else this process's memory). */
export const ATTEMPT_COUNTER = Symbol('ATTEMPT_COUNTER');
