import { InjectionToken, inject } from '@angular/core';
import type { HttpInterceptorFn } from '@angular/common/http';

/**
 * Origin that relative URLs (`/api/...`, `/i18n/...`) are resolved against: on the server
 * the internal address of the API (there is no page location there), in the browser the
 * page's own origin. The transfer cache keys on the resulting absolute URL; the server
 * maps its internal origin to the public one (HTTP_TRANSFER_CACHE_ORIGIN_MAP).
 */
export const API_ORIGIN = new InjectionToken<string | null>('API_ORIGIN');

/**
 * Headers the server's renderer sends with its requests to API_ORIGIN: the hosting
 * process's render key, which spares a page being rendered from that process's overload
 * refusals. Provided on the server only; the browser never sees them.
 */
export const INTERNAL_REQUEST_HEADERS = new InjectionToken<Readonly<Record<string, string>> | null>(
  'INTERNAL_REQUEST_HEADERS',
);

export const apiOriginInterceptor: HttpInterceptorFn = (req, next) => {
  const origin = inject(API_ORIGIN, { optional: true });
  if (!origin || !req.url.startsWith('/') || req.url.startsWith('//')) return next(req);
  const headers = inject(INTERNAL_REQUEST_HEADERS, { optional: true }) ?? undefined;
  return next(req.clone({ url: origin.replace(/\/$/, '') + req.url, setHeaders: headers }));
};
