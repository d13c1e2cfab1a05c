import type { Role } from '@portal/domain/access';

export { ROLES, can } from '@portal/domain/access';
export type { Role, Permission } from '@portal/domain/access';

/** The signed-in user as routes see it. */
export interface AuthUser {
  readonly id: string;
  readonly email: string;
  readonly role: Role;
}
