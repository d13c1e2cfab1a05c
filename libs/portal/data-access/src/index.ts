export { PortalApi } from './lib/portal-api.service';
export type { ProgrammeFilter } from './lib/portal-api.service';
export { LocaleStore } from './lib/locale.store';
export { NavigationStore } from './lib/navigation.store';
export { PageMeta } from './lib/page-meta.service';
export {
  API_ORIGIN,
  INTERNAL_REQUEST_HEADERS,
  apiOriginInterceptor,
} from './lib/api-origin.interceptor';
export { listItems } from './lib/list-items';
export { apiResource } from './lib/api-resource';
export type { ApiResource } from './lib/api-resource';
export { InAppNavigation } from './lib/in-app-navigation';
