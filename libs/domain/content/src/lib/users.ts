import type { Role } from '@portal/domain/access';

/** A staff account as the admin API shows it (`/api/admin/users`); never the password hash. */
export interface AdminUser {
  readonly id: string;
  readonly email: string;
  readonly role: Role;
  /** A disabled account cannot sign in. */
  readonly disabled: boolean;
  readonly lastLoginAt: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}
