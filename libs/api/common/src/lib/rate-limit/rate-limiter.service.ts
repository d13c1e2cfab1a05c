import { Inject, Injectable, Logger } from '@nestjs/common';
import { TooManyRequestsError } from '../errors/domain-error';
import { RATE_LIMIT_STORE, RateLimitCounter, RateLimitStore } from './rate-limit.store';

/**
 * Fixed-window rate limits over a RateLimitStore. Keys name who is limited and for what,
 * e.g. `assistant:203.0.113.7` or `login:203.0.113.7:ada@example.org`.
 */
@Injectable()
export class RateLimiter {
  private readonly logger = new Logger('RateLimiter');

  constructor(@Inject(RATE_LIMIT_STORE) private readonly store: RateLimitStore) {}

  /**
   * Counts one request for `key` and throws TooManyRequestsError (with the seconds until
   * the window ends) when it is more than `limit` in the current window.
   */
  async consume(
    key: string,
    limit: number,
    windowSeconds: number,
    message = 'Too many requests',
  ): Promise<void> {
    const counter = await this.safely(() => this.store.increment(key, windowSeconds));
    if (counter && counter.count > limit) throw tooMany(message, counter);
  }

  /**
   * Counts one attempt BEFORE its outcome is known, and throws (counting nothing) when that
   * makes more than `limit` in the window. Increment-then-check is atomic in the store, so
   * parallel attempts cannot all pass a check made before any of them counted. `release`
   * takes the reservation back when the attempt turns out not to count (e.g. it succeeded).
   * Returns the counter, or undefined when the store is down.
   */
  async reserve(
    key: string,
    limit: number,
    windowSeconds: number,
    message = 'Too many requests',
  ): Promise<RateLimitCounter | undefined> {
    const counter = await this.safely(() => this.store.increment(key, windowSeconds));
    if (counter && counter.count > limit) {
      await this.release(key);
      throw tooMany(message, counter);
    }
    return counter;
  }

  /** Returns a reservation made by `reserve`. */
  async release(key: string): Promise<void> {
    await this.safely(() => this.store.decrement(key));
  }

  /**
   * Throws when `key` has already reached `limit` in its window, without counting. Racy
   * for limits on failures (parallel attempts all pass before any failure is counted):
   * use `reserve` for those.
   */
  async check(key: string, limit: number, message = 'Too many requests'): Promise<void> {
    const counter = await this.safely(() => this.store.get(key));
    if (counter && counter.count >= limit) throw tooMany(message, counter);
  }

  /** Counts one without ever throwing (e.g. a failure recorded after the answer is known). */
  async hit(key: string, windowSeconds: number): Promise<void> {
    await this.safely(() => this.store.increment(key, windowSeconds));
  }

  async reset(key: string): Promise<void> {
    await this.safely(() => this.store.reset(key));
  }

  // A rate-limit store that is down must not take the API down with it: limits are a
  // protection, and the portal stays usable (with a logged warning) while Redis recovers.
  private async safely<T>(operation: () => Promise<T>): Promise<T | undefined> {
    try {
      return await operation();
    } catch (e) {
      this.logger.warn(`rate-limit store unavailable, request allowed: ${(e as Error).message}`);
      return undefined;
    }
  }
}

function tooMany(message: string, counter: RateLimitCounter): TooManyRequestsError {
  return new TooManyRequestsError(
    `${message}; try again in ${counter.resetSeconds} seconds`,
    counter.resetSeconds,
  );
}
