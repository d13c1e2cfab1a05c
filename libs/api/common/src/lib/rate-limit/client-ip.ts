import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { isIPv6 } from 'node:net';

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

/**
 * What rate limits count by: an IPv4 address, or the /64 network of an IPv6 address. One
 * IPv6 subscriber usually holds a whole /64 (2^64 addresses), so keying by the address
 * would give a client as many fresh keys as it likes.
 */
export function clientNetwork(ip: string): string {
  if (!isIPv6(ip)) return ip;
  return `${expandIpv6(ip).slice(0, 4).join(':')}::/64`;
}

/** The eight 16-bit groups of an IPv6 address, without leading zeros. */
function expandIpv6(ip: string): string[] {
  let text = ip.toLowerCase().split('%')[0] ?? '';
  // An embedded IPv4 tail (::ffff:1.2.3.4, 64:ff9b::1.2.3.4) is the last two groups.
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const zeros = tail === undefined ? [] : Array(8 - left.length - right.length).fill('0');
  return [...left, ...zeros, ...right].map((group) => parseInt(group, 16).toString(16));
}

/** Route parameter decorator giving `clientIp(request)`. */
export const ClientIp = createParamDecorator((_data: unknown, context: ExecutionContext) =>
  clientIp(context.switchToHttp().getRequest<Request>()),
);
