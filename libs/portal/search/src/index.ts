import type { Routes } from '@angular/router';
import { PortalSearch } from './lib/portal-search/portal-search';

export * from './lib/portal-search/portal-search';

// Placeholder until the search page lands: the portal app lazy-loads these routes.
export const SEARCH_ROUTES: Routes = [{ path: '', component: PortalSearch }];
