import type { ServerResponse } from 'node:http';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { ApiErrorBody } from '../http/api-exception.filter';

export interface OverloadOptions {
  /** Paths answered whatever the load (health checks: a balancer must still see us). */
  readonly exempt: readonly RegExp[];
  /** What the 503 asks the client to wait, in seconds. */
  readonly retryAfterSeconds: number;
  /** Sent with every refusal besides its own headers: the security headers of every answer. */
  readonly headers?: Readonly<Record<string, string>>;
  /**
   * Requests made for work already admitted (the reads of a page this process is rendering):
   * refusing them would turn that work into an error page instead of sparing it.
   */
  readonly admitted?: (req: Request) => boolean;
}

export interface InFlightLimitOptions extends OverloadOptions {
  /** Requests handled at once (MAX_IN_FLIGHT). */
  readonly max: number;
}

export interface EventLoopGateOptions extends OverloadOptions {
  /** Longest the event loop may be held up, in ms, before new work is refused. */
  readonly maxDelayMs: number;
}

/** How often the event loop's delay is sampled. */
const SAMPLE_INTERVAL_MS = 50;

/**
 * The 503 of an overloaded process, in the API's error shape; costs next to nothing. It is
 * sent before any middleware has run, so the security headers come with it (`headers`).
 */
export function refuser(
  retryAfterSeconds: number,
  headers: Readonly<Record<string, string>> = {},
): (res: ServerResponse) => void {
  const body = Buffer.from(
    JSON.stringify({
      statusCode: 503,
      error: 'Service Unavailable',
      message: 'The server is busy; try again shortly.',
      details: [],
      retryAfter: retryAfterSeconds,
    } satisfies ApiErrorBody),
  );
  return (res) => {
    res.writeHead(503, {
      ...headers,
      'Retry-After': String(retryAfterSeconds),
      'Cache-Control': 'no-store',
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': body.length,
    });
    res.end(body);
  };
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
  const refuse = refuser(options.retryAfterSeconds, options.headers);
  return (req: Request, res: Response, next: NextFunction) => {
    if (options.exempt.some((p) => p.test(req.path)) || options.admitted?.(req)) return next();
    if (inFlight >= options.max) return refuse(res);
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

/**
 * The same refusal while the event loop is behind by more than `maxDelayMs`. The embedded
 * database runs on this thread and answers within the turn that asked, so its queries hold
 * the loop rather than wait beside it: requests then queue in the kernel, where no count
 * sees them, and one turn of reading requests can run through many of them back to back.
 * So the delay is read live (no timer turn for that long), besides the last turn's.
 *
 * Placed after the in-memory caches: an answer from memory costs about what a refusal
 * does, so only requests that need real work are turned away.
 */
export function eventLoopGate(options: EventLoopGateOptions): RequestHandler {
  let last = performance.now();
  let lastDelay = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    lastDelay = now - last - SAMPLE_INTERVAL_MS;
    last = now;
  }, SAMPLE_INTERVAL_MS);
  timer.unref();
  const behind = () =>
    lastDelay > options.maxDelayMs ||
    performance.now() - last - SAMPLE_INTERVAL_MS > options.maxDelayMs;
  const refuse = refuser(options.retryAfterSeconds, options.headers);
  return (req: Request, res: Response, next: NextFunction) => {
    if (options.exempt.some((p) => p.test(req.path)) || options.admitted?.(req) || !behind())
      return next();
    refuse(res);
  };
}
