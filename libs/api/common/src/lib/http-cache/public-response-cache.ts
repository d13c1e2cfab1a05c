import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { ERROR_CACHE_CONTROL, PRIVATE_CACHE_CONTROL } from './cache-control';
import { cachedResponse, type ResponseCache } from './response-cache';
import { sendCached } from './send-cached';

/**
 * Headers that belong to one answer or one connection rather than to the body: the cache
 * sets its own (validator, caching, encoding, length) and never repeats a cookie.
 */
const NOT_STORED = new Set([
  'cache-control',
  'connection',
  'content-encoding',
  'content-length',
  'date',
  'etag',
  'keep-alive',
  'set-cookie',
  'transfer-encoding',
  'vary',
  'x-cache',
]);

/**
 * This response's headers that must travel with its body when it is sent again: its type
 * and language, the policy naming its nonce, and the security headers, so that an answer
 * from memory, sent before any middleware has run, carries them too.
 */
export function bodyHeaders(res: Response): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(res.getHeaders())) {
    if (value === undefined || NOT_STORED.has(name)) continue;
    kept[name] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  return kept;
}

/** A request whose answer depends on who asks: a token, or a staff-only path. */
export function isPrivateRequest(req: Request, privatePaths: readonly RegExp[]): boolean {
  return req.headers.authorization !== undefined || privatePaths.some((p) => p.test(req.path));
}

export interface PublicResponseCacheOptions {
  readonly cache: ResponseCache;
  /** API reads that every visitor gets the same answer to; stored by their full URL. */
  readonly publicReads: readonly RegExp[];
  /** Staff-only paths: no cache anywhere may keep their answers. */
  readonly privatePaths: readonly RegExp[];
  /** The key an answer is stored under; by default `GET` and the URL as it came. */
  readonly key?: (url: string) => string;
  /**
   * Only stores: hits are answered by whoever reads the cache before Express (the cache
   * front), for reads that must be counted against a rate limit first.
   */
  readonly storeOnly?: boolean;
}

/**
 * `GET` and the URL with its query parameters in name order, so that the same question
 * asked with its parameters in another order or encoding is one entry. Parameters of the
 * same name keep their order.
 */
export function sortedQueryKey(url: string): string {
  const [path = '', query = ''] = url.split('?', 2);
  const params = new URLSearchParams(query);
  params.sort();
  const sorted = params.toString();
  return sorted ? `GET ${path}?${sorted}` : `GET ${path}`;
}

/**
 * Cache-Control for every answer, and public API reads (`GET`, no token) served from
 * memory after the first time. Only a 200 without a cookie is stored; errors are marked
 * `no-store`. The handler still runs on a miss; its answer is caught where Express sends
 * it (`res.send`, which `res.json` ends in) and sent with its ETag.
 */
export function publicResponseCache(options: PublicResponseCacheOptions): RequestHandler {
  const { cache } = options;
  return (req: Request, res: Response, next: NextFunction) => {
    if (isPrivateRequest(req, options.privatePaths)) {
      res.setHeader('Cache-Control', PRIVATE_CACHE_CONTROL);
      return next();
    }
    const isRead = req.method === 'GET' || req.method === 'HEAD';
    if (!isRead || !options.publicReads.some((p) => p.test(req.path))) return next();
    const key = options.key ? options.key(req.originalUrl) : `GET ${req.originalUrl}`;
    const hit = options.storeOnly ? undefined : cache.get(key);
    if (hit) return sendCached(req, res, hit, 'hit');
    const generation = cache.generation;
    const send = res.send.bind(res);
    res.send = (body?: unknown) => {
      // An object goes through res.json, which comes back here with its text.
      if (typeof body !== 'string' && !Buffer.isBuffer(body)) return send(body);
      res.send = send;
      if (res.statusCode !== 200 || res.getHeader('set-cookie') !== undefined) {
        res.setHeader('Cache-Control', ERROR_CACHE_CONTROL);
        return send(body);
      }
      const entry = cachedResponse(Buffer.from(body), bodyHeaders(res));
      if (req.method === 'GET') cache.set(key, entry, generation);
      sendCached(req, res, entry, 'miss');
      return res;
    };
    next();
  };
}
