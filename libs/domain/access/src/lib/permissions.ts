/**
 * Who may do what in the admin area. This one table is read by the API guards, the admin
 * menus and buttons, the OpenAPI document (`x-permission`, `x-roles`) and the README, so a
 * change here changes all four at once.
 */

/** Staff roles, least to most trusted. */
export const ROLES = ['contributor', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

interface PermissionRule {
  /** Roles granted the permission. */
  readonly roles: readonly Role[];
  /** What it allows, in the words of the README. */
  readonly allows: string;
}

const EVERYONE: readonly Role[] = ROLES;
const EDITORS: readonly Role[] = ['editor', 'admin'];
const ADMINS: readonly Role[] = ['admin'];

export const PERMISSIONS = {
  'session.own': { roles: EVERYONE, allows: 'Sign in and see the own account' },
  'content.read': {
    roles: EVERYONE,
    allows: 'List and read pages and programmes, drafts included',
  },
  'content.edit': {
    roles: EVERYONE,
    allows: 'Create pages and programmes and edit their drafts',
  },
  'content.submit': {
    roles: EVERYONE,
    allows: 'Submit a translation for review, with a comment, so an editor approves or rejects it',
  },
  'history.own': {
    roles: EVERYONE,
    allows: 'Read the revisions of items one has written in',
  },
  'history.all': { roles: EDITORS, allows: 'Read the revisions of every item' },
  'content.publish': {
    roles: EDITORS,
    allows:
      'Publish, schedule, unpublish and restore revisions; approve or reject translations waiting for review',
  },
  'content.delete': { roles: EDITORS, allows: 'Delete pages and programmes' },
  'documents.read': { roles: EVERYONE, allows: 'List and read uploaded documents' },
  'documents.upload': {
    roles: EVERYONE,
    allows: 'Upload documents (a contributor’s wait for approval before the assistant quotes them)',
  },
  'documents.approve': {
    roles: EDITORS,
    allows: 'Approve uploaded documents, so the assistant may quote them',
  },
  'documents.delete': { roles: EDITORS, allows: 'Delete documents' },
  insights: {
    roles: EDITORS,
    allows: 'Read and handle the questions the assistant could not answer well',
  },
  reference: {
    roles: ADMINS,
    allows: 'Edit reference data: countries, institutions, field operations, leadership',
  },
  audit: { roles: ADMINS, allows: 'Read the whole audit log' },
  users: { roles: ADMINS, allows: 'Manage staff accounts and their roles' },
} as const satisfies Record<string, PermissionRule>;

export type Permission = keyof typeof PERMISSIONS;

export const PERMISSION_NAMES = Object.keys(PERMISSIONS) as Permission[];

export function isPermission(value: unknown): value is Permission {
  return typeof value === 'string' && Object.hasOwn(PERMISSIONS, value);
}

/** Whether `role` holds `permission`; no role (signed out) holds none. */
export function can(role: Role | null | undefined, permission: Permission): boolean {
  return !!role && (PERMISSIONS[permission].roles as readonly Role[]).includes(role);
}

/** The roles holding `permission`, least trusted first. */
export function rolesWith(permission: Permission): readonly Role[] {
  return ROLES.filter((role) => can(role, permission));
}

/**
 * The table as Markdown, one row a permission and one column a role. The README holds
 * exactly this text between its `roles-table` markers, checked by a test.
 */
export function permissionsMarkdown(): string {
  const header = `| Permission | What it allows | ${ROLES.join(' | ')} |`;
  const rule = `|---|---|${ROLES.map(() => ':-:').join('|')}|`;
  const rows = PERMISSION_NAMES.map(
    (name) =>
      `| \`${name}\` | ${PERMISSIONS[name].allows} | ${ROLES.map((role) =>
        can(role, name) ? 'yes' : '—',
      ).join(' | ')} |`,
  );
  return [header, rule, ...rows].join('\n');
}
