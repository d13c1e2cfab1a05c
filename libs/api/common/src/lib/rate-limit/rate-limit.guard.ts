import {
  applyDecorators,
  ExecutionContext,
  Inject,
  Injectable,
  SetMetadata,
  UseGuards,
} from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { Reflector } from '@nestjs/core';
import { ApiTooManyRequestsResponse } from '@nestjs/swagger';
import {
  InjectThrottlerStorage,
  ThrottlerGuard,
  type ThrottlerLimitDetail,
  type ThrottlerOptions,
  type ThrottlerStorage,
} from '@nestjs/throttler';
import type { Request } from 'express';
import { rateLimitsConfig } from '../config/config';
import { TooManyRequestsError } from '../errors/domain-error';
import { clientIp, clientNetwork } from './client-ip';

/** A public route family with its own per-client limit (see rateLimitsConfig). */
export type RateLimitedRoute = keyof ConfigType<typeof rateLimitsConfig>;

const RATE_LIMITED_ROUTE = 'portal:rate-limited-route';
const WINDOW_MS = 60_000;
const MESSAGE: Readonly<Record<RateLimitedRoute, string>> = {
  assistant: 'Too many questions; please wait a moment',
  search: 'Too many requests; please wait a moment',
  suggest: 'Too many requests; please wait a moment',
  feedback: 'Too many requests; please wait a moment',
};

const reflector = new Reflector();
const routeOf = (context: ExecutionContext) =>
  reflector.get<RateLimitedRoute | undefined>(RATE_LIMITED_ROUTE, context.getHandler());

/** One key per route family and client network, shared by every route of the family. */
const keyOf = (route: string, tracker: string) => `${route}:${tracker}`;

/**
 * A route family's limit per minute from the validated configuration. No block beyond the
 * window (`blockDuration: 0`): past the limit a client waits until the oldest counted
 * request leaves the minute (the memory storage's sliding window) or the minute ends (the
 * Redis storage's fixed window), and a refused request is not counted.
 */
function routeLimit(limits: ConfigType<typeof rateLimitsConfig>, route: RateLimitedRoute) {
  return { limit: limits[route], ttl: WINDOW_MS, blockDuration: 0 };
}

/**
 * The throttler's named throttlers, one per route family; each counts only the routes that
 * name it with RateLimited.
 */
export function routeThrottlers(limits: ConfigType<typeof rateLimitsConfig>): ThrottlerOptions[] {
  return (Object.keys(MESSAGE) as RateLimitedRoute[]).map((name) => ({
    name,
    ...routeLimit(limits, name),
    skipIf: (context) => routeOf(context) !== name,
  }));
}

/**
 * ThrottlerGuard keyed by what `clientIp` gives (Express's `req.ip` under the app's
 * `trust proxy`, so a client cannot pick its key with X-Forwarded-For) reduced to the
 * client network: an IPv4 address or an IPv6 /64. A refusal is a TooManyRequestsError, so
 * the API's one exception filter answers it: 429, `Retry-After`, the usual error body.
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override async shouldSkip(context: ExecutionContext): Promise<boolean> {
    return routeOf(context) === undefined;
  }

  protected override async getTracker(req: Record<string, unknown>): Promise<string> {
    return clientNetwork(clientIp(req as unknown as Request));
  }

  protected override generateKey(_context: ExecutionContext, tracker: string, name: string) {
    return keyOf(name, tracker);
  }

  protected override async throwThrottlingException(
    context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    const route = routeOf(context) ?? 'search';
    const seconds = Math.max(1, detail.timeToBlockExpire);
    throw new TooManyRequestsError(`${MESSAGE[route]}; try again in ${seconds} seconds`, seconds);
  }
}

/**
 * Counts a request answered before Nest (the cache front's stored searches) against its
 * route's limit, on the key and in the storage RateLimitGuard uses.
 */
@Injectable()
export class RouteRateLimits {
  constructor(
    @InjectThrottlerStorage() private readonly storage: ThrottlerStorage,
    @Inject(rateLimitsConfig.KEY) private readonly limits: ConfigType<typeof rateLimitsConfig>,
  ) {}

  /**
   * Counts one request to `route` from the client at `ip` (as `clientIp` gives it); false
   * past the limit.
   */
  async admit(route: RateLimitedRoute, ip: string): Promise<boolean> {
    const { limit, ttl, blockDuration } = routeLimit(this.limits, route);
    const key = keyOf(route, clientNetwork(ip));
    const record = await this.storage.increment(key, ttl, limit, blockDuration, route);
    return !record.isBlocked;
  }
}

/**
 * Limits a public route per client and minute (429 with Retry-After beyond it). Applied
 * as a guard, so a refused request costs no validation, query or database work.
 */
export function RateLimited(route: RateLimitedRoute): MethodDecorator {
  return applyDecorators(
    SetMetadata(RATE_LIMITED_ROUTE, route),
    UseGuards(RateLimitGuard),
    ApiTooManyRequestsResponse({ description: 'Rate limited per client; see Retry-After' }),
  );
}
