import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { ConfigModule, ConfigType } from '@nestjs/config';
import { Redis } from 'ioredis';
import { rateLimitsConfig, redisConfig } from '../config/config';
import { MemoryRateLimitStore } from './memory-rate-limit.store';
import { RATE_LIMIT_STORE, RateLimitStore } from './rate-limit.store';
import { RateLimiter } from './rate-limiter.service';
import { RedisRateLimitStore } from './redis-rate-limit.store';

/** Picks the store: Redis when REDIS_URL is set (several instances), else this process's memory. */
export function createRateLimitStore(config: ConfigType<typeof redisConfig>): RateLimitStore {
  if (!config.url) return new MemoryRateLimitStore();
  const redis = new Redis(config.url, {
    // Fail fast rather than hold requests while Redis is away; the limiter then lets them through.
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
  });
  return new RedisRateLimitStore(redis);
}

const RATE_LIMITS = ConfigModule.forFeature(rateLimitsConfig);

/** Global: provides RateLimiter, and the limits RateLimited routes use, to every module. */
@Global()
@Module({
  imports: [ConfigModule.forFeature(redisConfig), RATE_LIMITS],
  providers: [
    { provide: RATE_LIMIT_STORE, inject: [redisConfig.KEY], useFactory: createRateLimitStore },
    RateLimiter,
  ],
  exports: [RateLimiter, RATE_LIMITS],
})
export class RateLimitModule implements OnApplicationShutdown {
  constructor(@Inject(RATE_LIMIT_STORE) private readonly store: RateLimitStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}
