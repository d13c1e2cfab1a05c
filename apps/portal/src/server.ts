import {
  AngularNodeAppEngine,
  createNodeRequestHandler,
  isMainModule,
  writeResponseToNodeResponse,
} from '@angular/ssr/node';
import express from 'express';
import { dirname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const serverDistFolder = dirname(fileURLToPath(import.meta.url));
const browserDistFolder = resolve(serverDistFolder, '../browser');

const app = express();
// The portal answers on whatever host name the API is reached by (load balancer, IP,
// localhost), so the host check is opened unless NG_ALLOWED_HOSTS narrows it.
const angularApp = new AngularNodeAppEngine(
  process.env['NG_ALLOWED_HOSTS'] ? undefined : { allowedHosts: ['*'] },
);

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

app.use((req, res, next) => {
  angularApp
    .handle(req)
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
