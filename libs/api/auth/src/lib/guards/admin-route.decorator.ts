import { applyDecorators, SetMetadata, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiExtension,
  ApiForbiddenResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { rolesWith, type Permission } from '@portal/domain/access';
import { ADMIN_PERMISSION_KEY } from './admin-role.metadata';
import { JwtAuthGuard } from './jwt-auth.guard';
import { RolesGuard } from './roles.guard';

/** OpenAPI operation extension naming the permission AdminRoute requires. */
export const PERMISSION_EXTENSION = 'x-permission';
/** OpenAPI operation extension listing the roles holding that permission. */
export const ROLES_EXTENSION = 'x-roles';

/**
 * Protects a route or a whole controller: a valid access token (else 401) of a user whose
 * role holds `permission` in the permission table (else 403). A method's permission
 * overrides its controller's.
 */
export function AdminRoute(permission: Permission): ClassDecorator & MethodDecorator {
  const roles = rolesWith(permission);
  return applyDecorators(
    SetMetadata(ADMIN_PERMISSION_KEY, permission),
    UseGuards(JwtAuthGuard, RolesGuard),
    ApiBearerAuth(),
    // The same rule in the OpenAPI document, so HTTP tests can check every protected route.
    ApiExtension(PERMISSION_EXTENSION, permission),
    ApiExtension(ROLES_EXTENSION, roles),
    ApiUnauthorizedResponse({ description: 'No valid access token' }),
    ApiForbiddenResponse({ description: `Needs ${permission} (roles: ${roles.join(', ')})` }),
  );
}
