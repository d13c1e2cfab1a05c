import { ConfigError, ConflictError, InvalidInputError, NotFoundError } from '@portal/api/common';
import { describeEachDatabase } from '@portal/api/database/testing';
import { rejection } from '@portal/api/common/testing';
import { AUTH_TEST_SCHEMA, AuthTestServices, createAuthServices } from '../../testing';
import { AuditLogEntity } from '../entities/audit-log.entity';
import { UserEntity } from '../entities/user.entity';
import { AdminBootstrapService } from './admin-bootstrap.service';

const PASSWORD = 'Correct-Horse-Battery-9';

describeEachDatabase('UsersService', AUTH_TEST_SCHEMA, (db) => {
  let s: AuthTestServices;

  beforeEach(async () => {
    await db.dataSource().query('DELETE FROM audit_log');
    await db.dataSource().query('DELETE FROM users');
    s = createAuthServices(db.dataSource());
  });

  async function admin(email = 'root@example.org') {
    return s.users.create({ email, password: PASSWORD, role: 'admin' }, { actor: null });
  }

  it('creates users with a lowercase email and an argon2id hash, and audits it', async () => {
    const actor = await admin();
    const user = await s.users.create(
      { email: '  Ada.Lovelace@Example.ORG ', password: PASSWORD, role: 'editor' },
      { actor, ip: '203.0.113.7' },
    );
    expect(user).toMatchObject({
      email: 'ada.lovelace@example.org',
      role: 'editor',
      disabled: false,
    });
    expect(user).not.toHaveProperty('passwordHash');
    const row = await db.dataSource().getRepository(UserEntity).findOneByOrFail({ id: user.id });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    const log = await s.audit.list({ action: 'user.create', itemId: user.id });
    expect(log.items).toHaveLength(1);
    expect(log.items[0]).toMatchObject({
      actor: { id: actor.id, email: actor.email },
      itemType: 'user',
      ip: '203.0.113.7',
      details: { email: 'ada.lovelace@example.org', role: 'editor' },
    });
  });

  it('refuses a second user with the same email in any case (409)', async () => {
    await admin('same@example.org');
    await expect(
      s.users.create(
        { email: 'SAME@example.org', password: PASSWORD, role: 'editor' },
        { actor: null },
      ),
    ).rejects.toBeInstanceOf(ConflictError);
    expect(await s.users.count()).toBe(1);
  });

  it.each([
    ['Short-1', 'at least 12 characters'],
    ['alllowercaseletters', 'two kinds of characters'],
    ['123456789012345', 'two kinds of characters'],
    ['pat@example.org', 'must not be the email address'],
  ])('rejects the password %p naming the password field', async (password, message) => {
    const error = await rejection(
      s.users.create({ email: 'pat@example.org', password, role: 'editor' }, { actor: null }),
    );
    expect(error).toBeInstanceOf(InvalidInputError);
    const invalid = error as InvalidInputError;
    expect(invalid.message).toContain('password');
    expect(invalid.details).toEqual([
      { path: 'password', message: expect.stringContaining(message) },
    ]);
  });

  it('lists users by email, paginated', async () => {
    for (const name of ['c', 'a', 'b']) {
      await s.users.create(
        { email: `${name}@example.org`, password: PASSWORD, role: 'editor' },
        { actor: null },
      );
    }
    const page = await s.users.list(2, 2);
    expect(page).toMatchObject({ total: 3, page: 2, size: 2 });
    expect(page.items.map((u) => u.email)).toEqual(['c@example.org']);
  });

  it('changes role, password and disabled, ends sessions and audits without the password', async () => {
    const actor = await admin();
    await s.users.create(
      { email: 'ed@example.org', password: PASSWORD, role: 'editor' },
      { actor },
    );
    const session = await s.auth.login('ed@example.org', PASSWORD, '127.0.0.1');
    const updated = await s.users.update(
      session.user.id,
      { role: 'admin', password: 'Another-Secret-42' },
      { actor },
    );
    expect(updated.role).toBe('admin');
    await expect(s.auth.refresh(session.refreshToken, '127.0.0.1')).rejects.toMatchObject({
      kind: 'unauthorized',
    });
    await expect(
      s.auth.login('ed@example.org', 'Another-Secret-42', '127.0.0.1'),
    ).resolves.toMatchObject({
      user: { role: 'admin' },
    });
    const entry = (await s.audit.list({ action: 'user.update' })).items[0];
    expect(entry.details).toEqual({
      email: 'ed@example.org',
      changes: ['role', 'password'],
      role: 'admin',
      disabled: false,
    });
    expect(JSON.stringify(entry)).not.toContain('Another-Secret-42');

    const disabled = await s.users.update(session.user.id, { disabled: true }, { actor });
    expect(disabled.disabled).toBe(true);
    expect(await s.users.findActive(session.user.id)).toBeUndefined();
  });

  it('never demotes, disables or deletes the last admin, nor one’s own account (409)', async () => {
    const root = await admin();
    const other = await s.users.create(
      { email: 'ed@example.org', password: PASSWORD, role: 'editor' },
      { actor: root },
    );
    await expect(s.users.update(root.id, { role: 'editor' }, { actor: other })).rejects.toThrow(
      'The last admin cannot be demoted or disabled',
    );
    await expect(
      s.users.update(root.id, { disabled: true }, { actor: other }),
    ).rejects.toBeInstanceOf(ConflictError);
    await expect(s.users.remove(root.id, { actor: other })).rejects.toThrow(
      'The last admin cannot be deleted',
    );
    await expect(s.users.update(root.id, { role: 'editor' }, { actor: root })).rejects.toThrow(
      'You cannot demote or disable your own account',
    );
    await expect(s.users.remove(root.id, { actor: root })).rejects.toThrow(
      'You cannot delete your own account',
    );
    // With a second admin, one of them may go.
    await s.users.update(other.id, { role: 'admin' }, { actor: root });
    await expect(
      s.users.update(root.id, { role: 'editor' }, { actor: other }),
    ).resolves.toMatchObject({
      role: 'editor',
    });
    await expect(s.users.remove(other.id, { actor: other })).rejects.toBeInstanceOf(ConflictError);
    await s.users.remove(root.id, { actor: other });
    await expect(s.users.get(root.id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await s.audit.list({ action: 'user.delete' })).items[0]).toMatchObject({
      itemId: root.id,
      actor: { id: other.id },
      details: { email: 'root@example.org', role: 'editor' },
    });
  });

  it('answers 404 for unknown and malformed ids', async () => {
    await expect(s.users.get('00000000-0000-4000-8000-000000000000')).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(
      s.users.update('not-a-uuid', { role: 'editor' }, { actor: null }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it('creates the first admin only when there is no user, once', async () => {
    await expect(s.users.createFirstAdmin('First@Example.org', PASSWORD)).resolves.toBe(true);
    await expect(s.users.createFirstAdmin('First@Example.org', PASSWORD)).resolves.toBe(false);
    await expect(s.users.createFirstAdmin('second@example.org', PASSWORD)).resolves.toBe(false);
    expect((await s.users.list()).items.map((u) => [u.email, u.role])).toEqual([
      ['first@example.org', 'admin'],
    ]);
  });

  it('bootstraps the admin from ADMIN_EMAIL/ADMIN_PASSWORD at start, idempotently', async () => {
    const config = { jwtSecret: 'x', adminEmail: 'Boot@Example.org', adminPassword: PASSWORD };
    await new AdminBootstrapService(config, s.users).onApplicationBootstrap();
    await new AdminBootstrapService(config, s.users).onApplicationBootstrap();
    expect((await s.users.list()).items).toMatchObject([
      { email: 'boot@example.org', role: 'admin' },
    ]);
    await expect(
      new AdminBootstrapService(
        { ...config, adminPassword: 'weak' },
        s.users,
      ).onApplicationBootstrap(),
    ).resolves.toBeUndefined();
  });

  it('stops the start with one line naming ADMIN_PASSWORD when it is too weak', async () => {
    const config = { jwtSecret: 'x', adminEmail: 'boot@example.org', adminPassword: 'password' };
    const start = new AdminBootstrapService(config, s.users).onApplicationBootstrap();
    await expect(start).rejects.toBeInstanceOf(ConfigError);
    await expect(
      new AdminBootstrapService(config, s.users).onApplicationBootstrap(),
    ).rejects.toThrow('Invalid configuration: ADMIN_PASSWORD must be at least 12 characters long');
    expect(await s.users.count()).toBe(0);
  });

  it('writes an audit entry in the caller’s transaction: rolled back with it', async () => {
    await expect(
      db.dataSource().transaction(async (manager) => {
        await s.audit.record({ action: 'page.update', itemType: 'page', itemId: 'p1' }, manager);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await db.dataSource().getRepository(AuditLogEntity).count()).toBe(0);
    await db.dataSource().transaction(async (manager) => {
      await s.audit.record({ action: 'page.update', itemType: 'page', itemId: 'p1' }, manager);
    });
    expect((await s.audit.list({ itemType: 'page', itemId: 'p1' })).total).toBe(1);
  });
});
