import {
  AngularNodeAppEngine,
  createNodeRequestHandler,
  isMainModule,
  writeResponseToNodeResponse,
} from '@angular/ssr/node';
import express from 'express';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type RenderContext, responseNonce } from './csp-nonce';
import { withEntryAfterPaint } from './entry-after-paint';
import { prefixlessTarget } from './prefixless-redirect';

const serverDistFolder = dirname(fileURLToPath(import.meta.url));
const browserDistFolder = resolve(serverDistFolder, '../browser');

/** What the process that hosts the portal tells it. */
export interface PortalServerOptions {
  /**
   * Host names pages are rendered for; Angular answers others with a 400. Rendered pages
   * take their origin from the Host header (canonical links, transfer-cache keys, and the
   * data origin when PORT is unset), so any host would let a request point the renderer or
   * a cache at another server (SSRF).
   */
  readonly allowedHosts: readonly string[];
  /**
   * Where pages fetch the API's data while they render: the hosting API's loopback address,
   * so the request's Host header is not trusted for it. Without it, the request's origin.
   */
  readonly apiOrigin?: string;
  /** Headers sent with the renderer's requests to `apiOrigin` (the host's render key). */
  readonly internalHeaders?: Readonly<Record<string, string>>;
}

export interface PortalServer {
  /** Static files, the prefixless redirect and rendered pages, as one Express handler. */
  readonly reqHandler: express.Express;
  /**
   * One page as a web Response (null when no route matches), its inline scripts signed with
   * `cspNonce`. The API calls this directly for the pages it keeps rendered in memory.
   */
  readonly renderPage: (req: express.Request, cspNonce: string) => Promise<Response | null>;
}

/** The portal's server; the API makes its own from its validated configuration. */
export function createPortalServer(options: PortalServerOptions): PortalServer {
  const app = express();
  const angularApp = new AngularNodeAppEngine({ allowedHosts: [...options.allowedHosts] });
  app.use(
    express.static(browserDistFolder, {
      maxAge: '1y',
      index: false,
      redirect: false,
      setHeaders: (res, path) => {
        // Hashed bundles are immutable; translations and icons keep their names across
        // releases, so they get a short lifetime (not no-cache: Angular's transfer cache
        // skips no-cache responses, and the browser would fetch the translations again).
        if (path.includes(`${sep}i18n${sep}`) || path.endsWith('favicon.ico')) {
          res.setHeader('Cache-Control', 'public, max-age=300');
        }
      },
    }),
  );

  // A missing file or API path must not reach the renderer: rendering it would fetch the
  // same URL again from this server, without end.
  app.use((req, res, next) => {
    if (/^\/(api|i18n)(\/|$)/.test(req.path) || /\.[a-z0-9]{2,5}$/i.test(req.path)) {
      res.status(404).type('text/plain').send('Not found');
      return;
    }
    next();
  });

  // `/policing` is a link or a typed address without its language: send it, for good, where
  // `/` would send this visitor. Vary, so a cache never sends a German reader to French.
  app.use((req, res, next) => {
    const target = prefixlessTarget(req.originalUrl, req.headers['accept-language']);
    if (!target) return next();
    res.setHeader('Vary', 'Accept-Language');
    res.redirect(301, target);
  });

  const translations = translationFiles(browserDistFolder, options.apiOrigin);

  async function renderPage(req: express.Request, cspNonce: string): Promise<Response | null> {
    const context: RenderContext = {
      cspNonce,
      apiOrigin: options.apiOrigin,
      internalHeaders: options.internalHeaders,
      localFile: translations,
    };
    const response = await angularApp.handle(req, context);
    return response ? withEntryAfterPaint(response, cspNonce) : null;
  }

  app.use((req, res, next) => {
    renderPage(req, responseNonce(res))
      .then((response) => (response ? writeResponseToNodeResponse(response, res) : next()))
      .catch(next);
  });

  return { reqHandler: app, renderPage };
}

/**
 * The translation files by the URL the renderer fetches them at (`<apiOrigin>/i18n/en.json`),
 * read from the build once: the renderer reads them from memory instead of from this host.
 */
function translationFiles(
  browserDir: string,
  apiOrigin: string | undefined,
): (url: string) => string | undefined {
  const files = new Map<string, string | undefined>();
  const origin = apiOrigin ? new URL(apiOrigin).origin : undefined;
  return (url) => {
    if (!origin) return undefined;
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      return undefined;
    }
    const name = /^\/i18n\/([a-z]{2})\.json$/.exec(target.pathname)?.[1];
    if (!name || target.origin !== origin || target.search) return undefined;
    if (!files.has(name)) {
      const file = join(browserDir, 'i18n', `${name}.json`);
      files.set(name, existsSync(file) ? readFileSync(file, 'utf8') : undefined);
    }
    return files.get(name);
  };
}

// On its own (`node server.mjs`, `nx serve portal`, the Angular CLI dev server and build)
// the portal answers on this machine's names only, or on Angular's NG_ALLOWED_HOSTS, and
// reaches the API at PORTAL_API_ORIGIN when the API runs elsewhere.
const standaloneApiPort = process.env['PORT'];
const standalone = createPortalServer({
  allowedHosts: (process.env['NG_ALLOWED_HOSTS'] || 'localhost,127.0.0.1,[::1]')
    .split(',')
    .map((host) => host.trim())
    .filter((host) => host !== ''),
  apiOrigin:
    process.env['PORTAL_API_ORIGIN'] ||
    (standaloneApiPort ? `http://127.0.0.1:${standaloneApiPort}` : undefined),
});

// Standalone use only (`node dist/apps/portal/server/server.mjs`); the API makes its own
// server with createPortalServer and must not get a second listener.
if (isMainModule(import.meta.url) || process.env['pm_id']) {
  const port = process.env['PORT'] || 4000;
  standalone.reqHandler.listen(port, () => {
    console.log(`Portal listening on http://localhost:${port}`);
  });
}

/** Request handler for the Angular CLI dev server and the build. */
export const reqHandler = createNodeRequestHandler(standalone.reqHandler);
