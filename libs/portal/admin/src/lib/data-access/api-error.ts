import { HttpErrorResponse } from '@angular/common/http';

/** An API failure made readable: a translation key for the kind of failure, plus the API's words. */
export interface ReadableError {
  readonly status: number;
  /** `admin.errors.*` key naming what went wrong in the user's language. */
  readonly key: string;
  /** The API's own message (English), shown as detail. */
  readonly message: string;
  readonly details: readonly { readonly path: string; readonly message: string }[];
}

interface ErrorBody {
  message?: unknown;
  details?: unknown;
}

const KEY_BY_STATUS: Readonly<Record<number, string>> = {
  0: 'admin.errors.network',
  400: 'admin.errors.invalid',
  401: 'admin.errors.unauthorized',
  403: 'admin.errors.forbidden',
  404: 'admin.errors.notFound',
  409: 'admin.errors.conflict',
  413: 'admin.errors.tooLarge',
  415: 'admin.errors.unsupported',
  429: 'admin.errors.tooMany',
};

export function readableError(error: unknown): ReadableError {
  if (!(error instanceof HttpErrorResponse)) {
    return {
      status: -1,
      key: 'admin.errors.unexpected',
      message: error instanceof Error ? error.message : '',
      details: [],
    };
  }
  const body = (typeof error.error === 'object' && error.error ? error.error : {}) as ErrorBody;
  const details = Array.isArray(body.details)
    ? body.details.filter(
        (d): d is { path: string; message: string } =>
          !!d && typeof d.path === 'string' && typeof d.message === 'string',
      )
    : [];
  const key =
    KEY_BY_STATUS[error.status] ??
    (error.status >= 500 ? 'admin.errors.server' : 'admin.errors.unexpected');
  return {
    status: error.status,
    key,
    message: typeof body.message === 'string' ? body.message : '',
    details,
  };
}
