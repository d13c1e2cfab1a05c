import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ForbiddenError, UnauthorizedError } from '@portal/api/common';
import { can, type Permission } from '@portal/domain/access';
import { ADMIN_PERMISSION_KEY } from './admin-role.metadata';
import type { AuthenticatedRequest } from './jwt-auth.guard';

/** Checks the permission AdminRoute asked for against the table; runs after JwtAuthGuard. */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const required = this.reflector.getAllAndOverride<Permission | undefined>(
      ADMIN_PERMISSION_KEY,
      [context.getHandler(), context.getClass()],
    );
    const user = context.switchToHttp().getRequest<AuthenticatedRequest>().user;
    if (!user) throw new UnauthorizedError();
    if (required && !can(user.role, required)) {
      throw new ForbiddenError(`This needs the ${required} permission`);
    }
    return true;
  }
}
