import type { Redis } from 'ioredis';
import { RateLimitCounter, RateLimitStore } from './rate-limit.store';

// INCR and PEXPIRE in one script: Redis runs it atomically, so two instances counting the
// same key at once can neither lose a hit nor leave a counter without an expiry.
const INCREMENT = `
local count = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {count, ttl}
`;

// Only an existing, positive counter is lowered: DECR on a missing key would create one
// without an expiry.
const DECREMENT = `
local count = tonumber(redis.call('GET', KEYS[1]) or '0')
if count > 0 then
  return redis.call('DECR', KEYS[1])
end
return 0
`;

/** Counters shared by every API instance through Redis. */
export class RedisRateLimitStore implements RateLimitStore {
  /**
   * @param redis a client this store owns (closed by `close()`)
   * @param prefix put before every key, so several deployments can share one Redis
   */
  constructor(
    private readonly redis: Redis,
    private readonly prefix = 'portal:rate-limit:',
  ) {}

  async increment(key: string, windowSeconds: number): Promise<RateLimitCounter> {
    const [count, ttlMs] = (await this.redis.eval(
      INCREMENT,
      1,
      this.prefix + key,
      String(windowSeconds * 1000),
    )) as [number, number];
    return { count: Number(count), resetSeconds: Math.max(1, Math.ceil(Number(ttlMs) / 1000)) };
  }

  async get(key: string): Promise<RateLimitCounter | undefined> {
    const [[, count], [, ttlMs]] = ((await this.redis
      .multi()
      .get(this.prefix + key)
      .pttl(this.prefix + key)
      .exec()) ?? [[], []]) as [[unknown, string | null], [unknown, number]];
    if (count === null || count === undefined || Number(ttlMs) <= 0) return undefined;
    return { count: Number(count), resetSeconds: Math.max(1, Math.ceil(Number(ttlMs) / 1000)) };
  }

  async decrement(key: string): Promise<void> {
    await this.redis.eval(DECREMENT, 1, this.prefix + key);
  }

  async reset(key: string): Promise<void> {
    await this.redis.del(this.prefix + key);
  }

  async close(): Promise<void> {
    if (this.redis.status === 'end') return;
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
