import { Global, Module } from '@nestjs/common';
import { ConfigModule, ConfigType } from '@nestjs/config';
import {
  ThrottlerModule,
  type ThrottlerModuleOptions,
  type ThrottlerStorage,
} from '@nestjs/throttler';
import { Redis } from 'ioredis';
import { rateLimitsConfig, redisConfig } from '../config/config';
import { ATTEMPT_COUNTER, AttemptCounter } from './attempt-counter';
import { MemoryAttemptCounter } from './memory-attempt-counter';
import { MemoryThrottlerStorage } from './memory-throttler.storage';
import { RedisThrottlerStorage } from './redis-throttler.storage';
import { routeThrottlers, RouteRateLimits } from './rate-limit.guard';

/**
 * Picks the storage: Redis when REDIS_URL is set (several instances share the counts),
 * else counters in this process's memory that count as the Redis storage does.
 */
export function createThrottlerStorage(config: ConfigType<typeof redisConfig>): ThrottlerStorage {
  if (!config.url) return new MemoryThrottlerStorage();
  const redis = new Redis(config.url, {
    // Fail fast rather than hold requests while Redis is away; the storage then lets them
    // through (fail-open, see RedisThrottlerStorage).
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
  });
  return new RedisThrottlerStorage(redis);
}

/** Sign-in throttling counts in the same Redis, or in memory when there is none. */
export function createAttemptCounter(storage: ThrottlerStorage): AttemptCounter {
  return storage instanceof RedisThrottlerStorage ? storage : new MemoryAttemptCounter();
}

const RATE_LIMIT_STORAGE = Symbol('RATE_LIMIT_STORAGE');
const RATE_LIMITS = ConfigModule.forFeature(rateLimitsConfig);

/** Builds the storage once, for the throttler and the attempt counter alike. */
@Module({
  imports: [ConfigModule.forFeature(redisConfig)],
  providers: [
    { provide: RATE_LIMIT_STORAGE, inject: [redisConfig.KEY], useFactory: createThrottlerStorage },
  ],
  exports: [RATE_LIMIT_STORAGE],
})
class RateLimitStorageModule {}

/**
 * Global: @nestjs/throttler's module (named throttlers from rateLimitsConfig, guarded
 * routes marked with RateLimited), RouteRateLimits for requests answered before Nest, and
 * the AttemptCounter sign-in throttling reserves in.
 */
@Global()
@Module({
  imports: [
    RATE_LIMITS,
    RateLimitStorageModule,
    ThrottlerModule.forRootAsync({
      imports: [RATE_LIMITS, RateLimitStorageModule],
      inject: [rateLimitsConfig.KEY, RATE_LIMIT_STORAGE],
      useFactory: (
        limits: ConfigType<typeof rateLimitsConfig>,
        storage: ThrottlerStorage,
      ): ThrottlerModuleOptions => ({
        throttlers: routeThrottlers(limits),
        storage,
        // No X-RateLimit-* headers: stored public answers are sent to every client, and
        // must not carry one client's remaining count. A refusal's Retry-After is set by
        // the exception filter from the TooManyRequestsError.
        setHeaders: false,
      }),
    }),
  ],
  providers: [
    RouteRateLimits,
    { provide: ATTEMPT_COUNTER, inject: [RATE_LIMIT_STORAGE], useFactory: createAttemptCounter },
  ],
  exports: [RATE_LIMITS, RouteRateLimits, ATTEMPT_COUNTER],
})
export class RateLimitModule {}
