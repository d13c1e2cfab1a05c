import { JwtService } from '@nestjs/jwt';
import { type AttemptCounter, MemoryAttemptCounter } from '@portal/api/common';
import type { DataSource } from 'typeorm';
import { AuditService } from './lib/audit/audit.service';
import { AUTH_ENTITIES, AUTH_MIGRATIONS } from './lib/auth.module';
import { AuditLogEntity } from './lib/entities/audit-log.entity';
import { RefreshTokenEntity } from './lib/entities/refresh-token.entity';
import { UserEntity } from './lib/entities/user.entity';
import { AuthService, LoginResult } from './lib/login/auth.service';
import { LoginThrottle } from './lib/login/login-throttle';
import type { Role } from './lib/roles';
import { UsersService } from './lib/users/users.service';

export { describeOpenApiContract, openApiDocumentOf } from './lib/testing/openapi-contract';
export type { OpenApiContract } from './lib/testing/openapi-contract';

/** Signing key of the test JwtService; at least 32 characters like JWT_SECRET. */
export const TEST_JWT_SECRET = 'test-secret-test-secret-test-secret-0123456789';

/** What to pass to createTestDatabase / describeEachDatabase for the auth tables. */
export const AUTH_TEST_SCHEMA = { entities: AUTH_ENTITIES, migrations: AUTH_MIGRATIONS };

export interface AuthTestServices {
  readonly jwt: JwtService;
  readonly audit: AuditService;
  readonly users: UsersService;
  readonly auth: AuthService;
  readonly attempts: AttemptCounter;
}

/** The real auth services over a test database, without a Nest application. */
export function createAuthServices(
  dataSource: DataSource,
  attempts: AttemptCounter = new MemoryAttemptCounter(),
): AuthTestServices {
  const jwt = new JwtService({
    secret: TEST_JWT_SECRET,
    signOptions: { algorithm: 'HS256' },
    verifyOptions: { algorithms: ['HS256'] },
  });
  const audit = new AuditService(dataSource.getRepository(AuditLogEntity));
  const users = new UsersService(dataSource.getRepository(UserEntity), dataSource, audit);
  const auth = new AuthService(
    jwt,
    users,
    audit,
    new LoginThrottle(attempts),
    dataSource.getRepository(RefreshTokenEntity),
    dataSource,
  );
  return { jwt, audit, users, auth, attempts };
}

let counter = 0;

/** Creates a user with a policy-compliant password and signs it in. */
export async function createSignedInUser(
  services: AuthTestServices,
  role: Role,
  email = `${role}-${Date.now().toString(36)}-${++counter}@example.org`,
): Promise<LoginResult & { password: string }> {
  const password = 'Correct-Horse-Battery-9';
  await services.users.create({ email, password, role }, { actor: null });
  const result = await services.auth.login(email, password, '127.0.0.1');
  return { ...result, password };
}
