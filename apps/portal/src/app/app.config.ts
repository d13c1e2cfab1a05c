import {
  type ApplicationConfig,
  DOCUMENT,
  inject,
  provideBrowserGlobalErrorListeners,
} from '@angular/core';
import { provideHttpClient, withFetch, withInterceptors } from '@angular/common/http';
import {
  provideRouter,
  withComponentInputBinding,
  withInMemoryScrolling,
  withRouterConfig,
} from '@angular/router';
import {
  provideClientHydration,
  withEventReplay,
  withIncrementalHydration,
} from '@angular/platform-browser';
import { provideTranslateService } from '@ngx-translate/core';
import { provideTranslateHttpLoader } from '@ngx-translate/http-loader';
import { API_ORIGIN, apiOriginInterceptor } from '@portal/portal/data-access';
import { appRoutes } from './app.routes';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    // Hydration brings the HTTP transfer cache: what the server fetched (API data and the
    // locale's translations) is not fetched again by the browser. Incremental: parts below
    // the first screen (`@defer (hydrate on ...)`) hydrate when needed, each in a task of its
    // own, instead of in the one long task that starts the app.
    provideClientHydration(withEventReplay(), withIncrementalHydration()),
    provideHttpClient(withFetch(), withInterceptors([apiOriginInterceptor])),
    // Absolute same-origin URLs in the browser too, so that its transfer-cache keys equal
    // the server's (see app.config.server.ts).
    { provide: API_ORIGIN, useFactory: () => inject(DOCUMENT).location.origin },
    provideRouter(
      appRoutes,
      withComponentInputBinding(),
      withRouterConfig({ paramsInheritanceStrategy: 'always' }),
      withInMemoryScrolling({ scrollPositionRestoration: 'enabled', anchorScrolling: 'enabled' }),
    ),
    provideTranslateService({
      loader: provideTranslateHttpLoader({ prefix: '/i18n/', suffix: '.json' }),
    }),
  ],
};
