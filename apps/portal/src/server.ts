import {
  AngularNodeAppEngine,
  createNodeRequestHandler,
  isMainModule,
  writeResponseToNodeResponse,
} from '@angular/ssr/node';
import express from 'express';
import { dirname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type RenderContext, responseNonce } from './csp-nonce';
import { withEntryAfterPaint } from './entry-after-paint';
import { prefixlessTarget } from './prefixless-redirect';

const serverDistFolder = dirname(fileURLToPath(import.meta.url));
const browserDistFolder = resolve(serverDistFolder, '../browser');

const app = express();
// Rendered pages take their origin from the Host header (canonical links, transfer-cache
// keys, and the data origin when PORT is unset), so any host would let a request point the
// renderer or a cache at another server (SSRF); Angular answers hosts outside this list with
// a 400. The API sets NG_ALLOWED_HOSTS from its validated ALLOWED_HOSTS; on its own
// (`node server.mjs`, `nx serve portal`) the portal answers on this machine's names only.
const allowedHosts = (process.env['NG_ALLOWED_HOSTS'] || 'localhost,127.0.0.1,[::1]')
  .split(',')
  .map((host) => host.trim())
  .filter((host) => host !== '');
const angularApp = new AngularNodeAppEngine({ allowedHosts });

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

/**
 * One page as a web Response (null when no route matches), its inline scripts signed with
 * `cspNonce`. The API calls this directly for the pages it keeps rendered in memory.
 */
export async function renderPage(req: express.Request, cspNonce: string): Promise<Response | null> {
  const response = await angularApp.handle(req, { cspNonce } satisfies RenderContext);
  return response ? withEntryAfterPaint(response, cspNonce) : null;
}

app.use((req, res, next) => {
  renderPage(req, responseNonce(res))
    .then((response) => (response ? writeResponseToNodeResponse(response, res) : next()))
    .catch(next);
});

// Standalone use only (`node dist/apps/portal/server/server.mjs`); the API imports
// `reqHandler` and must not get a second listener.
if (isMainModule(import.meta.url) || process.env['pm_id']) {
  const port = process.env['PORT'] || 4000;
  app.listen(port, () => {
    console.log(`Portal listening on http://localhost:${port}`);
  });
}

/** Request handler for the API app, the Angular CLI dev server and the build. */
export const reqHandler = createNodeRequestHandler(app);
