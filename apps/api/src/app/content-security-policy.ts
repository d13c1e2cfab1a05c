import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';

/**
 * Where the portal's renderer finds this response's nonce (`res.locals`). The renderer
 * puts it on the scripts it writes (Angular's event-replay contract, the deferred loader),
 * and the policy allows only scripts carrying it.
 */
export const CSP_NONCE_LOCAL = 'cspNonce';

function nonceOf(res: ServerResponse): string {
  return String((res as Response).locals[CSP_NONCE_LOCAL]);
}

/**
 * A fresh nonce for every response, then Helmet's headers with a Content-Security-Policy
 * whose scripts are the site's own files and the inline scripts the renderer signed: an
 * inline script or event handler that reached a page any other way (stored HTML that got
 * past the sanitizers) does not run. Styles stay `'unsafe-inline'`: Angular writes
 * component styles inline, and a nonce there would make browsers ignore the exception.
 */
export function contentSecurityPolicy(): RequestHandler[] {
  const nonce: RequestHandler = (_req: Request, res: Response, next: NextFunction) => {
    res.locals[CSP_NONCE_LOCAL] = randomBytes(16).toString('base64');
    next();
  };
  const headers = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: [
          "'self'",
          (_req: IncomingMessage, res: ServerResponse) => `'nonce-${nonceOf(res)}'`,
        ],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  return [nonce, headers];
}

/**
 * Helmet's headers for an answer sent before any middleware has run (a 503 refusal), with
 * a policy that allows nothing, since such an answer is never a page. Computed once: they
 * are the same for every answer.
 */
export function refusalSecurityHeaders(): Record<string, string> {
  const headers: Record<string, string> = {};
  const collector = {
    setHeader: (name: string, value: unknown) => {
      headers[name.toLowerCase()] = String(value);
    },
    removeHeader: () => undefined,
    getHeader: () => undefined,
  };
  helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
    },
    crossOriginEmbedderPolicy: false,
  })(collector as unknown as IncomingMessage, collector as unknown as ServerResponse, () => {
    // Helmet calls next synchronously once every header is set.
  });
  return headers;
}
