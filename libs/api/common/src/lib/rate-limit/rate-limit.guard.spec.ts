import { randomInt } from 'node:crypto';
import { Controller, Get, INestApplication, type LoggerService } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { Redis } from 'ioredis';
import request from 'supertest';
import { rateLimitsConfig, redisConfig } from '../config/config';
import { ApiExceptionFilter } from '../http/api-exception.filter';
import { RateLimitModule } from './rate-limit.module';
import { RateLimited, RouteRateLimits } from './rate-limit.guard';
import { TEST_REDIS_URL as REDIS_URL } from './redis.fixture';

const LIMITS = { SEARCH_RATE_LIMIT_PER_MIN: '3', SUGGEST_RATE_LIMIT_PER_MIN: '2' };

@Controller('t')
class LimitedController {
  @Get('search')
  @RateLimited('search')
  search() {
    return { ok: true };
  }

  @Get('suggest')
  @RateLimited('suggest')
  suggest() {
    return { ok: true };
  }

  @Get('free')
  free() {
    return { ok: true };
  }
}

/** Warnings the application logged, for the fail-open test. */
class Warnings implements LoggerService {
  readonly seen: string[] = [];
  readonly log = () => undefined;
  readonly error = () => undefined;
  warn(message: unknown) {
    this.seen.push(String(message));
  }
}

/** The module as the API wires it, with REDIS_URL as given and small limits. */
async function startApp(redisUrl: string, logger = new Warnings()): Promise<INestApplication> {
  const env: Record<string, string> = { ...LIMITS, REDIS_URL: redisUrl };
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  try {
    const moduleRef = await Test.createTestingModule({
      imports: [
        ConfigModule.forRoot({ ignoreEnvFile: true, load: [rateLimitsConfig, redisConfig] }),
        RateLimitModule,
      ],
      controllers: [LimitedController],
    }).compile();
    const app = moduleRef.createNestApplication<NestExpressApplication>({ logger });
    // Each test is its own client, named by X-Forwarded-For through one trusted proxy, so
    // runs sharing the test Redis never count on each other's keys.
    app.set('trust proxy', 1);
    app.useGlobalFilters(new ApiExceptionFilter());
    await app.init();
    return app;
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

const newClient = () => `198.18.${randomInt(256)}.${randomInt(256)}`;

function describeLimits(name: string, redisUrl: string) {
  describe(name, () => {
    let app: INestApplication;
    let client: string;
    const get = (path: string, from = client) =>
      request(app.getHttpServer()).get(path).set('X-Forwarded-For', from);

    beforeAll(async () => {
      app = await startApp(redisUrl);
    });

    beforeEach(() => {
      client = newClient();
    });

    afterAll(async () => {
      await app?.close();
    });

    it('answers 429 with Retry-After and the API error body past the limit', async () => {
      for (let i = 0; i < 3; i++) {
        const ok = await get('/t/search').expect(200);
        expect(Object.keys(ok.headers).filter((h) => h.startsWith('x-ratelimit'))).toEqual([]);
      }
      const refused = await get('/t/search').expect(429);
      const wait = Number(refused.headers['retry-after']);
      expect(wait).toBeGreaterThanOrEqual(1);
      expect(wait).toBeLessThanOrEqual(60);
      expect(refused.body).toEqual({
        statusCode: 429,
        error: 'Too Many Requests',
        message: `Too many requests; please wait a moment; try again in ${wait} seconds`,
        details: [],
        retryAfter: wait,
      });
    });

    it('counts each route family and each client on its own, and leaves other routes alone', async () => {
      for (let i = 0; i < 3; i++) await get('/t/search').expect(200);
      await get('/t/search').expect(429);
      await get('/t/suggest').expect(200);
      await get('/t/suggest').expect(200);
      await get('/t/suggest').expect(429);
      for (let i = 0; i < 5; i++) await get('/t/free').expect(200);
      await get('/t/search', newClient()).expect(200);
    });

    it('keys an IPv6 client by its /64', async () => {
      const net = `2001:db8:${randomInt(65536).toString(16)}:1`;
      await get('/t/suggest', `${net}::a`).expect(200);
      await get('/t/suggest', `${net}:ffff::b`).expect(200);
      await get('/t/suggest', `${net}::c`).expect(429);
    });

    it('counts a request answered before Nest (RouteRateLimits) on the same key', async () => {
      const limits = app.get(RouteRateLimits);
      await expect(limits.admit('search', client)).resolves.toBe(true);
      await expect(limits.admit('search', client)).resolves.toBe(true);
      await get('/t/search').expect(200);
      await get('/t/search').expect(429);
      await expect(limits.admit('search', client)).resolves.toBe(false);
    });
  });
}

afterAll(async () => {
  // The keys of this file's clients (198.18.0.0/15 and 2001:db8::/32 are test ranges).
  const redis = new Redis(REDIS_URL);
  const keys = [
    ...(await redis.keys('portal:rate-limit:*:198.18.*')),
    ...(await redis.keys('portal:rate-limit:*:2001:db8:*')),
  ];
  if (keys.length) await redis.del(...keys);
  await redis.quit();
});

describeLimits('RateLimited routes, counted in memory (no REDIS_URL)', '');
describeLimits('RateLimited routes, counted in Redis', REDIS_URL);

describe('RateLimited routes on several instances', () => {
  it('share one count through Redis', async () => {
    const [a, b] = [await startApp(REDIS_URL), await startApp(REDIS_URL)];
    try {
      const client = newClient();
      const get = (app: INestApplication) =>
        request(app.getHttpServer()).get('/t/search').set('X-Forwarded-For', client);
      await get(a).expect(200);
      await get(b).expect(200);
      await get(a).expect(200);
      await get(b).expect(429);
      await get(a).expect(429);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('let every request through, with a logged warning, when Redis is unreachable', async () => {
    const warnings = new Warnings();
    const app = await startApp('redis://127.0.0.1:1', warnings);
    try {
      for (let i = 0; i < 5; i++) {
        await request(app.getHttpServer()).get('/t/search').expect(200);
      }
      expect(warnings.seen.join('\n')).toMatch(/rate-limit store unavailable, request allowed/);
    } finally {
      await app.close();
    }
  });
});
