import {
  applyDecorators,
  CanActivate,
  ExecutionContext,
  Inject,
  Injectable,
  SetMetadata,
  UseGuards,
} from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { Reflector } from '@nestjs/core';
import { ApiTooManyRequestsResponse } from '@nestjs/swagger';
import type { Request } from 'express';
import { rateLimitsConfig } from '../config/config';
import { clientIp, clientNetwork } from './client-ip';
import { RateLimiter } from './rate-limiter.service';

/** A public route family with its own per-client limit (see rateLimitsConfig). */
export type RateLimitedRoute = keyof ConfigType<typeof rateLimitsConfig>;

const RATE_LIMITED_ROUTE = 'portal:rate-limited-route';
const WINDOW_SECONDS = 60;

/** Counts each request by client network and refuses it with 429 past the configured limit. */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly limiter: RateLimiter,
    @Inject(rateLimitsConfig.KEY) private readonly limits: ConfigType<typeof rateLimitsConfig>,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const route = this.reflector.get<RateLimitedRoute | undefined>(
      RATE_LIMITED_ROUTE,
      context.getHandler(),
    );
    if (!route) return true;
    const ip = clientIp(context.switchToHttp().getRequest<Request>());
    await countRouteRequest({ limiter: this.limiter, limits: this.limits }, route, ip);
    return true;
  }
}

export interface RouteLimits {
  readonly limiter: RateLimiter;
  readonly limits: ConfigType<typeof rateLimitsConfig>;
}

/**
 * Counts one request to `route` from the client at `ip` (as `clientIp` gives it) and
 * throws TooManyRequestsError past the route's limit. The guard counts with it, and so
 * does anything answering such a route before Nest (the cache front), on the same key.
 */
export async function countRouteRequest(
  { limiter, limits }: RouteLimits,
  route: RateLimitedRoute,
  ip: string,
): Promise<void> {
  await limiter.consume(
    `${route}:${clientNetwork(ip)}`,
    limits[route],
    WINDOW_SECONDS,
    'Too many requests; please wait a moment',
  );
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
