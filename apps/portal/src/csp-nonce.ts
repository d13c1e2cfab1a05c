import { randomBytes } from 'node:crypto';
import type { Response } from 'express';

/** What the server passes to each render (Angular's REQUEST_CONTEXT). */
export interface RenderContext {
  /** Put on every inline script the page carries; the Content-Security-Policy names it. */
  readonly cspNonce: string;
  /** Where the renderer fetches the API (and the i18n files); the request's origin if absent. */
  readonly apiOrigin?: string;
  /** Sent with the renderer's requests to `apiOrigin`. */
  readonly internalHeaders?: Readonly<Record<string, string>>;
  /** A built file by the URL the renderer would fetch it at (see LocalFilesBackend). */
  readonly localFile?: (url: string) => string | undefined;
}

/**
 * The nonce of this response's Content-Security-Policy. The API that hosts the renderer
 * chose it when it set the header (`res.locals.cspNonce`); served on its own (`nx serve`),
 * the portal sends no policy, and a fresh nonce changes nothing.
 */
export function responseNonce(res: Response): string {
  const chosen: unknown = res.locals?.['cspNonce'];
  return typeof chosen === 'string' && chosen ? chosen : randomBytes(16).toString('base64');
}
