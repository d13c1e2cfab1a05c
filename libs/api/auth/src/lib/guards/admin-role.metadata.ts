/**
 * Reflect metadata key holding the role a route (method or controller) requires, so tests
 * can list every protected route: `Reflect.getMetadata(ADMIN_ROLE_KEY, handler)`.
 */
export const ADMIN_ROLE_KEY = 'portal:admin-role';
