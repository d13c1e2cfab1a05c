/** Staff roles: editors manage content and documents, admins everything, users included. */
export const ROLES = ['editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Whether a user with `role` may use a route that requires `required` (admin may do everything). */
export function roleSatisfies(role: Role, required: Role): boolean {
  return role === 'admin' || role === required;
}

/** The signed-in user as routes see it. */
export interface AuthUser {
  readonly id: string;
  readonly email: string;
  readonly role: Role;
}
