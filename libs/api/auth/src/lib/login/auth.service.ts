import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { ServiceBusyError, UnauthorizedError } from '@portal/api/common';
import type { LoginResponse } from '@portal/domain/content';
import { DataSource, EntityManager, IsNull, LessThan, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { RefreshTokenEntity } from '../entities/refresh-token.entity';
import { verifyAgainstDummy, verifyPassword } from '../password/password-hasher';
import { AuthUser, Role } from '../roles';
import { normalizeEmail, UsersService } from '../users/users.service';
import { LoginThrottle } from './login-throttle';

/** Access tokens live 15 minutes; a stolen one is soon useless, refresh tokens renew them. */
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
export const REFRESH_TOKEN_TTL_DAYS = 14;

const WRONG_CREDENTIALS = 'Invalid email or password';
const BAD_REFRESH_TOKEN = 'The refresh token is invalid or expired';
const BAD_ACCESS_TOKEN = 'The access token is invalid or expired';

export interface LoginResult extends LoginResponse {
  readonly accessToken: string;
  readonly refreshToken: string;
  readonly expiresIn: number;
  readonly user: AuthUser;
}

interface AccessTokenClaims {
  readonly sub: string;
  readonly email: string;
  readonly role: Role;
  readonly typ: 'access';
  /**
   * Issue time in milliseconds. The standard `iat` has whole seconds, too coarse to tell
   * a token issued just before a logout from one issued just after it.
   */
  readonly iatMs?: number;
  readonly iat?: number;
}

export function hashRefreshToken(token: string): string {
  // Refresh tokens are 256 random bits: a fast hash is enough, no salt or argon2 needed.
  return createHash('sha256').update(token).digest('hex');
}

@Injectable()
export class AuthService {
  constructor(
    private readonly jwt: JwtService,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly throttle: LoginThrottle,
    @InjectRepository(RefreshTokenEntity)
    private readonly refreshTokens: Repository<RefreshTokenEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async login(email: string, password: string, ip: string): Promise<LoginResult> {
    const normalized = normalizeEmail(email);
    // Counted before the password is checked; see LoginThrottle.
    const attempt = await this.throttle.begin(normalized, ip);

    const user = await this.users.findByEmail(normalized);
    let valid: boolean;
    try {
      valid = user
        ? await verifyPassword(user.passwordHash, password)
        : await verifyAgainstDummy(password);
    } catch (e) {
      if (e instanceof ServiceBusyError) await attempt.abandoned();
      throw e;
    }
    if (!user || !valid || user.disabled) {
      await this.audit.record({
        action: 'login.failed',
        itemType: user ? 'user' : undefined,
        itemId: user?.id,
        ip,
        // With no such account the typed "email" may be a password typed in the wrong
        // field, and editors read this log: only an account's own address is written.
        details: user
          ? { email: user.email, reason: !valid ? 'wrong-password' : 'disabled' }
          : { reason: 'unknown-email' },
      });
      // One message for every case: the answer must not tell who has an account.
      throw new UnauthorizedError(WRONG_CREDENTIALS);
    }

    await attempt.succeeded();
    await this.users.recordLogin(user.id);
    const principal: AuthUser = { id: user.id, email: user.email, role: user.role };
    const result = await this.dataSource.transaction(async (manager) => {
      const issued = await this.issue(principal, manager);
      await this.audit.record(
        { actor: principal, action: 'login', itemType: 'user', itemId: user.id, ip },
        manager,
      );
      return issued;
    });
    return result;
  }

  /**
   * Trades a refresh token for a new pair. The old token is spent: presenting it again
   * means it was copied, so every session of that user is ended.
   */
  async refresh(refreshToken: string, ip: string): Promise<LoginResult> {
    const tokenHash = hashRefreshToken(refreshToken);
    const outcome = await this.dataSource.transaction(async (manager) => {
      const spent = await manager
        .createQueryBuilder()
        .update(RefreshTokenEntity)
        .set({ revokedAt: () => 'now()' })
        .where('token_hash = :tokenHash AND revoked_at IS NULL AND expires_at > now()', {
          tokenHash,
        })
        .returning('user_id')
        .execute();
      const userId = (spent.raw as { user_id: string }[])[0]?.user_id;
      if (!userId) return { reused: await this.revokeAllIfReused(tokenHash, ip, manager) };
      const user = await this.users.findActive(userId, manager);
      if (!user) return { reused: false };
      return { result: await this.issue(user, manager) };
    });
    if (!outcome.result) throw new UnauthorizedError(BAD_REFRESH_TOKEN);
    return outcome.result;
  }

  /** Ends the session of this refresh token. Unknown or spent tokens are no error. */
  async logout(refreshToken: string, ip: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const revoked = await manager
        .createQueryBuilder()
        .update(RefreshTokenEntity)
        .set({ revokedAt: () => 'now()' })
        .where('token_hash = :tokenHash AND revoked_at IS NULL', {
          tokenHash: hashRefreshToken(refreshToken),
        })
        .returning('user_id')
        .execute();
      const userId = (revoked.raw as { user_id: string }[])[0]?.user_id;
      if (!userId) return;
      // Signing out ends the user's access tokens too, not only this refresh token.
      await this.users.endAccessTokens(userId, manager);
      const user = await this.users.findActive(userId, manager);
      await this.audit.record(
        { actor: user ?? null, action: 'logout', itemType: 'user', itemId: userId, ip },
        manager,
      );
    });
  }

  /** The user an access token belongs to; UnauthorizedError for anything else. */
  async authenticate(accessToken: string): Promise<AuthUser> {
    let claims: AccessTokenClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessTokenClaims>(accessToken, {
        algorithms: ['HS256'],
      });
    } catch {
      throw new UnauthorizedError(BAD_ACCESS_TOKEN);
    }
    if (claims.typ !== 'access' || typeof claims.sub !== 'string') {
      throw new UnauthorizedError(BAD_ACCESS_TOKEN);
    }
    // The role and the account's state come from the database, not the token: a demoted or
    // disabled user loses access at once, not when the token expires; so does a token
    // issued before the user's last password change or logout.
    const found = await this.users.findActiveWithTokenCutoff(claims.sub);
    if (!found) throw new UnauthorizedError(BAD_ACCESS_TOKEN);
    const issuedAtMs = claims.iatMs ?? (claims.iat ?? 0) * 1000;
    if (found.tokensValidAfter && issuedAtMs < found.tokensValidAfter.getTime()) {
      throw new UnauthorizedError(BAD_ACCESS_TOKEN);
    }
    return found.user;
  }

  private async issue(user: AuthUser, manager: EntityManager): Promise<LoginResult> {
    const claims: AccessTokenClaims = {
      sub: user.id,
      email: user.email,
      role: user.role,
      typ: 'access',
      iatMs: Date.now(),
    };
    const accessToken = await this.jwt.signAsync(claims, {
      expiresIn: ACCESS_TOKEN_TTL_SECONDS,
      algorithm: 'HS256',
    });
    const refreshToken = randomBytes(32).toString('base64url');
    // Expired tokens can no longer be used or reused; drop them so the table stays small.
    await manager.delete(RefreshTokenEntity, { userId: user.id, expiresAt: LessThan(new Date()) });
    await manager.insert(RefreshTokenEntity, {
      userId: user.id,
      tokenHash: hashRefreshToken(refreshToken),
      expiresAt: new Date(Date.now() + REFRESH_TOKEN_TTL_DAYS * 24 * 3600 * 1000),
    });
    return {
      accessToken,
      refreshToken,
      expiresIn: ACCESS_TOKEN_TTL_SECONDS,
      user: { id: user.id, email: user.email, role: user.role },
    };
  }

  private async revokeAllIfReused(
    tokenHash: string,
    ip: string,
    manager: EntityManager,
  ): Promise<boolean> {
    const known = await manager.findOneBy(RefreshTokenEntity, { tokenHash });
    if (!known?.revokedAt) return false;
    await manager.update(
      RefreshTokenEntity,
      { userId: known.userId, revokedAt: IsNull() },
      { revokedAt: new Date() },
    );
    await this.users.endAccessTokens(known.userId, manager);
    await this.audit.record(
      {
        action: 'token.reuse',
        itemType: 'user',
        itemId: known.userId,
        ip,
        details: { note: 'a spent refresh token was presented again; all sessions ended' },
      },
      manager,
    );
    return true;
  }
}
