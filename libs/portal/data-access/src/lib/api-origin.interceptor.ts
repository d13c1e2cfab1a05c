import { InjectionToken, inject } from '@angular/core';
import type { HttpInterceptorFn } from '@angular/common/http';

/**
 * Origin that relative URLs (`/api/...`, `/i18n/...`) are resolved against. Provided only
 * on the server, where there is no page location to resolve them; the browser keeps them
 * relative. The HTTP transfer cache runs before this interceptor, so its keys stay
 * relative and the browser reuses what the server fetched.
 */
export const API_ORIGIN = new InjectionToken<string | null>('API_ORIGIN');

export const apiOriginInterceptor: HttpInterceptorFn = (req, next) => {
  const origin = inject(API_ORIGIN, { optional: true });
  if (!origin || !req.url.startsWith('/') || req.url.startsWith('//')) return next(req);
  return next(req.clone({ url: origin.replace(/\/$/, '') + req.url }));
};
