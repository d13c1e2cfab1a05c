import {
  type ApplicationConfig,
  REQUEST,
  REQUEST_CONTEXT,
  inject,
  mergeApplicationConfig,
} from '@angular/core';
import { provideServerRendering, withRoutes } from '@angular/ssr';
import { HTTP_TRANSFER_CACHE_ORIGIN_MAP, HttpBackend } from '@angular/common/http';
import { API_ORIGIN, INTERNAL_REQUEST_HEADERS } from '@portal/portal/data-access';
import { appConfig } from './app.config';
import { serverRoutes } from './app.routes.server';
import { provideRenderNonce } from './render-nonce.server';
import { LocalFilesBackend } from './local-files.server';
import type { RenderContext } from '../csp-nonce';

/**
 * Where the server reaches the API (and the i18n files) while rendering: what server.ts
 * passes in the render context (the hosting API's loopback address, so the request's Host
 * header is not trusted for it), else the request's origin.
 */
function serverApiOrigin(): string | null {
  const context = inject(REQUEST_CONTEXT, { optional: true }) as { apiOrigin?: unknown } | null;
  if (typeof context?.apiOrigin === 'string' && context.apiOrigin) return context.apiOrigin;
  const request = inject(REQUEST, { optional: true });
  return request ? new URL(request.url).origin : null;
}

/** The headers the hosting process asked its renderer to send with its requests to it. */
function internalRequestHeaders(): Readonly<Record<string, string>> | null {
  const context = inject(REQUEST_CONTEXT, { optional: true }) as RenderContext | null;
  return context?.internalHeaders ?? null;
}

/**
 * The browser requests `<its origin>/api/...`; the server fetched the same data from the
 * internal origin. Mapping one to the other gives both the same transfer-cache keys, so the
 * browser's first render uses what the server fetched instead of asking again.
 */
function transferCacheOriginMap(): Record<string, string> {
  const internal = inject(API_ORIGIN, { optional: true });
  const request = inject(REQUEST, { optional: true });
  if (!internal || !request) return {};
  const internalOrigin = new URL(internal).origin;
  const publicOrigin = new URL(request.url).origin;
  return internalOrigin === publicOrigin ? {} : { [internalOrigin]: publicOrigin };
}

const serverConfig: ApplicationConfig = {
  providers: [
    provideServerRendering(withRoutes(serverRoutes)),
    { provide: API_ORIGIN, useFactory: serverApiOrigin },
    { provide: INTERNAL_REQUEST_HEADERS, useFactory: internalRequestHeaders },
    { provide: HttpBackend, useClass: LocalFilesBackend },
    { provide: HTTP_TRANSFER_CACHE_ORIGIN_MAP, useFactory: transferCacheOriginMap },
    provideRenderNonce(),
  ],
};

export const config = mergeApplicationConfig(appConfig, serverConfig);
