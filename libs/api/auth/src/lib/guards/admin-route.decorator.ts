import { applyDecorators, SetMetadata, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiExtension,
  ApiForbiddenResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Role } from '../roles';
import { ADMIN_ROLE_KEY } from './admin-role.metadata';
import { JwtAuthGuard } from './jwt-auth.guard';
import { RolesGuard } from './roles.guard';

/** OpenAPI operation extension naming the role AdminRoute requires. */
export const REQUIRED_ROLE_EXTENSION = 'x-required-role';

/**
 * Protects a route or a whole controller: a valid access token (else 401) of a user with
 * `role` (else 403). `editor` admits editors and admins; `admin` admits admins only.
 */
export function AdminRoute(role: Role): ClassDecorator & MethodDecorator {
  return applyDecorators(
    SetMetadata(ADMIN_ROLE_KEY, role),
    UseGuards(JwtAuthGuard, RolesGuard),
    ApiBearerAuth(),
    // The same role in the OpenAPI document, so HTTP tests can check every protected route.
    ApiExtension(REQUIRED_ROLE_EXTENSION, role),
    ApiUnauthorizedResponse({ description: 'No valid access token' }),
    ApiForbiddenResponse({ description: `Needs the ${role} role` }),
  );
}
