import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ForbiddenError, UnauthorizedError } from '@portal/api/common';
import { ADMIN_ROLE_KEY } from './admin-role.metadata';
import type { AuthenticatedRequest } from './jwt-auth.guard';
import { Role, roleSatisfies } from '../roles';

/** Checks the role AdminRoute asked for; runs after JwtAuthGuard. */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const required = this.reflector.getAllAndOverride<Role | undefined>(ADMIN_ROLE_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    const user = context.switchToHttp().getRequest<AuthenticatedRequest>().user;
    if (!user) throw new UnauthorizedError();
    if (required && !roleSatisfies(user.role, required)) {
      throw new ForbiddenError(`This needs the ${required} role`);
    }
    return true;
  }
}
