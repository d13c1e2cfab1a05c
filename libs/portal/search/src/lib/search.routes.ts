import type { Routes } from '@angular/router';
import { SearchPageComponent } from './search-page.component';

/** Lazy-loaded by the portal at /:lang/search. */
export const SEARCH_ROUTES: Routes = [{ path: '', component: SearchPageComponent }];
