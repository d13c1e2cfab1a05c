import type { INestApplication } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import compression from 'compression';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { json, type NextFunction, type Request, type Response } from 'express';
import { Logger } from 'nestjs-pino';
import {
  eventLoopGate,
  inFlightLimit,
  publicResponseCache,
  ResponseCache,
  RouteRateLimits,
  serverConfig,
  sortedQueryKey,
} from '@portal/api/common';
import { PUBLIC_CONTENT_CHANNEL } from '@portal/api/content';
import { DatabaseNotifications } from '@portal/api/database';
import { SEARCH_INDEX_CHANNEL, SEARCH_RESULT_TTL_MS } from '@portal/api/search';
import { contentSecurityPolicy, refusalSecurityHeaders } from './content-security-policy';
import { cacheFront, type LimitedReads } from './cache-front';
import type { TrustProxy } from './page-cache';
import { createPortalHandler } from './portal-handler';
import { RenderKey } from './render-key';
import { listenForRenderer } from './render-listener';
import { API_VERSION as version } from './version';

/** Largest JSON (or form) body of every route but the document upload. */
export const JSON_BODY_LIMIT = '100kb';
/** A 20 MB document as a JSON string, with room for escaping and the other fields. */
const DOCUMENT_UPLOAD_JSON_LIMIT = '21mb';
const DOCUMENT_UPLOAD_PATH = /^\/api\/admin\/documents\/?$/;
/**
 * An editorial item with six long translations (each body up to 200,000 characters, two
 * bytes a letter in Cyrillic) as staff save it; only admin routes, which need a token.
 */
const ADMIN_JSON_LIMIT = '3mb';
const ADMIN_PATH = /^\/api\/admin\//;

/** Answered whatever the load: a balancer must still be able to ask. */
const HEALTH_PATHS = [/^\/api\/health(\/|$)/];
/** What a client that got a 503 for overload should wait before asking again. */
const OVERLOAD_RETRY_AFTER_SECONDS = 2;
/**
 * Pages rendered at once. A render is mostly CPU (tens of ms on a free core): a few per
 * core keep the cores busy, more only make each one later.
 */
const MAX_CONCURRENT_RENDERS = 8;
/**
 * A render takes 50-500 ms; one that takes longer than this runs on a saturated process,
 * and its visitors are better told to come back (503, Retry-After) than kept waiting until
 * they give up. Below the 10 s after which load tools and many proxies count a timeout.
 */
const RENDER_PATIENCE_MS = 5000;
/** Public API reads every visitor gets the same answer to (content and reference data). */
const PUBLIC_READS = [
  /^\/api\/(navigation|countries|institutions|field-operations|programmes|pages)(\/|$)/,
];
/** Searches and suggestions: public reads too, but each counted against its per-client limit. */
const SEARCH_READS = { search: /^\/api\/search\/?$/, suggest: /^\/api\/search\/suggest\/?$/ };
/**
 * Stored searches, apart from the pages: a few hundred answers of 5-20 KB (with their
 * gzipped copies), as many as the search service keeps results.
 */
const SEARCH_CACHE_BYTES = 8 * 1024 * 1024;
/** The portal's files (scripts, translations, icons): cheap, and fetched by renders too. */
const STATIC_FILES = [/^\/i18n\//, /\.[a-z0-9]{2,5}$/i];
/** Staff-only paths, pages and API: no cache may keep their answers. */
const PRIVATE_PATHS = [/^\/api\/(admin|auth)(\/|$)/, /^\/admin(\/|$)/];

export interface ConfigureOptions {
  /** Built portal (`dist/apps/portal`); omitted in API-only tests. */
  readonly portalDist?: string;
}

/** Everything main.ts and the end-to-end tests share, so tests run the real stack. */
export async function configureApp(
  nest: INestApplication,
  options: ConfigureOptions = {},
): Promise<void> {
  const app = nest as NestExpressApplication;
  app.useLogger(app.get(Logger));
  // Crawlers look for the sitemap at the root, not under /api.
  app.setGlobalPrefix('api', { exclude: ['sitemap.xml'] });
  const server = app.get<ConfigType<typeof serverConfig>>(serverConfig.KEY);
  // Rate-limit keys and audit IPs use the address Express derives from this: only the
  // configured proxies (TRUST_PROXY) may name the client in X-Forwarded-For.
  app.set('trust proxy', server.trustProxy);
  app.disable('x-powered-by');
  const trustProxy = app.getHttpAdapter().getInstance().get('trust proxy fn') as TrustProxy;
  const refusalHeaders = refusalSecurityHeaders();
  const renderKey = new RenderKey();
  const cache = new ResponseCache(server.publicCacheBytes);
  // Index changes too: a country page lists the documents search finds for the country,
  // and a document's page shows it; neither upload nor delete is a content change.
  for (const channel of [PUBLIC_CONTENT_CHANNEL, SEARCH_INDEX_CHANNEL]) {
    app.get(DatabaseNotifications).on(channel, () => cache.invalidate());
  }
  const searches = searchCache(app);
  // Stored pages and public reads are answered before Express: most public traffic then
  // costs one Map lookup and one write.
  const front = cacheFront({
    cache,
    publicReads: PUBLIC_READS,
    limitedReads: searches,
    trustProxy,
  });
  const httpServer = app.getHttpServer() as Server;
  const handlers = httpServer.listeners('request') as ((...args: unknown[]) => void)[];
  httpServer.removeAllListeners('request');
  httpServer.on('request', (req: IncomingMessage, res: ServerResponse) =>
    front(req, res, () => {
      for (const handle of handlers) handle(req, res);
    }),
  );
  // First of all, so that refusing costs nothing: no body is read, nothing is logged.
  app.use(
    inFlightLimit({
      max: server.maxInFlight,
      exempt: HEALTH_PATHS,
      admitted: renderKey.shownBy,
      retryAfterSeconds: OVERLOAD_RETRY_AFTER_SECONDS,
      headers: refusalHeaders,
    }),
  );
  // Documents up to 20 MB may arrive as JSON on their upload route, long pages on the admin
  // routes. Every other body is a small form, so a 100 KB cap keeps a large body from costing parse time and memory
  // before any DTO could refuse it. The first parser to read a body marks it read, so
  // the general one then leaves an upload alone.
  const documentJson = json({ limit: DOCUMENT_UPLOAD_JSON_LIMIT });
  const adminJson = json({ limit: ADMIN_JSON_LIMIT });
  app.use((req: Request, res: Response, next: NextFunction) =>
    req.method === 'POST' && DOCUMENT_UPLOAD_PATH.test(req.path)
      ? documentJson(req, res, next)
      : ADMIN_PATH.test(req.path)
        ? adminJson(req, res, next)
        : next(),
  );
  app.useBodyParser('json', { limit: JSON_BODY_LIMIT });
  app.useBodyParser('urlencoded', { limit: JSON_BODY_LIMIT, extended: false });
  // Pages, scripts and JSON travel gzipped; the assistant's event stream must reach the
  // visitor token by token, so it is never buffered for compression.
  app.use(
    compression({
      filter: (req: Request, res: Response) =>
        !req.path.endsWith('/assistant/stream') && compression.filter(req, res),
    }),
  );
  app.use(...contentSecurityPolicy());
  // After compression, so answers are stored uncompressed (and gzipped once by the cache);
  // after the security headers, so a stored answer keeps them and the policy naming its nonce.
  app.use(publicResponseCache({ cache, publicReads: PUBLIC_READS, privatePaths: PRIVATE_PATHS }));
  app.use(
    publicResponseCache({
      cache: searches.cache,
      publicReads: Object.values(SEARCH_READS),
      privatePaths: PRIVATE_PATHS,
      key: sortedQueryKey,
      storeOnly: true,
    }),
  );
  // Opt-in (OVERLOAD_LOOP_DELAY_MS, e.g. 500: above one render or search on a busy machine, far
  // below a client's patience): the embedded database runs on the event loop, so one upload or
  // migration holds it for seconds and would have the next ordinary request refused.
  if (server.maxLoopDelayMs > 0)
    app.use(
      eventLoopGate({
        maxDelayMs: server.maxLoopDelayMs,
        // Reads and files the renderer fetches from this server while it renders: refusing
        // them would turn a render already admitted into an error page.
        exempt: [...HEALTH_PATHS, ...PUBLIC_READS, ...STATIC_FILES],
        admitted: renderKey.shownBy,
        retryAfterSeconds: OVERLOAD_RETRY_AFTER_SECONDS,
        headers: refusalHeaders,
      }),
    );
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('OSCE Policing Portal API')
      .setDescription('Public content, search, assistant and the admin area of the portal.')
      .setVersion(version)
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });

  if (options.portalDist) {
    const portal = await createPortalHandler(options.portalDist, {
      allowedHosts: server.allowedHosts,
      apiOrigin: await listenForRenderer(httpServer),
      internalHeaders: renderKey.headers,
      cache,
      maxRenders: MAX_CONCURRENT_RENDERS,
      renderPatienceMs: RENDER_PATIENCE_MS,
      retryAfterSeconds: OVERLOAD_RETRY_AFTER_SECONDS,
      refusalHeaders,
      trustProxy,
    });
    app.use((req: { path: string }, res: unknown, next: () => void) =>
      req.path === '/api' || req.path.startsWith('/api/') || req.path === '/sitemap.xml'
        ? next()
        : (portal as (a: unknown, b: unknown, c: () => void) => void)(req, res, next),
    );
  }
}

/**
 * Searches answered from memory by the cache front, counted by the routes' own limits.
 * Emptied whenever the index changes (here as the change commits, on other instances
 * through NOTIFY) and as often as the search service's results age.
 */
function searchCache(app: INestApplication): LimitedReads {
  const cache = new ResponseCache(SEARCH_CACHE_BYTES);
  app.get(DatabaseNotifications).on(SEARCH_INDEX_CHANNEL, () => cache.invalidate());
  setInterval(() => cache.invalidate(), SEARCH_RESULT_TTL_MS).unref();
  const limits = app.get(RouteRateLimits);
  return {
    cache,
    routeOf: (path) =>
      SEARCH_READS.search.test(path)
        ? 'search'
        : SEARCH_READS.suggest.test(path)
          ? 'suggest'
          : undefined,
    admit: (route, ip) => limits.admit(route, ip).catch(() => false),
  };
}
