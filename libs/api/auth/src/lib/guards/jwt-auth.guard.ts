import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { UnauthorizedError } from '@portal/api/common';
import type { Request } from 'express';
import { AuthService } from '../login/auth.service';
import type { AuthUser } from '../roles';

/** The request after JwtAuthGuard: `user` is the signed-in user. */
export type AuthenticatedRequest = Request & { user?: AuthUser };

/** Requires `Authorization: Bearer <access token>` of an existing, enabled user. */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(private readonly auth: AuthService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
    if (!match) throw new UnauthorizedError('Authentication required: send a Bearer access token');
    request.user = await this.auth.authenticate(match[1]);
    return true;
  }
}
