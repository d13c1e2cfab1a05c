import { can, type AuthUser } from '@portal/api/auth';
import type { Actor } from '../content.types';
import type { HistoryViewer } from '../services/item-history';

export function actorOf(user: AuthUser, ip: string): Actor {
  return { id: user.id, email: user.email, role: user.role, ip };
}

/** OpenAPI's word for the 409 of every route that takes the version the editor acted on. */
export const STALE_VERSION =
  'Someone saved in between: `details` names `version`, the body has `currentVersion`';

/** The history a user may read: every item's, or (contributors) only items they wrote in. */
export function historyViewerOf(user: AuthUser): HistoryViewer {
  return { id: user.id, allItems: can(user.role, 'history.all') };
}
