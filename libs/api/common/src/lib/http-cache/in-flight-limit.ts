import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { ApiErrorBody } from '../http/api-exception.filter';

export interface InFlightLimitOptions {
  /** Requests handled at once (MAX_IN_FLIGHT). */
  readonly max: number;
  /** Paths answered whatever the load (health checks: a balancer must still see us). */
  readonly exempt: readonly RegExp[];
  /** What the 503 asks the client to wait, in seconds. */
  readonly retryAfterSeconds: number;
}

/**
 * Refuses work the process cannot start soon instead of queueing it. Past `max` requests
 * in flight, a new one gets a 503 with Retry-After at once: a queue would only make every
 * answer late (and clients time out and retry, adding load), while a quick refusal lets a
 * balancer or the client go elsewhere or come back. A request counts from its arrival
 * until its answer is sent or its connection closes.
 */
export function inFlightLimit(options: InFlightLimitOptions): RequestHandler {
  let inFlight = 0;
  const refusal = Buffer.from(
    JSON.stringify({
      statusCode: 503,
      error: 'Service Unavailable',
      message: 'The server is busy; try again shortly.',
      details: [],
      retryAfter: options.retryAfterSeconds,
    } satisfies ApiErrorBody),
  );
  return (req: Request, res: Response, next: NextFunction) => {
    if (options.exempt.some((p) => p.test(req.path))) return next();
    if (inFlight >= options.max) {
      res.writeHead(503, {
        'Retry-After': String(options.retryAfterSeconds),
        'Cache-Control': 'no-store',
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Length': refusal.length,
      });
      res.end(refusal);
      return;
    }
    inFlight += 1;
    let counted = true;
    const release = () => {
      if (!counted) return;
      counted = false;
      inFlight -= 1;
    };
    res.once('finish', release);
    res.once('close', release);
    next();
  };
}
