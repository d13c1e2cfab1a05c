import { Logger, OnApplicationShutdown } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';
import { seconds, type ThrottlerStorageRecord } from './throttler-record';
import type { Redis } from 'ioredis';
import type { AttemptCount, AttemptCounter } from './attempt-counter';

/**
 * One hit, in one script: Redis runs it atomically, so instances counting the same key at
 * once can neither lose a hit, nor let more than the limit through, nor leave a counter
 * without an expiry. A fixed window starts with the key's first hit (KEYS[1], expiring
 * after ARGV[1] ms). Past the limit (ARGV[2]):
 * - with a block duration (ARGV[3] ms > 0), the hit that crossed it sets a block key
 *   (KEYS[2]) for that long and the window starts again once the block ends, as the
 *   throttler's memory storage does;
 * - without one, hits are refused, and not counted, until the window ends.
 * Returns { hits counted, ms left in the window, 1 when refused, ms until allowed again }.
 */
const INCREMENT = `
local windowMs = tonumber(ARGV[1])
local limit = tonumber(ARGV[2])
local blockMs = tonumber(ARGV[3])
local blockedFor = redis.call('PTTL', KEYS[2])
if blockedFor > 0 then
  return {tonumber(redis.call('GET', KEYS[2]) or '0'), blockedFor, 1, blockedFor}
end
local hits = tonumber(redis.call('GET', KEYS[1]) or '0')
local left = redis.call('PTTL', KEYS[1])
if blockMs <= 0 and hits >= limit then
  if left == -1 then redis.call('PEXPIRE', KEYS[1], windowMs) end
  if left < 0 then left = windowMs end
  return {hits, left, 1, left}
end
hits = redis.call('INCR', KEYS[1])
if left < 0 then
  redis.call('PEXPIRE', KEYS[1], windowMs)
  left = windowMs
end
if blockMs > 0 and hits > limit then
  redis.call('SET', KEYS[2], hits, 'PX', blockMs)
  redis.call('DEL', KEYS[1])
  return {hits, left, 1, blockMs}
end
return {hits, left, 0, 0}
`;

// Only an existing, positive counter is lowered: DECR on a missing key would create one
// without an expiry.
const RELEASE = `
local count = tonumber(redis.call('GET', KEYS[1]) or '0')
if count > 0 then
  return redis.call('DECR', KEYS[1])
end
return 0
`;

const BLOCK_SUFFIX = ':blocked';

/**
 * The throttler's storage (and sign-in throttling's AttemptCounter) in Redis, so every API
 * instance behind a load balancer counts on the same keys and a limit holds for the whole
 * deployment.
 *
 * Fail-open: when Redis cannot be reached (or answers with an error), the request is
 * allowed and a warning is logged, for every hit until Redis is back. Limits are a
 * protection; they must not take the portal down with Redis. The password-hashing slots
 * still bound what a burst of sign-ins costs meanwhile.
 */
export class RedisThrottlerStorage
  implements ThrottlerStorage, AttemptCounter, OnApplicationShutdown
{
  private readonly logger = new Logger('RateLimit');
  private closing?: Promise<void>;

  /**
   * @param redis a client this storage owns (closed by `close()`)
   * @param prefix put before every key, so several deployments can share one Redis
   */
  constructor(
    private readonly redis: Redis,
    private readonly prefix = 'portal:rate-limit:',
  ) {}

  async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    _throttlerName: string,
  ): Promise<ThrottlerStorageRecord> {
    const hit = await this.hit(key, ttl, limit, blockDuration);
    if (!hit) {
      return { totalHits: 0, timeToExpire: seconds(ttl), isBlocked: false, timeToBlockExpire: 0 };
    }
    const [hits, windowMs, refused, blockedMs] = hit;
    return {
      // As the memory storage reports a hit it refused without counting: one past the count.
      totalHits: refused && blockDuration <= 0 ? hits + 1 : hits,
      timeToExpire: seconds(windowMs),
      isBlocked: refused === 1,
      timeToBlockExpire: refused ? seconds(blockedMs) : 0,
    };
  }

  async reserve(key: string, limit: number, windowSeconds: number): Promise<AttemptCount> {
    const hit = await this.hit(key, windowSeconds * 1000, limit, 0);
    if (!hit) return { allowed: true, count: 0, retryAfterSeconds: windowSeconds };
    const [count, windowMs, refused] = hit;
    return { allowed: refused === 0, count, retryAfterSeconds: seconds(windowMs) };
  }

  async release(key: string): Promise<void> {
    await this.safely(() => this.redis.eval(RELEASE, 1, this.prefix + key));
  }

  async reset(key: string): Promise<void> {
    await this.safely(() => this.redis.del(this.prefix + key, this.prefix + key + BLOCK_SUFFIX));
  }

  /**
   * Closes the client once, however often it is asked (Nest asks once per token). QUIT
   * only when connected: a client still trying to reach Redis would keep trying after it.
   */
  close(): Promise<void> {
    this.closing ??= this.quit();
    return this.closing;
  }

  onApplicationShutdown(): Promise<void> {
    return this.close();
  }

  private async quit(): Promise<void> {
    if (this.redis.status === 'end') return;
    if (this.redis.status === 'ready') {
      const quit = await this.redis.quit().then(
        () => true,
        () => false,
      );
      if (quit) return;
    }
    this.redis.disconnect();
  }

  private async hit(
    key: string,
    windowMs: number,
    limit: number,
    blockMs: number,
  ): Promise<[number, number, number, number] | undefined> {
    const reply = await this.safely(
      () =>
        this.redis.eval(
          INCREMENT,
          2,
          this.prefix + key,
          this.prefix + key + BLOCK_SUFFIX,
          String(Math.ceil(windowMs)),
          String(limit),
          String(Math.ceil(blockMs)),
        ) as Promise<[number, number, number, number]>,
    );
    return reply?.map(Number) as [number, number, number, number] | undefined;
  }

  private async safely<T>(operation: () => Promise<T>): Promise<T | undefined> {
    try {
      return await operation();
    } catch (e) {
      this.logger.warn(`rate-limit store unavailable, request allowed: ${(e as Error).message}`);
      return undefined;
    }
  }
}
