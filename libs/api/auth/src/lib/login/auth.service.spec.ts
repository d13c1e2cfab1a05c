import { MemoryAttemptCounter, TooManyRequestsError, UnauthorizedError } from '@portal/api/common';
import { rejection } from '@portal/api/common/testing';
import { describeEachDatabase } from '@portal/api/database/testing';
import { AUTH_TEST_SCHEMA, AuthTestServices, createAuthServices } from '../../testing';
import { RefreshTokenEntity } from '../entities/refresh-token.entity';
import { ACCESS_TOKEN_TTL_SECONDS, hashRefreshToken } from './auth.service';
import { LOGIN_FREE_ATTEMPTS } from './login-throttle';

const PASSWORD = 'Correct-Horse-Battery-9';
const IP = '198.51.100.4';

describeEachDatabase('AuthService', AUTH_TEST_SCHEMA, (db) => {
  let s: AuthTestServices;
  let userId: string;

  beforeEach(async () => {
    await db.dataSource().query('DELETE FROM audit_log');
    await db.dataSource().query('DELETE FROM users');
    s = createAuthServices(db.dataSource());
    userId = (
      await s.users.create(
        { email: 'editor@example.org', password: PASSWORD, role: 'editor' },
        { actor: null },
      )
    ).id;
  });

  it('signs in: a 15-minute access token, a refresh token and the user; audited', async () => {
    const result = await s.auth.login('Editor@Example.org', PASSWORD, IP);
    expect(result).toMatchObject({
      expiresIn: ACCESS_TOKEN_TTL_SECONDS,
      user: { id: userId, email: 'editor@example.org', role: 'editor' },
    });
    const claims = await s.jwt.verifyAsync<{ sub: string; exp: number; iat: number }>(
      result.accessToken,
    );
    expect(claims.sub).toBe(userId);
    expect(claims.exp - claims.iat).toBe(15 * 60);
    expect(result.refreshToken).toMatch(/^[\w-]{43}$/);
    await expect(s.auth.authenticate(result.accessToken)).resolves.toEqual(result.user);
    const stored = await db
      .dataSource()
      .getRepository(RefreshTokenEntity)
      .findOneByOrFail({ userId });
    expect(stored.tokenHash).toBe(hashRefreshToken(result.refreshToken));
    expect(stored.tokenHash).not.toContain(result.refreshToken);
    expect((await s.users.get(userId)).lastLoginAt).not.toBeNull();
    expect((await s.audit.list({ action: 'login' })).items[0]).toMatchObject({
      actor: { id: userId, email: 'editor@example.org' },
      ip: IP,
    });
  });

  it('answers the same 401 for an unknown email, a wrong password and a disabled user', async () => {
    const unknown = await rejection(s.auth.login('nobody@example.org', PASSWORD, IP));
    const wrong = await rejection(s.auth.login('editor@example.org', 'Wrong-Password-1', IP));
    await s.users.update(userId, { disabled: true }, { actor: null });
    const disabled = await rejection(s.auth.login('editor@example.org', PASSWORD, IP));
    for (const error of [unknown, wrong, disabled]) {
      expect(error).toBeInstanceOf(UnauthorizedError);
      expect((error as Error).message).toBe('Invalid email or password');
    }
    const failures = await s.audit.list({ action: 'login.failed' });
    expect(failures.items.map((e) => e.details?.['reason'])).toEqual([
      'disabled',
      'wrong-password',
      'unknown-email',
    ]);
    expect(JSON.stringify(failures)).not.toContain('Wrong-Password-1');
  });

  it('never writes the typed "email" of an unknown account to the audit log', async () => {
    // A password typed into the email field; editors read the audit log.
    await rejection(s.auth.login('Hunter2-Secret!', PASSWORD, IP));
    await rejection(s.auth.login('editor@example.org', 'Wrong-Password-1', IP));
    const failures = await s.audit.list({ action: 'login.failed' });
    expect(JSON.stringify(failures)).not.toMatch(/hunter2/i);
    expect(failures.items.map((e) => e.details)).toEqual([
      { email: 'editor@example.org', reason: 'wrong-password' },
      { reason: 'unknown-email' },
    ]);
    expect(failures.items.every((e) => e.ip === IP)).toBe(true);
  });

  it('holds 500 parallel wrong sign-ins for one account, from 500 addresses, to the limit', async () => {
    // A frozen clock, so the first wait cannot run out however slow the machine is.
    const frozen = Date.now();
    s = createAuthServices(db.dataSource(), new MemoryAttemptCounter(() => frozen));
    const started = Date.now();
    const outcomes = await Promise.allSettled(
      Array.from({ length: 500 }, (_, i) =>
        s.auth.login('editor@example.org', `Wrong-Password-${i}`, `2001:db8:${i.toString(16)}::1`),
      ),
    );
    const elapsed = Date.now() - started;
    const checked = outcomes.filter(
      (o) => o.status === 'rejected' && o.reason instanceof UnauthorizedError,
    );
    const refused = outcomes.filter(
      (o) => o.status === 'rejected' && o.reason instanceof TooManyRequestsError,
    );
    // Only the free attempts reached a password check; every other one was refused first.
    expect(checked).toHaveLength(LOGIN_FREE_ATTEMPTS);
    expect(refused).toHaveLength(500 - LOGIN_FREE_ATTEMPTS);
    for (const o of refused) {
      expect((o as PromiseRejectedResult).reason.retryAfterSeconds).toBeGreaterThan(0);
    }
    process.stdout.write(`500 parallel wrong sign-ins answered in ${elapsed} ms\n`);
    // Even the right password waits now: that is what stops guessing.
    const error = await rejection(s.auth.login('editor@example.org', PASSWORD, '192.0.2.1'));
    expect(error).toBeInstanceOf(TooManyRequestsError);
    // Another account from the same addresses is not held up.
    await expect(
      s.auth.login('other@example.org', PASSWORD, '2001:db8:1::1'),
    ).rejects.toBeInstanceOf(UnauthorizedError);
  });

  it('forgets earlier failures after a successful sign-in', async () => {
    for (let i = 0; i < LOGIN_FREE_ATTEMPTS - 1; i++) {
      await expect(
        s.auth.login('editor@example.org', 'Wrong-Password-1', IP),
      ).rejects.toBeInstanceOf(UnauthorizedError);
    }
    await s.auth.login('editor@example.org', PASSWORD, IP);
    for (let i = 0; i < LOGIN_FREE_ATTEMPTS - 1; i++) {
      await expect(
        s.auth.login('editor@example.org', 'Wrong-Password-1', IP),
      ).rejects.toBeInstanceOf(UnauthorizedError);
    }
    await expect(s.auth.login('editor@example.org', PASSWORD, IP)).resolves.toBeDefined();
  });

  it('rotates refresh tokens: each works once', async () => {
    const first = await s.auth.login('editor@example.org', PASSWORD, IP);
    const second = await s.auth.refresh(first.refreshToken, IP);
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect(second.user).toEqual(first.user);
    await expect(s.auth.authenticate(second.accessToken)).resolves.toEqual(first.user);
    const third = await s.auth.refresh(second.refreshToken, IP);
    expect(third.refreshToken).not.toBe(second.refreshToken);
  });

  it('ends every session when a spent refresh token comes back (it was copied)', async () => {
    const first = await s.auth.login('editor@example.org', PASSWORD, IP);
    const second = await s.auth.refresh(first.refreshToken, IP);
    await expect(s.auth.refresh(first.refreshToken, IP)).rejects.toThrow(
      'The refresh token is invalid or expired',
    );
    await expect(s.auth.refresh(second.refreshToken, IP)).rejects.toBeInstanceOf(UnauthorizedError);
    expect((await s.audit.list({ action: 'token.reuse' })).items[0]).toMatchObject({
      itemId: userId,
    });
  });

  it('rejects unknown and expired refresh tokens', async () => {
    await expect(s.auth.refresh('made-up', IP)).rejects.toBeInstanceOf(UnauthorizedError);
    const session = await s.auth.login('editor@example.org', PASSWORD, IP);
    await db
      .dataSource()
      .getRepository(RefreshTokenEntity)
      .update(
        { tokenHash: hashRefreshToken(session.refreshToken) },
        { expiresAt: new Date(Date.now() - 1000) },
      );
    await expect(s.auth.refresh(session.refreshToken, IP)).rejects.toBeInstanceOf(
      UnauthorizedError,
    );
    // The next sign-in clears the user's expired tokens.
    await s.auth.login('editor@example.org', PASSWORD, IP);
    const left = await db.dataSource().getRepository(RefreshTokenEntity).findBy({ userId });
    expect(left.map((t) => t.tokenHash)).not.toContain(hashRefreshToken(session.refreshToken));
  });

  it('logs out: the refresh token stops working, logout is audited and idempotent', async () => {
    const session = await s.auth.login('editor@example.org', PASSWORD, IP);
    await s.auth.logout(session.refreshToken, IP);
    await expect(s.auth.logout(session.refreshToken, IP)).resolves.toBeUndefined();
    await expect(s.auth.logout('never-issued', IP)).resolves.toBeUndefined();
    await expect(s.auth.refresh(session.refreshToken, IP)).rejects.toBeInstanceOf(
      UnauthorizedError,
    );
    const logouts = await s.audit.list({ action: 'logout' });
    expect(logouts.total).toBe(1);
    expect(logouts.items[0]).toMatchObject({ actor: { id: userId }, ip: IP });
  });

  it('refuses access tokens issued before a logout, on every session of the user', async () => {
    const laptop = await s.auth.login('editor@example.org', PASSWORD, IP);
    const phone = await s.auth.login('editor@example.org', PASSWORD, IP);
    await expect(s.auth.authenticate(laptop.accessToken)).resolves.toBeDefined();
    await s.auth.logout(laptop.refreshToken, IP);
    await expect(s.auth.authenticate(laptop.accessToken)).rejects.toBeInstanceOf(UnauthorizedError);
    await expect(s.auth.authenticate(phone.accessToken)).rejects.toBeInstanceOf(UnauthorizedError);
    // The phone's refresh token still renews its session; a new sign-in works at once.
    const renewed = await s.auth.refresh(phone.refreshToken, IP);
    await expect(s.auth.authenticate(renewed.accessToken)).resolves.toMatchObject({ id: userId });
    const again = await s.auth.login('editor@example.org', PASSWORD, IP);
    await expect(s.auth.authenticate(again.accessToken)).resolves.toMatchObject({ id: userId });
  });

  it('refuses access tokens issued before a password change', async () => {
    const session = await s.auth.login('editor@example.org', PASSWORD, IP);
    await s.users.update(userId, { password: 'Another-Long-Passphrase-7' }, { actor: null });
    await expect(s.auth.authenticate(session.accessToken)).rejects.toBeInstanceOf(
      UnauthorizedError,
    );
    const fresh = await s.auth.login('editor@example.org', 'Another-Long-Passphrase-7', IP);
    await expect(s.auth.authenticate(fresh.accessToken)).resolves.toMatchObject({ id: userId });
  });

  it('refuses access tokens issued before a spent refresh token came back', async () => {
    const first = await s.auth.login('editor@example.org', PASSWORD, IP);
    const second = await s.auth.refresh(first.refreshToken, IP);
    await rejection(s.auth.refresh(first.refreshToken, IP));
    await expect(s.auth.authenticate(second.accessToken)).rejects.toBeInstanceOf(UnauthorizedError);
  });

  it('accepts tokens without iatMs (issued before this check) by their iat', async () => {
    const session = await s.auth.login('editor@example.org', PASSWORD, IP);
    const legacy = await s.jwt.signAsync(
      { sub: userId, email: 'editor@example.org', role: 'editor', typ: 'access' },
      { expiresIn: 60 },
    );
    await expect(s.auth.authenticate(legacy)).resolves.toMatchObject({ id: userId });
    await db
      .dataSource()
      .query(`UPDATE users SET tokens_valid_after = now() + interval '2 seconds' WHERE id = $1`, [
        userId,
      ]);
    await expect(s.auth.authenticate(legacy)).rejects.toBeInstanceOf(UnauthorizedError);
    await expect(s.auth.authenticate(session.accessToken)).rejects.toBeInstanceOf(
      UnauthorizedError,
    );
  });

  it('refuses refresh for a user disabled or deleted since', async () => {
    const session = await s.auth.login('editor@example.org', PASSWORD, IP);
    await db.dataSource().query('UPDATE users SET disabled = true WHERE id = $1', [userId]);
    await expect(s.auth.refresh(session.refreshToken, IP)).rejects.toBeInstanceOf(
      UnauthorizedError,
    );
    await expect(s.auth.authenticate(session.accessToken)).rejects.toBeInstanceOf(
      UnauthorizedError,
    );
  });

  it('filters the audit log by user (id or email), item and action, newest first', async () => {
    await s.auth.login('editor@example.org', PASSWORD, IP);
    await s.audit.record({
      actor: { id: userId, email: 'editor@example.org' },
      action: 'page.create',
      itemType: 'page',
      itemId: '7',
    });
    await s.audit.record({
      actor: { id: userId, email: 'editor@example.org' },
      action: 'page.publish',
      itemType: 'page',
      itemId: '7',
    });
    await s.audit.record({ action: 'page.update', itemType: 'page', itemId: '8' });
    const byUser = await s.audit.list({ user: userId });
    expect(byUser.items.map((e) => e.action)).toEqual(['page.publish', 'page.create', 'login']);
    expect((await s.audit.list({ user: 'EDITOR@example.org' })).total).toBe(3);
    expect((await s.audit.list({ itemType: 'page', itemId: '7' })).total).toBe(2);
    expect((await s.audit.list({ action: 'page.update' })).items[0].actor).toBeNull();
    const paged = await s.audit.list({ page: 2, size: 2 });
    expect(paged).toMatchObject({ page: 2, size: 2 });
    expect(paged.items).toHaveLength(Math.min(2, paged.total - 2));
    expect((await s.audit.list({}, { withIp: false })).items.every((e) => e.ip === null)).toBe(
      true,
    );
  });
});
