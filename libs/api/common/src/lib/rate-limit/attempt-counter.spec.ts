import type { AttemptCounter } from './attempt-counter';
import { MemoryAttemptCounter } from './memory-attempt-counter';
import {
  dropTestKeys,
  freshRedisStorage,
  testKeyPrefix,
  keyTtl,
  unreachableRedisStorage,
  withTwoInstances,
} from './redis.fixture';

// A random prefix keeps parallel runs on the one test Redis apart.
const PREFIX = testKeyPrefix('attempts');

function sharedBehaviour(name: string, make: () => AttemptCounter & { close?(): Promise<void> }) {
  describe(name, () => {
    let counter: AttemptCounter & { close?(): Promise<void> };

    beforeEach(() => {
      counter = make();
    });

    afterEach(async () => {
      await counter.close?.();
    });

    it('counts up to the limit, then refuses without counting, with the seconds left', async () => {
      for (let i = 1; i <= 3; i++) {
        await expect(counter.reserve('a', 3, 60)).resolves.toMatchObject({
          allowed: true,
          count: i,
        });
      }
      const refused = await counter.reserve('a', 3, 60);
      expect(refused).toMatchObject({ allowed: false, count: 3 });
      expect(refused.retryAfterSeconds).toBeGreaterThanOrEqual(1);
      expect(refused.retryAfterSeconds).toBeLessThanOrEqual(60);
      await expect(counter.reserve('other', 3, 60)).resolves.toMatchObject({ allowed: true });
    });

    it('holds parallel attempts to the limit: the refused ones take nothing', async () => {
      const outcomes = await Promise.all(
        Array.from({ length: 50 }, () => counter.reserve('r', 5, 60)),
      );
      expect(outcomes.filter((o) => o.allowed)).toHaveLength(5);
      await expect(counter.reserve('r', 5, 60)).resolves.toMatchObject({
        allowed: false,
        count: 5,
      });
      await counter.release('r');
      await expect(counter.reserve('r', 5, 60)).resolves.toMatchObject({
        allowed: true,
        count: 5,
      });
    });

    it('release() never goes below zero nor creates a key; reset() starts again', async () => {
      await counter.release('never-counted');
      await expect(counter.reserve('never-counted', 1, 60)).resolves.toMatchObject({ count: 1 });
      await counter.release('once');
      await counter.reserve('once', 1, 60);
      await counter.release('once');
      await counter.release('once');
      await expect(counter.reserve('once', 1, 60)).resolves.toMatchObject({
        allowed: true,
        count: 1,
      });
      await counter.reset('once');
      await expect(counter.reserve('once', 1, 60)).resolves.toMatchObject({
        allowed: true,
        count: 1,
      });
    });
  });
}

sharedBehaviour('MemoryAttemptCounter', () => new MemoryAttemptCounter());

describe('MemoryAttemptCounter windows', () => {
  it('starts a new window when the old one ends and forgets idle keys', async () => {
    let now = 1_000_000;
    const counter = new MemoryAttemptCounter(() => now);
    await expect(counter.reserve('k', 1, 10)).resolves.toMatchObject({ allowed: true });
    await expect(counter.reserve('k', 1, 10)).resolves.toMatchObject({
      allowed: false,
      retryAfterSeconds: 10,
    });
    now += 10_000;
    await expect(counter.reserve('k', 1, 10)).resolves.toMatchObject({ allowed: true });
    for (let i = 0; i < 1000; i++) await counter.reserve(`idle-${i}`, 5, 1);
    now += 2_000;
    for (let i = 0; i < 1000; i++) await counter.reserve('busy', 5, 60);
    expect(counter.size).toBeLessThanOrEqual(2);
  });
});

describe('RedisThrottlerStorage as AttemptCounter', () => {
  afterAll(async () => {
    await dropTestKeys(PREFIX);
  });

  sharedBehaviour('(shared behaviour)', () => freshRedisStorage(PREFIX));

  it('shares the count between instances and keeps the window expiry in Redis', async () => {
    await withTwoInstances(PREFIX, async (a, b) => {
      await expect(a.reserve('shared', 2, 5)).resolves.toMatchObject({ allowed: true });
      await expect(b.reserve('shared', 2, 5)).resolves.toMatchObject({ allowed: true });
      await expect(a.reserve('shared', 2, 5)).resolves.toMatchObject({ allowed: false });
      const ttl = await keyTtl(`${PREFIX}shared`);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(5000);
    });
  });

  it('allows every attempt when Redis is unreachable (fail-open)', async () => {
    const down = unreachableRedisStorage(PREFIX);
    try {
      for (let i = 0; i < 3; i++) {
        await expect(down.reserve('x', 1, 60)).resolves.toMatchObject({ allowed: true });
      }
      await expect(down.release('x')).resolves.toBeUndefined();
      await expect(down.reset('x')).resolves.toBeUndefined();
    } finally {
      await down.close();
    }
  });
});
