import type { AuthUser } from '@portal/api/auth';
import type { Actor } from '../content.types';

export function actorOf(user: AuthUser, ip: string): Actor {
  return { id: user.id, email: user.email, role: user.role, ip };
}

/** OpenAPI's word for the 409 of every route that takes the version the editor acted on. */
export const STALE_VERSION =
  'Someone saved in between: `details` names `version`, the body has `currentVersion`';
