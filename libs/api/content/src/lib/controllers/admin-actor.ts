import type { AuthUser } from '@portal/api/auth';
import type { Actor } from '../content.types';

export function actorOf(user: AuthUser, ip: string): Actor {
  return { id: user.id, email: user.email, role: user.role, ip };
}
