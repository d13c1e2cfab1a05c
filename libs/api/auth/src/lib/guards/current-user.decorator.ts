import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { UnauthorizedError } from '@portal/api/common';
import type { AuthenticatedRequest } from './jwt-auth.guard';

/** The signed-in user `{ id, email, role }` of a route protected by AdminRoute. */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  const user = context.switchToHttp().getRequest<AuthenticatedRequest>().user;
  if (!user) throw new UnauthorizedError();
  return user;
});
