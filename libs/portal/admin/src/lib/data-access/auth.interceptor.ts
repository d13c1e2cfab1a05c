import { HttpErrorResponse, type HttpInterceptorFn, type HttpRequest } from '@angular/common/http';
import { inject } from '@angular/core';
import { catchError, switchMap, throwError } from 'rxjs';
import { SessionStore, isAuthFlowUrl } from './session.store';

function withBearer<T>(req: HttpRequest<T>, token: string | null): HttpRequest<T> {
  return token ? req.clone({ setHeaders: { Authorization: `Bearer ${token}` } }) : req;
}

/**
 * Adds the bearer token to API calls. On a 401 it refreshes the tokens once and retries the
 * request; when the refresh fails too the session ends (the admin frame then shows the login).
 */
export const adminAuthInterceptor: HttpInterceptorFn = (req, next) => {
  if (!req.url.startsWith('/api/') || isAuthFlowUrl(req.url)) return next(req);
  const session = inject(SessionStore);
  const sentWith = session.accessToken();
  return next(withBearer(req, sentWith)).pipe(
    catchError((error: unknown) => {
      if (!(error instanceof HttpErrorResponse) || error.status !== 401 || !session.signedIn()) {
        return throwError(() => error);
      }
      // Another request may have refreshed while this one was on the wire.
      const current = session.accessToken();
      if (current && current !== sentWith) return next(withBearer(req, current));
      return session.refresh().pipe(
        catchError(() => throwError(() => error)),
        switchMap((fresh) => next(withBearer(req, fresh.accessToken))),
      );
    }),
  );
};
