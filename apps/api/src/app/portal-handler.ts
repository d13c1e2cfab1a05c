import type { NextFunction, Request, RequestHandler, Response } from 'express';
import express from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ResponseCache } from '@portal/api/common';
import { pageCache, type RenderPage, type TrustProxy } from './page-cache';

/** What the portal's server bundle exports for a host (apps/portal/src/server.ts). */
interface PortalServerModule {
  createPortalServer?: (options: {
    readonly allowedHosts: readonly string[];
    readonly apiOrigin?: string;
    readonly internalHeaders?: Readonly<Record<string, string>>;
  }) => { readonly reqHandler: RequestHandler; readonly renderPage: RenderPage };
}

// webpack would rewrite a plain import() of the portal's ES module; this keeps it native.
const importEsm = new Function('specifier', 'return import(specifier)') as (
  specifier: string,
) => Promise<PortalServerModule>;

function notBuilt(_req: Request, res: Response): void {
  res
    .status(503)
    .type('text/plain')
    .send('The portal has not been built yet: run `npm start` (or `npx nx build portal`).');
}

export interface PortalOptions {
  /** Host names pages are rendered for (ALLOWED_HOSTS); Angular answers others with a 400. */
  readonly allowedHosts: readonly string[];
  /** Where pages fetch the API while they render: this process's loopback address. */
  readonly apiOrigin: string;
  /** Sent with those fetches, so this process knows them for its renderer's (see RenderKey). */
  readonly internalHeaders?: Readonly<Record<string, string>>;
  /** Where rendered public pages are kept; without it every request renders. */
  readonly cache?: ResponseCache;
  /** Pages rendered at once; past it a page not in memory gets a 503 with Retry-After. */
  readonly maxRenders?: number;
  /** Longest a request waits for a page being rendered before its 503 (see pageCache). */
  readonly renderPatienceMs?: number;
  readonly retryAfterSeconds?: number;
  /** Headers of a refusal besides its own (the security headers). */
  readonly refusalHeaders?: Readonly<Record<string, string>>;
  /** Express's compiled TRUST_PROXY, which decides how a page is keyed. */
  readonly trustProxy?: TrustProxy;
}

/**
 * Everything outside /api is the portal: server-rendered by the Angular server bundle
 * when it is built, else the static browser build with index.html for deep links.
 */
export async function createPortalHandler(
  portalDist: string,
  options: PortalOptions,
): Promise<RequestHandler> {
  const serverEntry = join(portalDist, 'server', 'server.mjs');
  const browserDir = join(portalDist, 'browser');
  if (existsSync(serverEntry)) {
    const { createPortalServer } = await importEsm(pathToFileURL(serverEntry).href);
    const portal = createPortalServer?.({
      allowedHosts: options.allowedHosts,
      apiOrigin: options.apiOrigin,
      internalHeaders: options.internalHeaders,
    });
    const reqHandler = portal?.reqHandler;
    const renderPage = portal?.renderPage;
    if (reqHandler && renderPage && options.cache) {
      return pageCache({
        cache: options.cache,
        render: renderPage,
        fallback: reqHandler,
        maxRenders: options.maxRenders ?? Number.MAX_SAFE_INTEGER,
        patienceMs: options.renderPatienceMs ?? Number.MAX_SAFE_INTEGER,
        retryAfterSeconds: options.retryAfterSeconds ?? 1,
        refusalHeaders: options.refusalHeaders,
        trustProxy: options.trustProxy ?? (() => false),
      });
    }
    if (reqHandler) return reqHandler;
  }
  if (!existsSync(browserDir)) return notBuilt;
  const shell = ['index.csr.html', 'index.html']
    .map((f) => join(browserDir, f))
    .find((f) => existsSync(f));
  const assets = express.static(browserDir, { index: false, maxAge: '1h' });
  return (req: Request, res: Response, next: NextFunction) => {
    assets(req, res, () => {
      if (!shell || (req.method !== 'GET' && req.method !== 'HEAD')) return next();
      res.sendFile(shell);
    });
  };
}
