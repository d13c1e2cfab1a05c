import type { IncomingMessage, ServerResponse } from 'node:http';
import { PUBLIC_CACHE_CONTROL } from './cache-control';
import type { CachedResponse } from './response-cache';

export type CacheOutcome = 'hit' | 'miss';

/** RFC 9110 If-None-Match: a list of (possibly weak) tags, or `*`; weak comparison. */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}

/**
 * Whether the client takes gzip rather than the plain body (RFC 9110 Accept-Encoding, as
 * Express's `acceptsEncodings('gzip', 'identity')` decides it): gzip or `*` with a weight
 * above 0 and at least that of identity; without the header, plain.
 */
export function acceptsGzip(header: string | string[] | undefined): boolean {
  if (!header) return false;
  let gzip = -1;
  let identity = -1;
  let star = -1;
  for (const part of String(header).split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const weight = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((q) => q);
    const q = weight === undefined ? 1 : Number(weight);
    if (name === 'gzip') gzip = Math.max(gzip, q);
    else if (name === 'identity') identity = Math.max(identity, q);
    else if (name === '*') star = Math.max(star, q);
  }
  const g = gzip >= 0 ? gzip : star;
  return g > 0 && g >= (identity >= 0 ? identity : 0);
}

function addVary(res: ServerResponse, field: string): void {
  const current = String(res.getHeader('Vary') ?? '');
  const fields = current.split(',').map((f) => f.trim().toLowerCase());
  if (fields.includes('*') || fields.includes(field.toLowerCase())) return;
  res.setHeader('Vary', current ? `${current}, ${field}` : field);
}

/**
 * Sends a stored answer: a 304 when the client holds it already, else the body, gzipped
 * when the client takes gzip. The stored headers (type, language, the security headers
 * and the policy naming the nonce the stored page carries) replace this response's own.
 * Plain Node types, so the same function answers before Express has seen the request.
 */
export function sendCached(
  req: IncomingMessage,
  res: ServerResponse,
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
    res.statusCode = 304;
    res.end();
    return;
  }
  const gzip = entry.gzip !== undefined && acceptsGzip(req.headers['accept-encoding']);
  const body = gzip ? (entry.gzip as Buffer) : entry.body;
  if (gzip) res.setHeader('Content-Encoding', 'gzip');
  res.setHeader('Content-Length', body.length);
  res.statusCode = 200;
  if (req.method === 'HEAD') res.end();
  else res.end(body);
}
