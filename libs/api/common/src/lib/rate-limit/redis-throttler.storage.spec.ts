import type { ThrottlerStorage } from '@nestjs/throttler';
import { Redis } from 'ioredis';
import { createAttemptCounter, createThrottlerStorage } from './rate-limit.module';
import { MemoryAttemptCounter } from './memory-attempt-counter';
import { MemoryThrottlerStorage } from './memory-throttler.storage';
import { RedisThrottlerStorage } from './redis-throttler.storage';
import {
  TEST_REDIS_URL,
  dropTestKeys,
  freshRedisStorage,
  testKeyPrefix,
  keyTtl,
  unreachableRedisStorage,
  withTwoInstances,
} from './redis.fixture';

const PREFIX = testKeyPrefix('throttler');
const MINUTE = 60_000;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Closable = ThrottlerStorage & { onApplicationShutdown?(): void | Promise<void> };

/**
 * What the guard relies on, from the storage in memory and the one in Redis alike: the limit, the wait a refusal names, windows that end, and block durations.
 */
function sharedBehaviour(name: string, make: () => Closable) {
  describe(name, () => {
    let storage: Closable;

    beforeEach(() => {
      storage = make();
    });

    afterEach(async () => {
      await storage.onApplicationShutdown?.();
    });

    it('allows up to the limit, then refuses (not counting) with the seconds to wait', async () => {
      for (let i = 1; i <= 3; i++) {
        await expect(storage.increment('a', MINUTE, 3, 0, 'search')).resolves.toMatchObject({
          totalHits: i,
          isBlocked: false,
        });
      }
      for (let i = 0; i < 2; i++) {
        const refused = await storage.increment('a', MINUTE, 3, 0, 'search');
        expect(refused).toMatchObject({ totalHits: 4, isBlocked: true });
        expect(refused.timeToBlockExpire).toBeGreaterThanOrEqual(1);
        expect(refused.timeToBlockExpire).toBeLessThanOrEqual(60);
      }
      await expect(storage.increment('b', MINUTE, 3, 0, 'search')).resolves.toMatchObject({
        totalHits: 1,
        isBlocked: false,
      });
    });

    it('allows again once the window has passed', async () => {
      await storage.increment('w', 1000, 1, 0, 'search');
      await expect(storage.increment('w', 1000, 1, 0, 'search')).resolves.toMatchObject({
        isBlocked: true,
        timeToBlockExpire: 1,
      });
      await pause(1100);
      await expect(storage.increment('w', 1000, 1, 0, 'search')).resolves.toMatchObject({
        isBlocked: false,
        totalHits: 1,
      });
    });

    it('blocks for the block duration past the limit, then counts from zero', async () => {
      await storage.increment('k', 1000, 1, 0, 'login');
      const blocked = await storage.increment('k', 1000, 1, 2000, 'login');
      expect(blocked).toMatchObject({ isBlocked: true, timeToBlockExpire: 2 });
      await pause(1100);
      await expect(storage.increment('k', 1000, 1, 2000, 'login')).resolves.toMatchObject({
        isBlocked: true,
      });
      await pause(1000);
      await expect(storage.increment('k', 1000, 1, 2000, 'login')).resolves.toMatchObject({
        isBlocked: false,
        totalHits: 1,
      });
    });
  });
}

sharedBehaviour('MemoryThrottlerStorage (the fallback without REDIS_URL)', () => {
  return new MemoryThrottlerStorage();
});

describe('MemoryThrottlerStorage', () => {
  it('keeps one counter per key however many hits its window holds, and sweeps ended ones', async () => {
    let now = 0;
    const storage = new MemoryThrottlerStorage(() => now);
    try {
      for (let i = 1; i <= 200_000; i++) await storage.increment('busy', MINUTE, 1e9, 0, 'search');
      await expect(storage.increment('busy', MINUTE, 1e9, 0, 'search')).resolves.toMatchObject({
        totalHits: 200_001,
        isBlocked: false,
      });
      await storage.increment('once', 1000, 10, 0, 'search');
      expect(storage.size).toBe(2);
      now = 2000;
      storage.sweep();
      expect(storage.size).toBe(1);
      now = MINUTE;
      storage.sweep();
      expect(storage.size).toBe(0);
    } finally {
      storage.onApplicationShutdown();
    }
  });
});

describe('RedisThrottlerStorage', () => {
  beforeAll(async () => {
    const probe = new Redis(TEST_REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0 });
    try {
      await probe.connect();
      await probe.ping();
    } catch {
      throw new Error(`Redis is not reachable at ${TEST_REDIS_URL} (set TEST_REDIS_URL)`);
    } finally {
      probe.disconnect();
    }
  });

  afterAll(async () => {
    await dropTestKeys(PREFIX);
  });

  sharedBehaviour('(shared behaviour)', () => freshRedisStorage(PREFIX));

  it('shares one count between instances, the window expiry kept in Redis', async () => {
    await withTwoInstances(PREFIX, async (a, b) => {
      await expect(a.increment('shared', 5000, 2, 0, 'search')).resolves.toMatchObject({
        isBlocked: false,
      });
      await expect(b.increment('shared', 5000, 2, 0, 'search')).resolves.toMatchObject({
        isBlocked: false,
      });
      await expect(a.increment('shared', 5000, 2, 0, 'search')).resolves.toMatchObject({
        isBlocked: true,
      });
      const ttl = await keyTtl(`${PREFIX}shared`);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(5000);
    });
  });

  it('holds 100 parallel hits from two instances to the limit', async () => {
    await withTwoInstances(PREFIX, async (a, b) => {
      const records = await Promise.all(
        Array.from({ length: 100 }, (_, i) =>
          (i % 2 ? a : b).increment('burst', MINUTE, 10, 0, 'search'),
        ),
      );
      expect(records.filter((r) => !r.isBlocked)).toHaveLength(10);
    });
  });

  it('lets requests through when Redis is unreachable (fail-open)', async () => {
    const down = unreachableRedisStorage(PREFIX);
    try {
      for (let i = 0; i < 3; i++) {
        await expect(down.increment('x', MINUTE, 1, 0, 'search')).resolves.toMatchObject({
          isBlocked: false,
        });
      }
    } finally {
      await down.close();
    }
  });

  it('is the storage, and the attempt counter, the module picks when REDIS_URL is set', async () => {
    const fromConfig = createThrottlerStorage({ url: TEST_REDIS_URL });
    expect(fromConfig).toBeInstanceOf(RedisThrottlerStorage);
    expect(createAttemptCounter(fromConfig)).toBe(fromConfig);
    await (fromConfig as RedisThrottlerStorage).close();
    const fallback = createThrottlerStorage({ url: undefined });
    expect(fallback).toBeInstanceOf(MemoryThrottlerStorage);
    expect(createAttemptCounter(fallback)).toBeInstanceOf(MemoryAttemptCounter);
    (fallback as MemoryThrottlerStorage).onApplicationShutdown();
  });
});
