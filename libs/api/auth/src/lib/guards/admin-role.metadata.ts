/**
 * Reflect metadata key holding the permission a route (method or controller) requires, so
 * tests can list every protected route: `Reflect.getMetadata(ADMIN_PERMISSION_KEY, handler)`.
 */
export const ADMIN_PERMISSION_KEY = 'portal:admin-permission';
