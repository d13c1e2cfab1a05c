import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';

/**
 * The client's address as Express computed it: `req.ip` follows X-Forwarded-For only as
 * far as the app's `trust proxy` setting allows, so a client cannot pick its own address
 * (and its own rate-limit key) by sending the header.
 */
export function clientIp(req: Pick<Request, 'ip' | 'socket'>): string {
  const ip = req.ip || req.socket?.remoteAddress || 'unknown';
  // IPv4 clients of a dual-stack socket appear as ::ffff:a.b.c.d; one client, one key.
  return ip.startsWith('::ffff:') ? ip.slice('::ffff:'.length) : ip;
}

/** Route parameter decorator giving `clientIp(request)`. */
export const ClientIp = createParamDecorator((_data: unknown, context: ExecutionContext) =>
  clientIp(context.switchToHttp().getRequest<Request>()),
);
