import { Global, Module } from '@nestjs/common';
import { ConfigModule, ConfigType } from '@nestjs/config';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { authConfig, RateLimitModule } from '@portal/api/common';
import { AuditController } from './audit/audit.controller';
import { AuditService } from './audit/audit.service';
import { AuditLogEntity } from './entities/audit-log.entity';
import { RefreshTokenEntity } from './entities/refresh-token.entity';
import { UserEntity } from './entities/user.entity';
import { JwtAuthGuard } from './guards/jwt-auth.guard';
import { RolesGuard } from './guards/roles.guard';
import { AuthController } from './login/auth.controller';
import { AuthService } from './login/auth.service';
import { LoginThrottle } from './login/login-throttle';
import { signingKey } from './login/signing-key';
import { AuthSchema1764301000000 } from './migrations/1764301000000-auth-schema';
import { AuthContributorRole1764313000000 } from './migrations/1764313000000-auth-contributor-role';
import { AuthTokensValidAfter1764301000001 } from './migrations/1764301000001-auth-tokens-valid-after';
import { AdminBootstrapService } from './users/admin-bootstrap.service';
import { UsersController } from './users/users.controller';
import { UsersService } from './users/users.service';

export const AUTH_ENTITIES = [UserEntity, RefreshTokenEntity, AuditLogEntity];
export const AUTH_MIGRATIONS = [
  AuthSchema1764301000000,
  AuthTokensValidAfter1764301000001,
  AuthContributorRole1764313000000,
];

/**
 * Users, sign-in, roles and the audit log. Global, because every feature module protects
 * its admin routes with AdminRoute (whose guards need AuthService) and writes to the
 * audit log; none of them has to import it.
 */
@Global()
@Module({
  imports: [
    ConfigModule.forFeature(authConfig),
    RateLimitModule,
    TypeOrmModule.forFeature(AUTH_ENTITIES),
    JwtModule.registerAsync({
      imports: [ConfigModule.forFeature(authConfig)],
      inject: [authConfig.KEY],
      useFactory: (config: ConfigType<typeof authConfig>) => ({
        secret: signingKey(config),
        signOptions: { algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
  ],
  controllers: [AuthController, UsersController, AuditController],
  providers: [
    AuditService,
    UsersService,
    AuthService,
    LoginThrottle,
    AdminBootstrapService,
    JwtAuthGuard,
    RolesGuard,
  ],
  exports: [AuditService, UsersService, AuthService, JwtAuthGuard, RolesGuard],
})
export class AuthModule {}
