import type { Request, Response } from 'express';
import { PUBLIC_CACHE_CONTROL } from './cache-control';
import type { CachedResponse } from './response-cache';

export type CacheOutcome = 'hit' | 'miss';

/** RFC 9110 If-None-Match: a list of (possibly weak) tags, or `*`; weak comparison. */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}

function addVary(res: Response, field: string): void {
  const current = String(res.getHeader('Vary') ?? '');
  const fields = current.split(',').map((f) => f.trim().toLowerCase());
  if (fields.includes('*') || fields.includes(field.toLowerCase())) return;
  res.setHeader('Vary', current ? `${current}, ${field}` : field);
}

/**
 * Sends a stored answer: a 304 when the client holds it already, else the body, gzipped
 * when the client takes gzip. The stored headers replace this response's own, so the
 * Content-Security-Policy names the nonce the stored page carries.
 */
export function sendCached(
  req: Request,
  res: Response,
  entry: CachedResponse,
  outcome: CacheOutcome,
): void {
  for (const [name, value] of Object.entries(entry.headers)) res.setHeader(name, value);
  res.setHeader('ETag', entry.etag);
  res.setHeader('Cache-Control', PUBLIC_CACHE_CONTROL);
  res.setHeader('X-Cache', outcome);
  addVary(res, 'Accept-Encoding');
  if (matchesIfNoneMatch(req.headers['if-none-match'], entry.etag)) {
    res.removeHeader('Content-Type');
    res.status(304).end();
    return;
  }
  const gzip = entry.gzip && req.acceptsEncodings('gzip', 'identity') === 'gzip';
  const body = gzip ? (entry.gzip as Buffer) : entry.body;
  if (gzip) res.setHeader('Content-Encoding', 'gzip');
  res.setHeader('Content-Length', body.length);
  res.status(200);
  if (req.method === 'HEAD') res.end();
  else res.end(body);
}
