import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { TooManyRequestsError } from '../errors/domain-error';
import { MemoryRateLimitStore } from './memory-rate-limit.store';
import { RateLimitStore } from './rate-limit.store';
import { RateLimiter } from './rate-limiter.service';
import { createRateLimitStore } from './rate-limit.module';
import { RedisRateLimitStore } from './redis-rate-limit.store';
import { rejection } from '../testing/rejection';

function sharedBehaviour(name: string, makeStore: () => RateLimitStore) {
  describe(name, () => {
    let store: RateLimitStore;
    let limiter: RateLimiter;

    beforeEach(() => {
      store = makeStore();
      limiter = new RateLimiter(store);
    });

    afterEach(async () => {
      await store.close();
    });

    it('allows up to the limit, then throws with Retry-After seconds', async () => {
      for (let i = 0; i < 3; i++) await limiter.consume('a', 3, 60);
      const error = await rejection(limiter.consume('a', 3, 60, 'Too many questions'));
      expect(error).toBeInstanceOf(TooManyRequestsError);
      const tooMany = error as TooManyRequestsError;
      expect(tooMany.retryAfterSeconds).toBeGreaterThanOrEqual(1);
      expect(tooMany.retryAfterSeconds).toBeLessThanOrEqual(60);
      expect(tooMany.message).toMatch(/^Too many questions; try again in \d+ seconds$/);
    });

    it('counts keys separately', async () => {
      await limiter.consume('b1', 1, 60);
      await expect(limiter.consume('b2', 1, 60)).resolves.toBeUndefined();
      await expect(limiter.consume('b1', 1, 60)).rejects.toBeInstanceOf(TooManyRequestsError);
    });

    it('check() does not count, hit() never throws, reset() starts again', async () => {
      await limiter.check('c', 2);
      await limiter.check('c', 2);
      await limiter.hit('c', 60);
      await limiter.hit('c', 60);
      await limiter.hit('c', 60);
      await expect(limiter.check('c', 2)).rejects.toBeInstanceOf(TooManyRequestsError);
      await limiter.reset('c');
      await expect(limiter.check('c', 2)).resolves.toBeUndefined();
      expect(await store.get('c')).toBeUndefined();
    });

    it('reserve() holds parallel attempts to the limit and refunds the refused ones', async () => {
      const outcomes = await Promise.allSettled(
        Array.from({ length: 50 }, () => limiter.reserve('r', 5, 60, 'Too many attempts')),
      );
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(5);
      const refused = outcomes.filter((o) => o.status === 'rejected');
      expect(refused).toHaveLength(45);
      for (const o of refused) expect(o.reason).toBeInstanceOf(TooManyRequestsError);
      // Refused attempts took nothing: the counter holds the five reservations.
      expect((await store.get('r'))?.count).toBe(5);
      await limiter.release('r');
      await expect(limiter.reserve('r', 5, 60)).resolves.toMatchObject({ count: 5 });
    });

    it('release() never goes below zero nor creates a key', async () => {
      await limiter.release('never-counted');
      expect(await store.get('never-counted')).toBeUndefined();
      await store.increment('once', 60);
      await limiter.release('once');
      await limiter.release('once');
      await expect(limiter.reserve('once', 1, 60)).resolves.toMatchObject({ count: 1 });
    });

    it('reports the counter and the seconds left in the window', async () => {
      await store.increment('d', 30);
      const counter = await store.increment('d', 30);
      expect(counter.count).toBe(2);
      expect(counter.resetSeconds).toBeGreaterThan(25);
      expect(counter.resetSeconds).toBeLessThanOrEqual(30);
      expect(await store.get('d')).toEqual(counter);
    });
  });
}

sharedBehaviour('RateLimiter over memory', () => new MemoryRateLimitStore());

describe('MemoryRateLimitStore windows', () => {
  it('starts a new window when the old one ends and forgets idle keys', async () => {
    let now = 1_000_000;
    const store = new MemoryRateLimitStore(() => now);
    const limiter = new RateLimiter(store);
    await limiter.consume('k', 1, 10);
    await expect(limiter.consume('k', 1, 10)).rejects.toBeInstanceOf(TooManyRequestsError);
    now += 10_000;
    await expect(limiter.consume('k', 1, 10)).resolves.toBeUndefined();
    for (let i = 0; i < 1000; i++) await store.increment(`idle-${i}`, 1);
    now += 2_000;
    for (let i = 0; i < 1000; i++) await store.increment('busy', 60);
    expect(store.size).toBeLessThanOrEqual(2);
  });
});

const REDIS_URL = process.env['TEST_REDIS_URL'] || 'redis://127.0.0.1:6379';

describe('RateLimiter over Redis', () => {
  const prefix = `test:rate-limit:${randomBytes(6).toString('hex')}:`;
  // The Redis store is tested against a real server (127.0.0.1:6379 here and in CI); a
  // random prefix keeps parallel runs apart.
  beforeAll(async () => {
    const probe = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0 });
    try {
      await probe.connect();
      await probe.ping();
    } catch {
      throw new Error(`Redis is not reachable at ${REDIS_URL} (set TEST_REDIS_URL)`);
    } finally {
      probe.disconnect();
    }
  });

  afterAll(async () => {
    const redis = new Redis(REDIS_URL);
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
  });

  sharedBehaviour(
    '(shared behaviour)',
    () => new RedisRateLimitStore(new Redis(REDIS_URL), prefix),
  );

  it('keeps the window expiry in Redis and shares counters between instances', async () => {
    const a = new RedisRateLimitStore(new Redis(REDIS_URL), prefix);
    const b = new RedisRateLimitStore(new Redis(REDIS_URL), prefix);
    try {
      await new RateLimiter(a).consume('shared', 2, 5);
      await new RateLimiter(b).consume('shared', 2, 5);
      await expect(new RateLimiter(a).consume('shared', 2, 5)).rejects.toBeInstanceOf(
        TooManyRequestsError,
      );
      const raw = new Redis(REDIS_URL);
      const ttl = await raw.pttl(`${prefix}shared`);
      await raw.quit();
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(5000);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('is the store the module picks when REDIS_URL is set', async () => {
    const fromConfig = createRateLimitStore({ url: REDIS_URL });
    expect(fromConfig).toBeInstanceOf(RedisRateLimitStore);
    await fromConfig.close();
    const fallback = createRateLimitStore({ url: undefined });
    expect(fallback).toBeInstanceOf(MemoryRateLimitStore);
    await fallback.close();
  });

  it('lets requests through when Redis is unreachable', async () => {
    const down = new RedisRateLimitStore(
      new Redis('redis://127.0.0.1:1', { maxRetriesPerRequest: 0, retryStrategy: () => null }),
      prefix,
    );
    const limiter = new RateLimiter(down);
    await expect(limiter.consume('x', 0, 60)).resolves.toBeUndefined();
    await down.close();
  });
});
