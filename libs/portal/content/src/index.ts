export { CONTENT_ROUTES, NOT_FOUND_ROUTE } from './lib/content.routes';
