import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { RedisThrottlerStorage } from './redis-throttler.storage';

/** The Redis the rate-limit specs count in (the machine's, unless TEST_REDIS_URL says). */
export const TEST_REDIS_URL = process.env['TEST_REDIS_URL'] || 'redis://127.0.0.1:6379';

/** A key prefix of one spec file's own, so that parallel runs never share counts. */
export function testKeyPrefix(kind: string): string {
  return `test:${kind}:${randomBytes(6).toString('hex')}:`;
}

/** A storage under its own prefix below `prefix`: each test starts from no counts. */
export function freshRedisStorage(prefix: string): RedisThrottlerStorage {
  return new RedisThrottlerStorage(
    new Redis(TEST_REDIS_URL),
    `${prefix}${randomBytes(4).toString('hex')}:`,
  );
}

/** Deletes what a spec file counted under `prefix`. */
export async function dropTestKeys(prefix: string): Promise<void> {
  const redis = new Redis(TEST_REDIS_URL);
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length) await redis.del(...keys);
  await redis.quit();
}

/** A storage whose Redis never answers (a closed port), for the fail-open rule. */
export function unreachableRedisStorage(prefix: string): RedisThrottlerStorage {
  return new RedisThrottlerStorage(
    new Redis('redis://127.0.0.1:1', { maxRetriesPerRequest: 0, retryStrategy: () => null }),
    prefix,
  );
}

/** Two instances' storages on one Redis and prefix, as two API processes would have them. */
export async function withTwoInstances(
  prefix: string,
  run: (a: RedisThrottlerStorage, b: RedisThrottlerStorage) => Promise<void>,
): Promise<void> {
  const a = new RedisThrottlerStorage(new Redis(TEST_REDIS_URL), prefix);
  const b = new RedisThrottlerStorage(new Redis(TEST_REDIS_URL), prefix);
  try {
    await run(a, b);
  } finally {
    await a.close();
    await b.close();
  }
}

/** The milliseconds Redis still keeps `key`. */
export async function keyTtl(key: string): Promise<number> {
  const raw = new Redis(TEST_REDIS_URL);
  try {
    return await raw.pttl(key);
  } finally {
    await raw.quit();
  }
}
