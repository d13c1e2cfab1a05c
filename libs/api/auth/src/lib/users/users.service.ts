import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { ConflictError, InvalidInputError, NotFoundError } from '@portal/api/common';
import type { AdminUser, Paginated } from '@portal/domain/content';
import { DataSource, EntityManager, IsNull, QueryFailedError, Repository } from 'typeorm';
import { AuditActor, AuditService } from '../audit/audit.service';
import { RefreshTokenEntity } from '../entities/refresh-token.entity';
import { UserEntity } from '../entities/user.entity';
import { hashPassword } from '../password/password-hasher';
import { assertPasswordPolicy } from '../password/password-policy';
import { AuthUser, Role, ROLES } from '../roles';

export interface CreateUserInput {
  readonly email: string;
  readonly password: string;
  readonly role: Role;
}

export interface UpdateUserInput {
  readonly role?: Role;
  readonly password?: string;
  readonly disabled?: boolean;
}

/** Who asks for a change, for the checks on one's own account and for the audit log. */
export interface ChangeContext {
  readonly actor: AuditActor | null;
  readonly ip?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(page = 1, size = 20): Promise<Paginated<AdminUser>> {
    const [rows, total] = await this.users.findAndCount({
      order: { email: 'ASC' },
      skip: (page - 1) * size,
      take: size,
    });
    return { items: rows.map(toView), total, page, size };
  }

  async get(id: string): Promise<AdminUser> {
    return toView(await this.require(this.users.manager, id));
  }

  async count(): Promise<number> {
    return this.users.count();
  }

  /** The user with this (normalized) email, disabled or not; for sign-in. */
  async findByEmail(email: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ email: normalizeEmail(email) });
  }

  /** The user behind a token, as long as it still exists and is not disabled. */
  async findActive(
    id: string,
    manager: EntityManager = this.users.manager,
  ): Promise<AuthUser | undefined> {
    if (!isUuid(id)) return undefined;
    const user = await manager.findOneBy(UserEntity, { id });
    if (!user || user.disabled) return undefined;
    return { id: user.id, email: user.email, role: user.role };
  }

  /**
   * An active user with the time before which its access tokens are refused (null: none
   * refused), for checking a presented access token.
   */
  async findActiveWithTokenCutoff(
    id: string,
  ): Promise<{ user: AuthUser; tokensValidAfter: Date | null } | undefined> {
    if (!isUuid(id)) return undefined;
    const user = await this.users.findOneBy({ id });
    if (!user || user.disabled) return undefined;
    return {
      user: { id: user.id, email: user.email, role: user.role },
      tokensValidAfter: user.tokensValidAfter,
    };
  }

  /** Every access token of the user issued until now stops working. */
  async endAccessTokens(id: string, manager: EntityManager = this.users.manager): Promise<void> {
    await manager.update(UserEntity, { id }, { tokensValidAfter: new Date() });
  }

  async recordLogin(id: string): Promise<void> {
    await this.users.update({ id }, { lastLoginAt: new Date() });
  }

  async create(input: CreateUserInput, context: ChangeContext): Promise<AdminUser> {
    const email = normalizeEmail(input.email);
    if (!EMAIL.test(email)) throw InvalidInputError.field('email', 'must be an email address');
    assertRole(input.role);
    assertPasswordPolicy(input.password, email);
    // Hashing takes tens of milliseconds: do it before the transaction, which stays short.
    const passwordHash = await hashPassword(input.password);
    try {
      return await this.dataSource.transaction(async (manager) => {
        if (await manager.existsBy(UserEntity, { email })) throw emailTaken();
        const user = manager.create(UserEntity, { email, passwordHash, role: input.role });
        const saved = await manager.save(user);
        await this.audit.record(
          {
            actor: context.actor,
            action: 'user.create',
            itemType: 'user',
            itemId: saved.id,
            ip: context.ip,
            details: { email, role: input.role },
          },
          manager,
        );
        return toView(await this.require(manager, saved.id));
      });
    } catch (e) {
      // Two creations of the same email at once: the unique index decides.
      if (isUniqueViolation(e)) throw emailTaken();
      throw e;
    }
  }

  /**
   * Creates the first admin from ADMIN_EMAIL/ADMIN_PASSWORD when there is no user at all.
   * Returns false when users exist (also when another instance just created it).
   */
  async createFirstAdmin(email: string, password: string): Promise<boolean> {
    if ((await this.count()) > 0) return false;
    try {
      await this.create({ email, password, role: 'admin' }, { actor: null });
      return true;
    } catch (e) {
      if (e instanceof ConflictError) return false;
      throw e;
    }
  }

  async update(id: string, input: UpdateUserInput, context: ChangeContext): Promise<AdminUser> {
    const current = await this.require(this.users.manager, id);
    if (input.role !== undefined) assertRole(input.role);
    if (input.password !== undefined) assertPasswordPolicy(input.password, current.email);
    const passwordHash =
      input.password !== undefined ? await hashPassword(input.password) : undefined;
    return this.dataSource.transaction(async (manager) => {
      const activeAdmins = await lockActiveAdmins(manager);
      const user = await this.require(manager, id);
      const demoted = input.role !== undefined && input.role !== 'admin' && user.role === 'admin';
      const disabling = input.disabled === true && !user.disabled;
      if ((demoted || disabling) && context.actor?.id === id) {
        throw new ConflictError('You cannot demote or disable your own account');
      }
      if ((demoted || disabling) && isActiveAdmin(user) && activeAdmins <= 1) {
        throw new ConflictError('The last admin cannot be demoted or disabled');
      }
      const changes: string[] = [];
      if (input.role !== undefined && input.role !== user.role) {
        user.role = input.role;
        changes.push('role');
      }
      if (input.disabled !== undefined && input.disabled !== user.disabled) {
        user.disabled = input.disabled;
        changes.push('disabled');
      }
      if (passwordHash !== undefined) {
        user.passwordHash = passwordHash;
        // Whoever knew the old password may hold an access token: it ends now.
        user.tokensValidAfter = new Date();
        changes.push('password');
      }
      if (changes.length === 0) return toView(user);
      user.updatedAt = new Date();
      await manager.save(user);
      // A new password or a disabled account ends every session that was open.
      if (changes.includes('password') || user.disabled) {
        await manager.update(
          RefreshTokenEntity,
          { userId: id, revokedAt: IsNull() },
          { revokedAt: new Date() },
        );
      }
      await this.audit.record(
        {
          actor: context.actor,
          action: 'user.update',
          itemType: 'user',
          itemId: id,
          ip: context.ip,
          details: { email: user.email, changes, role: user.role, disabled: user.disabled },
        },
        manager,
      );
      return toView(user);
    });
  }

  async remove(id: string, context: ChangeContext): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const activeAdmins = await lockActiveAdmins(manager);
      const user = await this.require(manager, id);
      if (context.actor?.id === id) throw new ConflictError('You cannot delete your own account');
      if (isActiveAdmin(user) && activeAdmins <= 1) {
        throw new ConflictError('The last admin cannot be deleted');
      }
      await manager.delete(UserEntity, { id });
      await this.audit.record(
        {
          actor: context.actor,
          action: 'user.delete',
          itemType: 'user',
          itemId: id,
          ip: context.ip,
          details: { email: user.email, role: user.role },
        },
        manager,
      );
    });
  }

  private async require(manager: EntityManager, id: string): Promise<UserEntity> {
    const user = isUuid(id) ? await manager.findOneBy(UserEntity, { id }) : null;
    if (!user) throw new NotFoundError(`User ${id}`);
    return user;
  }
}

/**
 * Locks the admin rows (in id order, so concurrent changes cannot deadlock) and counts
 * the enabled ones: two admins demoting each other at once must not leave no admin.
 */
async function lockActiveAdmins(manager: EntityManager): Promise<number> {
  const rows: { disabled: boolean }[] = await manager.query(
    `SELECT disabled FROM users WHERE role = 'admin' ORDER BY id FOR UPDATE`,
  );
  return rows.filter((row) => !row.disabled).length;
}

function isActiveAdmin(user: UserEntity): boolean {
  return user.role === 'admin' && !user.disabled;
}

function assertRole(role: string): asserts role is Role {
  if (!(ROLES as readonly string[]).includes(role)) {
    throw InvalidInputError.field('role', `must be one of ${ROLES.join(', ')}`);
  }
}

function emailTaken(): ConflictError {
  return new ConflictError('A user with this email already exists');
}

function isUniqueViolation(e: unknown): boolean {
  return (
    e instanceof QueryFailedError &&
    (e as QueryFailedError & { driverError?: { code?: string } }).driverError?.code === '23505'
  );
}

export function toView(user: UserEntity): AdminUser {
  return {
    id: user.id,
    email: user.email,
    role: user.role,
    disabled: user.disabled,
    lastLoginAt: user.lastLoginAt ? user.lastLoginAt.toISOString() : null,
    createdAt: user.createdAt.toISOString(),
    updatedAt: user.updatedAt.toISOString(),
  };
}
