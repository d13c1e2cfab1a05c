import type { IncomingMessage, ServerResponse } from 'node:http';
import { type ResponseCache, sendCached } from '@portal/api/common';
import { isCacheablePage, pageKey, type TrustProxy } from './page-cache';

export interface CacheFrontOptions {
  readonly cache: ResponseCache;
  /** API reads every visitor gets the same answer to, stored by their full URL. */
  readonly publicReads: readonly RegExp[];
  readonly trustProxy: TrustProxy;
}

/**
 * Answers from memory before Express and Nest see the request: a rendered public page or a
 * public API read already stored, sent with the headers stored with it (type, security
 * headers, the policy naming the page's nonce) and its gzipped copy when the client takes
 * gzip. Such an answer costs about what a refusal does, so neither the in-flight limit nor
 * the request log sees it (a CDN's hits are not in the log either). Everything else, and
 * anything with a token, goes on to Express, where the same entries are stored.
 *
 * Returns whether it answered.
 */
export function cacheFront(
  options: CacheFrontOptions,
): (req: IncomingMessage, res: ServerResponse) => boolean {
  const { cache, publicReads, trustProxy } = options;
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    if (req.headers.authorization !== undefined) return false;
    const url = req.url ?? '';
    let key: string | undefined;
    if (url.startsWith('/api/')) {
      const path = url.split('?')[0];
      if (publicReads.some((p) => p.test(path))) key = `GET ${url}`;
    } else if (isCacheablePage(req)) {
      key = pageKey(req, trustProxy);
    }
    const hit = key === undefined ? undefined : cache.get(key);
    if (!hit) return false;
    sendCached(req, res, hit, 'hit');
    return true;
  };
}
