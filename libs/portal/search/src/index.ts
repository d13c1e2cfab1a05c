export { SEARCH_ROUTES } from './lib/search.routes';
export { SearchPageComponent } from './lib/search-page.component';
