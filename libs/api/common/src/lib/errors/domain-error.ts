/**
 * Errors that services throw. They say what went wrong in the domain's terms; the one
 * global exception filter turns them into HTTP answers, so services never know HTTP.
 */
export type DomainErrorKind =
  | 'invalid'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'payload-too-large'
  | 'unsupported-media-type'
  | 'unprocessable'
  | 'too-many-requests'
  | 'unavailable';

export interface ErrorDetail {
  /** Dotted path of the offending field, e.g. `translations.it.title`. */
  readonly path: string;
  readonly message: string;
}

export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    message: string,
    readonly details: readonly ErrorDetail[] = [],
    /** Extra fields merged into the error body, e.g. `currentVersion` on a conflict. */
    readonly extra: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export class InvalidInputError extends DomainError {
  constructor(message: string, details: readonly ErrorDetail[] = []) {
    super('invalid', message, details);
  }

  static field(path: string, message: string): InvalidInputError {
    return new InvalidInputError(`${path}: ${message}`, [{ path, message }]);
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string) {
    super('not-found', `${what} was not found`);
  }
}

export class ConflictError extends DomainError {
  constructor(
    message: string,
    extra: Readonly<Record<string, unknown>> = {},
    details: readonly ErrorDetail[] = [],
  ) {
    super('conflict', message, details, extra);
  }
}

export class UnauthorizedError extends DomainError {
  constructor(message = 'Authentication required') {
    super('unauthorized', message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'Your role does not allow this') {
    super('forbidden', message);
  }
}

export class TooManyRequestsError extends DomainError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super('too-many-requests', message, [], { retryAfter: retryAfterSeconds });
  }
}

/** The server is saturated for a moment (e.g. every password-hashing slot is busy). */
export class ServiceBusyError extends DomainError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super('unavailable', message, [], { retryAfter: retryAfterSeconds });
  }
}
