import { RenderMode, type ServerRoute } from '@angular/ssr';

// Every page shows live API data in one of six languages: render on request, never at build.
export const serverRoutes: ServerRoute[] = [
  // The admin area depends on the browser's session storage: rendered in the browser only.
  { path: 'admin/**', renderMode: RenderMode.Client },
  { path: 'admin', renderMode: RenderMode.Client },
  { path: '**', renderMode: RenderMode.Server },
];
