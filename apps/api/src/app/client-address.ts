import type { IncomingMessage } from 'node:http';
import type { TrustProxy } from './page-cache';

/**
 * The client's address as Express's `req.ip` gives it (proxy-addr's rule), for requests
 * answered before Express: the peer, or, for as long as the peer and each proxy before
 * it are trusted (TRUST_PROXY), the next address of X-Forwarded-For from the right.
 */
export function clientAddress(req: IncomingMessage, trust: TrustProxy): string | undefined {
  const forwarded = String(req.headers['x-forwarded-for'] ?? '')
    .split(',')
    .map((address) => address.replace(/^ +| +$/g, ''))
    .filter((address) => address !== '')
    .reverse();
  const addresses = [req.socket.remoteAddress, ...forwarded];
  for (let hop = 0; hop < addresses.length - 1; hop++) {
    if (!trust(addresses[hop] ?? '', hop)) return addresses[hop];
  }
  return addresses[addresses.length - 1];
}
