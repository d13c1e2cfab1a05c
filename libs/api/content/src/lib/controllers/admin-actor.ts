import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { can, type AuthenticatedRequest, type AuthUser } from '@portal/api/auth';
import { clientIp, UnauthorizedError } from '@portal/api/common';
import type { Actor } from '../content.types';
import type { HistoryViewer } from '../services/item-history';

function actorOf(user: AuthUser, ip: string): Actor {
  return { id: user.id, email: user.email, role: user.role, ip };
}

/**
 * The signed-in user making a change and the address it came from, as the services record
 * it (`@EditingActor() actor: Actor`), on a route protected by AdminRoute.
 */
export const EditingActor = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Actor => {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (!request.user) throw new UnauthorizedError();
    return actorOf(request.user, clientIp(request));
  },
);

/** OpenAPI's word for the 409 of every route that takes the version the editor acted on. */
export const STALE_VERSION =
  'Someone saved in between: `details` names `version`, the body has `currentVersion`';

/** The history a user may read: every item's, or (contributors) only items they wrote in. */
export function historyViewerOf(user: AuthUser): HistoryViewer {
  return { id: user.id, allItems: can(user.role, 'history.all') };
}
