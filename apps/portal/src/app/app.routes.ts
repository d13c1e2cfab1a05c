import type { Routes } from '@angular/router';
import { CONTENT_ROUTES, NOT_FOUND_ROUTE } from '@portal/portal/content';
import {
  ShellComponent,
  localeActivate,
  localeMatch,
  preferredLocaleRedirect,
} from '@portal/portal/shell';

export const appRoutes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: () => preferredLocaleRedirect() },
  { path: 'admin', loadChildren: () => import('@portal/portal/admin').then((m) => m.ADMIN_ROUTES) },
  {
    path: ':lang',
    canMatch: [localeMatch],
    canActivate: [localeActivate],
    component: ShellComponent,
    children: [
      ...CONTENT_ROUTES,
      {
        path: 'search',
        loadChildren: () => import('@portal/portal/search').then((m) => m.SEARCH_ROUTES),
      },
      NOT_FOUND_ROUTE,
    ],
  },
  // Not one of the six locales: the 404 page, in English.
  {
    path: '**',
    canActivate: [localeActivate],
    component: ShellComponent,
    children: [NOT_FOUND_ROUTE],
  },
];
