import { LOGIN_FREE_ATTEMPTS, loginBackoffSeconds } from '@portal/api/auth';
import { bearer, describeEachApi, TEST_ADMIN } from '@portal/api/e2e-support';

describeEachApi('auth', ({ api }) => {
  it('signs the first admin in, refreshes, and signs out', async () => {
    const login = await api().http().post('/api/auth/login').send(TEST_ADMIN).expect(200);
    expect(login.body).toEqual({
      accessToken: expect.any(String),
      refreshToken: expect.any(String),
      expiresIn: 900,
      user: { id: expect.any(String), email: TEST_ADMIN.email, role: 'admin' },
    });
    const me = await api()
      .http()
      .get('/api/auth/me')
      .set('Authorization', `Bearer ${login.body.accessToken}`)
      .expect(200);
    expect(me.body).toEqual(login.body.user);

    const refreshed = await api()
      .http()
      .post('/api/auth/refresh')
      .send({ refreshToken: login.body.refreshToken })
      .expect(200);
    await api()
      .http()
      .post('/api/auth/refresh')
      .send({ refreshToken: login.body.refreshToken })
      .expect(401);
    await api()
      .http()
      .post('/api/auth/logout')
      .send({ refreshToken: refreshed.body.refreshToken })
      .expect(204);
    // Signing out ends the access tokens at once, not when they expire.
    for (const token of [login.body.accessToken, refreshed.body.accessToken]) {
      await api().http().get('/api/auth/me').set('Authorization', `Bearer ${token}`).expect(401);
    }
  });

  it('lists users and the audit log of sign-ins and user changes', async () => {
    const admin = await bearer(api());
    const users = await api()
      .http()
      .get('/api/admin/users')
      .set('Authorization', admin)
      .expect(200);
    expect(users.body).toMatchObject({ page: 1, size: 20 });
    expect(users.body.items.map((u: { email: string }) => u.email)).toContain(TEST_ADMIN.email);
    const audit = await api()
      .http()
      .get('/api/admin/audit?action=login&size=5')
      .set('Authorization', admin)
      .expect(200);
    expect(audit.body.items[0]).toMatchObject({
      action: 'login',
      actor: { email: TEST_ADMIN.email },
    });
  });

  it('answers wrong credentials with one 401 whether or not the account exists', async () => {
    const attempt = (body: object) => api().http().post('/api/auth/login').send(body);
    const unknown = await attempt({ email: 'ghost@portal.test', password: 'Whatever-1234' });
    const wrong = await attempt({ email: TEST_ADMIN.email, password: 'Wrong-Password-1' });
    expect([unknown.status, wrong.status]).toEqual([401, 401]);
    expect(unknown.body.message).toBe(wrong.body.message);
  });

  it('holds 500 parallel wrong sign-ins for one account to the limit, each 429 with Retry-After', async () => {
    const target = { email: 'target@portal.test', password: 'Quiet-Harbour-Lamp-77' };
    const created = await api()
      .http()
      .post('/api/admin/users')
      .set('Authorization', await bearer(api()))
      .send({ ...target, role: 'editor' });
    expect([created.status, created.body.message]).toEqual([201, undefined]);
    const started = Date.now();
    const answers = await Promise.all(
      Array.from({ length: 500 }, (_, i) =>
        api()
          .http()
          .post('/api/auth/login')
          .send({ email: target.email, password: `Wrong-Password-${i}` }),
      ),
    );
    const elapsed = Date.now() - started;
    const count = (status: number) => answers.filter((res) => res.status === status).length;
    process.stdout.write(
      `500 parallel wrong sign-ins over HTTP: ${count(401)} checked (401), ${count(429)} refused (429) in ${elapsed} ms\n`,
    );
    expect(count(401) + count(429)).toBe(500);
    expect(count(401)).toBeGreaterThan(0);
    expect(count(401)).toBeLessThanOrEqual(checksAllowedWithin(elapsed));
    for (const res of answers.filter((r) => r.status === 429)) {
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    }
    // Another account from the same client is not held up, and once the wait it names is
    // over the right password signs in (that it waits too is tested on a frozen clock).
    await api().http().post('/api/auth/login').send(TEST_ADMIN).expect(200);
    let signIn = await api().http().post('/api/auth/login').send(target);
    if (signIn.status === 429) {
      await new Promise((r) => setTimeout(r, Number(signIn.headers['retry-after']) * 1000));
      signIn = await api().http().post('/api/auth/login').send(target);
    }
    expect(signIn.status).toBe(200);
  });

  it('caps concurrent password hashing: a burst gets 401s and 503s with Retry-After, never a 500', async () => {
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        api()
          .http()
          .post('/api/auth/login')
          .send({ email: `burst-${i}@portal.test`, password: 'Wrong-Password-1' }),
      ),
    );
    const statuses = answers.map((res) => res.status);
    process.stdout.write(
      `40 parallel sign-ins: ${statuses.filter((s) => s === 401).length} checked, ${statuses.filter((s) => s === 503).length} busy (503)\n`,
    );
    expect(statuses.filter((s) => s !== 401 && s !== 503)).toEqual([]);
    for (const res of answers.filter((r) => r.status === 503)) {
      expect(res.headers['retry-after']).toBe('1');
    }
    // Busy answers checked no password, so they are not counted as failures.
    await api().http().post('/api/auth/login').send(TEST_ADMIN).expect(200);
  });
});

/**
 * How many password checks the account limit lets through in `ms`: the free attempts, then
 * one per backoff window. A burst answered within the first window gets the free attempts
 * only; on a loaded machine the burst outlasts it and each window that opens lets one more in.
 */
function checksAllowedWithin(ms: number): number {
  let allowed = LOGIN_FREE_ATTEMPTS;
  let opens = loginBackoffSeconds(LOGIN_FREE_ATTEMPTS) * 1000;
  for (let failures = LOGIN_FREE_ATTEMPTS + 1; opens < ms; failures++) {
    allowed++;
    opens += loginBackoffSeconds(failures) * 1000;
  }
  return allowed;
}
