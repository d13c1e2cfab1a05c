export {
  ROLES,
  PERMISSIONS,
  PERMISSION_NAMES,
  isRole,
  isPermission,
  can,
  rolesWith,
  permissionsMarkdown,
} from './lib/permissions';
export type { Role, Permission } from './lib/permissions';
