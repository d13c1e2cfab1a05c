import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import {
  bodyHeaders,
  cachedResponse,
  type CachedResponse,
  ERROR_CACHE_CONTROL,
  PUBLIC_CACHE_CONTROL,
  refuser,
  type ResponseCache,
  sendCached,
} from '@portal/api/common';
import { isLocale } from '@portal/domain/locales';
import { CSP_NONCE_LOCAL } from './content-security-policy';

/** The portal bundle's renderer: one page as a web Response, null when no route matches. */
export type RenderPage = (req: Request, cspNonce: string) => Promise<globalThis.Response | null>;

/** Express's compiled TRUST_PROXY: whether the peer at `address` may speak for the client. */
export type TrustProxy = (address: string, hop: number) => boolean;

/**
 * A public page: `/<locale>` or below, no file extension, no query string. Queries are
 * left out so that arbitrary ones (a search page's `?q=`) cannot push the site's pages out
 * of the cache; the admin area is not under a locale and is never stored. Plain Node
 * types: the cache front asks before Express has seen the request.
 */
export function isCacheablePage(req: IncomingMessage): boolean {
  const url = req.url ?? '';
  if (url.includes('?') || req.headers.authorization !== undefined) return false;
  return isPageRequest(req);
}

/** A GET of a page the renderer makes: under a locale, no file extension. */
function isPageRequest(req: IncomingMessage): boolean {
  if (req.method !== 'GET') return false;
  const path = (req.url ?? '').split('?')[0];
  if (!path.startsWith('/') || path.startsWith('//')) return false;
  const [, first] = path.split('/');
  return isLocale(first ?? '') && !/\.[a-z0-9]{2,5}$/i.test(path);
}

function headerText(req: IncomingMessage, name: string): string {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(',') : (value ?? '');
}

/**
 * What the page may differ by besides its path: the host it is rendered for (canonical and
 * hreflang links carry it) and what a proxy says about the original request, with whether
 * that proxy is trusted (TRUST_PROXY), since that decides whether the renderer believes it.
 */
export function pageKey(req: IncomingMessage, trust: TrustProxy): string {
  const protocol = (req.socket as TLSSocket).encrypted ? 'https' : 'http';
  const forwarded = `${headerText(req, 'x-forwarded-host')}|${headerText(req, 'x-forwarded-proto')}`;
  const trusted = forwarded !== '|' && trust(req.socket.remoteAddress ?? '', 0);
  return `PAGE ${protocol}|${trusted ? 'proxied' : 'direct'}|${req.headers.host ?? ''}|${forwarded}|${(req.url ?? '').split('?')[0]}`;
}

/**
 * Writes a web Response that is not stored as it is: a page with a query string (public,
 * but not kept here), an error or a redirect (kept nowhere).
 */
async function sendUncached(res: Response, response: globalThis.Response): Promise<void> {
  res.status(response.status);
  response.headers.forEach((value, name) => {
    if (name !== 'content-length') res.setHeader(name, value);
  });
  res.setHeader(
    'Cache-Control',
    response.status === 200 ? PUBLIC_CACHE_CONTROL : ERROR_CACHE_CONTROL,
  );
  res.end(Buffer.from(await response.arrayBuffer()));
}

/**
 * Public pages rendered once per path (and host) and then served from memory until public
 * content changes. A page is rendered with this response's CSP nonce and stored with the
 * policy naming it, so every later copy is consistent. Reusing a nonce is safe here
 * because a page's nonce is chosen only after its content was saved: stored markup cannot
 * know it, and any content change makes a new render with a new nonce.
 *
 * Requests for a page that is being rendered wait for that render instead of starting
 * their own, so a burst on a cold page costs one render; none waits longer than
 * `patienceMs`.
 */
export interface PageCacheOptions {
  readonly cache: ResponseCache;
  readonly render: RenderPage;
  /** The portal's own handler: files, redirects, and what the renderer does not route. */
  readonly fallback: RequestHandler;
  /** Renders at once; past it a page that is not in memory gets a 503. */
  readonly maxRenders: number;
  /**
   * How long a request waits for a page being rendered (its own render or another
   * request's) before it gets a 503 with Retry-After instead. The render goes on and its
   * page is kept for the next request: past saturation one render of a cold page can take
   * seconds, and a thousand visitors waiting on it would otherwise all time out at once.
   */
  readonly patienceMs: number;
  readonly retryAfterSeconds: number;
  /** Headers of a refusal besides its own (the security headers). */
  readonly refusalHeaders?: Readonly<Record<string, string>>;
  readonly trustProxy: TrustProxy;
}

export function pageCache(options: PageCacheOptions): RequestHandler {
  const { cache, render, fallback } = options;
  const rendering = new Map<string, Promise<CachedResponse | undefined>>();
  const refuse = refuser(options.retryAfterSeconds, options.refusalHeaders);
  // Counted until the render itself ends, not the request: a client that gave up does not
  // stop the render, so its slot is not free before then.
  let renders = 0;

  /** Refuses the request if no answer has started within `patienceMs`. */
  function waitAtMostPatience(res: Response): void {
    const timer = setTimeout(() => {
      if (!res.headersSent) refuse(res);
    }, options.patienceMs);
    res.once('close', () => clearTimeout(timer));
  }

  async function renderInto(req: Request, res: Response, key?: string): Promise<boolean> {
    const generation = cache.generation;
    const response = await render(req, String(res.locals[CSP_NONCE_LOCAL]));
    if (!response) return false;
    const type = response.headers.get('content-type') ?? '';
    if (!key || response.status !== 200 || !type.startsWith('text/html')) {
      if (!res.headersSent) await sendUncached(res, response);
      return true;
    }
    const headers = { ...bodyHeaders(res) };
    response.headers.forEach((value, name) => {
      if (name !== 'content-length') headers[name] = value;
    });
    const entry = cachedResponse(Buffer.from(await response.arrayBuffer()), headers);
    cache.set(key, entry, generation);
    // Kept even when this request was refused meanwhile: the next one finds the page.
    if (!res.headersSent) sendCached(req, res, entry, 'miss');
    return true;
  }

  function renderCounted(req: Request, res: Response, next: NextFunction, key?: string) {
    renders += 1;
    waitAtMostPatience(res);
    return renderInto(req, res, key)
      .then((sent) => {
        if (!sent && !res.headersSent) fallback(req, res, next);
      })
      .catch(next)
      .finally(() => (renders -= 1));
  }

  return (req: Request, res: Response, next: NextFunction) => {
    if (!isPageRequest(req)) return fallback(req, res, next);
    if (!isCacheablePage(req)) {
      if (renders >= options.maxRenders) return refuse(res);
      void renderCounted(req, res, next);
      return;
    }
    const key = pageKey(req, options.trustProxy);
    const hit = cache.get(key);
    if (hit) return sendCached(req, res, hit, 'hit');
    const pending = rendering.get(key);
    if (pending) {
      waitAtMostPatience(res);
      pending.then(
        (entry) => {
          if (res.headersSent) return;
          if (entry) sendCached(req, res, entry, 'hit');
          else fallback(req, res, next);
        },
        () => {
          if (!res.headersSent) fallback(req, res, next);
        },
      );
      return;
    }
    if (renders >= options.maxRenders) return refuse(res);
    let settle: (entry: CachedResponse | undefined) => void = () => undefined;
    rendering.set(key, new Promise((resolve) => (settle = resolve)));
    void renderCounted(req, res, next, key).finally(() => {
      rendering.delete(key);
      settle(cache.get(key));
    });
  };
}
