import {
  ArgumentsHost,
  Catch,
  ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import type { Response } from 'express';
import {
  DomainError,
  DomainErrorKind,
  ErrorDetail,
  ServiceBusyError,
  TooManyRequestsError,
} from '../errors/domain-error';

/** When a 429 carries no time of its own: the shortest fixed window we use. */
const DEFAULT_RETRY_AFTER_SECONDS = 60;

/** Seconds a client should wait, for every 429 and for a 503 that knows when to retry. */
export function retryAfterOf(exception: unknown, statusCode: number): number | undefined {
  if (exception instanceof TooManyRequestsError || exception instanceof ServiceBusyError) {
    return exception.retryAfterSeconds;
  }
  return statusCode === 429 ? DEFAULT_RETRY_AFTER_SECONDS : undefined;
}

const STATUS_OF: Readonly<Record<DomainErrorKind, number>> = {
  invalid: HttpStatus.BAD_REQUEST,
  unauthorized: HttpStatus.UNAUTHORIZED,
  forbidden: HttpStatus.FORBIDDEN,
  'not-found': HttpStatus.NOT_FOUND,
  conflict: HttpStatus.CONFLICT,
  'payload-too-large': HttpStatus.PAYLOAD_TOO_LARGE,
  'unsupported-media-type': HttpStatus.UNSUPPORTED_MEDIA_TYPE,
  unprocessable: HttpStatus.UNPROCESSABLE_ENTITY,
  'too-many-requests': HttpStatus.TOO_MANY_REQUESTS,
  unavailable: HttpStatus.SERVICE_UNAVAILABLE,
};

const REASON: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export interface ApiErrorBody {
  statusCode: number;
  error: string;
  message: string;
  details: ErrorDetail[];
  [extra: string]: unknown;
}

/** Turns every error into the API's one error shape: `{ statusCode, error, message, details }`. */
export function toApiError(exception: unknown): ApiErrorBody {
  if (exception instanceof DomainError) {
    const statusCode = STATUS_OF[exception.kind];
    return {
      ...exception.extra,
      statusCode,
      error: REASON[statusCode] ?? 'Error',
      message: exception.message,
      details: [...exception.details],
    };
  }
  if (exception instanceof HttpException) {
    const statusCode = exception.getStatus();
    const response = exception.getResponse();
    const raw =
      typeof response === 'string' ? response : (response as { message?: unknown }).message;
    const message = Array.isArray(raw) ? raw.join('; ') : String(raw ?? exception.message);
    return { statusCode, error: REASON[statusCode] ?? 'Error', message, details: [] };
  }
  // Body-parser errors carry a status (e.g. 413 entity too large, 400 bad JSON).
  const status = (exception as { status?: unknown; statusCode?: unknown })?.status;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const limit = (exception as { limit?: unknown }).limit;
    const message =
      status === 413
        ? typeof limit === 'number'
          ? `The request body is too large (at most ${Math.floor(limit / 1024)} KB)`
          : 'The request body is too large'
        : status === 400
          ? 'The request body is not valid JSON'
          : String((exception as Error).message);
    return { statusCode: status, error: REASON[status] ?? 'Error', message, details: [] };
  }
  return {
    statusCode: 500,
    error: REASON[500],
    message: 'Something went wrong on our side',
    details: [],
  };
}

@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    // Work aborted because its client left (a page render follows its request's signal):
    // nobody is owed an answer and nothing went wrong here. Past saturation clients give up
    // by the hundred, and logging each abort as a server error with its stack cost the
    // saturated process more than the aborted work and buried the real errors.
    if (isAbortError(exception) && response.destroyed) return;
    const body = toApiError(exception);
    if (body.statusCode >= 500) {
      this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    }
    const retryAfter = retryAfterOf(exception, body.statusCode);
    if (retryAfter !== undefined && !response.headersSent) {
      response.setHeader('Retry-After', String(retryAfter));
    }
    if (response.headersSent) {
      response.end();
      return;
    }
    response.status(body.statusCode).json(body);
  }
}

function isAbortError(e: unknown): boolean {
  return e instanceof Error && e.name === 'AbortError';
}
