import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  clientIp,
  type RateLimitedRoute,
  type ResponseCache,
  sendCached,
  sortedQueryKey,
} from '@portal/api/common';
import { clientAddress } from './client-address';
import { isCacheablePage, pageKey, type TrustProxy } from './page-cache';

/**
 * Public reads with a per-client limit (search, suggestions): stored apart from pages, since
 * their queries are arbitrary and must not push pages out, keyed by their sorted query.
 */
export interface LimitedReads {
  readonly cache: ResponseCache;
  /** The limit a path counts against; undefined for every other path. */
  readonly routeOf: (path: string) => RateLimitedRoute | undefined;
  /** Counts one request from the client at `ip`; false when that is past the limit. */
  readonly admit: (route: RateLimitedRoute, ip: string) => Promise<boolean>;
}

export interface CacheFrontOptions {
  readonly cache: ResponseCache;
  /** API reads every visitor gets the same answer to, stored by their full URL. */
  readonly publicReads: readonly RegExp[];
  readonly limitedReads?: LimitedReads;
  readonly trustProxy: TrustProxy;
}

/**
 * Answers from memory before Express and Nest see the request: a rendered public page or a
 * public API read already stored, sent with the headers stored with it (type, security
 * headers, the policy naming the page's nonce) and its gzipped copy when the client takes
 * gzip. Such an answer costs about what a refusal does, so neither the in-flight limit nor
 * the request log sees it (a CDN's hits are not in the log either). Everything else, and
 * anything with a token, goes on to Express (`next`), where the same entries are stored.
 *
 * A stored search is sent only once the client's request is counted against the route's
 * limit, on the key the route's guard uses. Past the limit, the request goes on to Nest,
 * whose guard checks it again (a refused request is not counted) and answers the 429 as it
 * answers every other.
 */
export function cacheFront(
  options: CacheFrontOptions,
): (req: IncomingMessage, res: ServerResponse, next: () => void) => void {
  const { cache, publicReads, limitedReads, trustProxy } = options;
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (req.headers.authorization !== undefined) return next();
    const url = req.url ?? '';
    let key: string | undefined;
    if (url.startsWith('/api/')) {
      const path = url.split('?')[0] ?? '';
      const route = limitedReads?.routeOf(path);
      if (limitedReads && route) return answerLimited(limitedReads, route);
      if (publicReads.some((p) => p.test(path))) key = `GET ${url}`;
    } else if (isCacheablePage(req)) {
      key = pageKey(req, trustProxy);
    }
    const hit = key === undefined ? undefined : cache.get(key);
    if (!hit) return next();
    sendCached(req, res, hit, 'hit');

    function answerLimited(reads: LimitedReads, route: RateLimitedRoute): void {
      const stored = reads.cache.get(sortedQueryKey(url));
      if (!stored) return next();
      const generation = reads.cache.generation;
      const ip = clientIp({ ip: clientAddress(req, trustProxy), socket: req.socket });
      void reads.admit(route, ip).then((admitted) => {
        // An index change while the request was counted: the stored answer may be stale,
        // so Nest answers (and counts it again, a rare double count).
        if (admitted && reads.cache.generation === generation) sendCached(req, res, stored, 'hit');
        else next();
      });
    }
  };
}
