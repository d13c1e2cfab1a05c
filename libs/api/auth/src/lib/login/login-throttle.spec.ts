import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import {
  MemoryAttemptCounter,
  RedisThrottlerStorage,
  TooManyRequestsError,
} from '@portal/api/common';
import {
  LOGIN_FAILURES_PER_IP,
  LOGIN_FREE_ATTEMPTS,
  loginBackoffSeconds,
  LoginThrottle,
} from './login-throttle';

async function refusal(promise: Promise<unknown>): Promise<TooManyRequestsError> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof TooManyRequestsError) return e;
    throw e;
  }
  throw new Error('expected a 429');
}

describe('loginBackoffSeconds', () => {
  it('doubles from 2 s after the last free attempt, up to the 15-minute counting window', () => {
    const waits = [5, 6, 7, 8, 9, 20, 1000].map(loginBackoffSeconds);
    expect(waits).toEqual([2, 4, 8, 16, 32, 900, 900]);
  });
});

describe('LoginThrottle', () => {
  let now: number;
  let throttle: LoginThrottle;

  beforeEach(() => {
    now = 1_000_000_000;
    throttle = new LoginThrottle(new MemoryAttemptCounter(() => now));
  });

  it('lets the free attempts through, then one attempt per window that doubles', async () => {
    for (let i = 0; i < LOGIN_FREE_ATTEMPTS; i++)
      await throttle.begin('ada@example.org', `10.0.0.${i}`);
    const waits: number[] = [];
    for (let round = 0; round < 4; round++) {
      const refused = await refusal(throttle.begin('ada@example.org', '10.1.0.1'));
      waits.push(refused.retryAfterSeconds);
      expect(refused.message).toMatch(
        /^Too many failed sign-in attempts; try again in \d+ seconds$/,
      );
      now += refused.retryAfterSeconds * 1000;
      await throttle.begin('ada@example.org', '10.1.0.1');
    }
    expect(waits).toEqual([2, 4, 8, 16]);
    // Another account is not held up.
    await expect(throttle.begin('grace@example.org', '10.1.0.1')).resolves.toBeDefined();
  });

  it('forgets the failures of an account after a success, and success costs the client nothing', async () => {
    for (let i = 0; i < LOGIN_FREE_ATTEMPTS - 1; i++)
      await throttle.begin('ada@example.org', '10.0.0.1');
    await (await throttle.begin('ada@example.org', '10.0.0.1')).succeeded();
    for (let i = 0; i < LOGIN_FREE_ATTEMPTS - 1; i++)
      await throttle.begin('ada@example.org', '10.0.0.1');
    for (let i = 0; i < 3 * LOGIN_FAILURES_PER_IP; i++) {
      await (await throttle.begin(`user-${i}@example.org`, '10.0.0.2')).succeeded();
    }
  });

  it('limits one client across accounts, an IPv6 /64 counting as one client', async () => {
    for (let i = 0; i < LOGIN_FAILURES_PER_IP; i++) {
      await throttle.begin(`user-${i}@example.org`, `2001:db8:1:2::${i.toString(16)}`);
    }
    const refused = await refusal(throttle.begin('another@example.org', '2001:db8:1:2:ffff::1'));
    expect(refused.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(60);
    await expect(throttle.begin('another@example.org', '2001:db8:1:3::1')).resolves.toBeDefined();
  });
});

const REDIS_URL = process.env['TEST_REDIS_URL'] || 'redis://127.0.0.1:6379';

describe('LoginThrottle over Redis, shared by two instances', () => {
  const prefix = `test:login-throttle:${randomBytes(6).toString('hex')}:`;
  const stores: RedisThrottlerStorage[] = [];

  afterAll(async () => {
    const redis = new Redis(REDIS_URL);
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
    await Promise.all(stores.map((store) => store.close()));
  });

  it('holds 200 parallel attempts on one account to the free attempts', async () => {
    const instance = () => {
      const store = new RedisThrottlerStorage(new Redis(REDIS_URL), prefix);
      stores.push(store);
      return new LoginThrottle(store);
    };
    const [first, second] = [instance(), instance()];
    const outcomes = await Promise.allSettled(
      Array.from({ length: 200 }, (_, i) =>
        (i % 2 ? second : first).begin('ada@example.org', `198.51.100.${i % 250}`),
      ),
    );
    const passed = outcomes.filter((o) => o.status === 'fulfilled').length;
    // Exactly the free attempts, unless the machine is so slow that the first 2 s wait ran
    // out during the burst and let one more through.
    expect(passed).toBeGreaterThanOrEqual(LOGIN_FREE_ATTEMPTS);
    expect(passed).toBeLessThanOrEqual(LOGIN_FREE_ATTEMPTS + 1);
    for (const o of outcomes) {
      if (o.status === 'rejected') expect(o.reason).toBeInstanceOf(TooManyRequestsError);
    }
  });

  it('gives a success its slot back in the shared count', async () => {
    const store = new RedisThrottlerStorage(new Redis(REDIS_URL), prefix);
    stores.push(store);
    const throttle = new LoginThrottle(store);
    for (let i = 0; i < 3 * LOGIN_FAILURES_PER_IP; i++) {
      await (await throttle.begin(`user-${i}@example.org`, '203.0.113.50')).succeeded();
    }
    for (let i = 0; i < LOGIN_FAILURES_PER_IP; i++) {
      await throttle.begin(`spray-${i}@example.org`, '203.0.113.50');
    }
    const refused = await refusal(throttle.begin('one-more@example.org', '203.0.113.50'));
    expect(refused.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(60);
  });

  it('lets sign-ins through when Redis is unreachable (fail-open)', async () => {
    const down = new RedisThrottlerStorage(
      new Redis('redis://127.0.0.1:1', { maxRetriesPerRequest: 0, retryStrategy: () => null }),
      prefix,
    );
    stores.push(down);
    const throttle = new LoginThrottle(down);
    for (let i = 0; i < 2 * LOGIN_FREE_ATTEMPTS; i++) {
      await expect(throttle.begin('ada@example.org', '203.0.113.51')).resolves.toBeDefined();
    }
  });
});
