export { AuthModule, AUTH_ENTITIES, AUTH_MIGRATIONS } from './lib/auth.module';
export { ROLES, can } from './lib/roles';
export type { Role, Permission, AuthUser } from './lib/roles';
export {
  AdminRoute,
  PERMISSION_EXTENSION,
  ROLES_EXTENSION,
} from './lib/guards/admin-route.decorator';
export { ADMIN_PERMISSION_KEY } from './lib/guards/admin-role.metadata';
export { CurrentUser } from './lib/guards/current-user.decorator';
export { JwtAuthGuard } from './lib/guards/jwt-auth.guard';
export type { AuthenticatedRequest } from './lib/guards/jwt-auth.guard';
export { RolesGuard } from './lib/guards/roles.guard';
export { AuditService } from './lib/audit/audit.service';
export type { AuditEntry, AuditActor, AuditFilter } from './lib/audit/audit.service';
export { AuthService, ACCESS_TOKEN_TTL_SECONDS } from './lib/login/auth.service';
export {
  LOGIN_FAILURES_PER_IP,
  LOGIN_FREE_ATTEMPTS,
  loginBackoffSeconds,
} from './lib/login/login-throttle';
export type { LoginResult } from './lib/login/auth.service';
export { UsersService } from './lib/users/users.service';
export type { CreateUserInput, UpdateUserInput } from './lib/users/users.service';
export { UserEntity } from './lib/entities/user.entity';
export { RefreshTokenEntity } from './lib/entities/refresh-token.entity';
export { AuditLogEntity } from './lib/entities/audit-log.entity';
export { AuthSchema1764301000000 } from './lib/migrations/1764301000000-auth-schema';
export { AuthContributorRole1764313000000 } from './lib/migrations/1764313000000-auth-contributor-role';
export { AuthTokensValidAfter1764301000001 } from './lib/migrations/1764301000001-auth-tokens-valid-after';
