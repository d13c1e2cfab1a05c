import request from 'supertest';
import { REQUIRED_ROLE_EXTENSION } from '@portal/api/auth';
import { bearer, describeEachApi, TEST_ADMIN } from './support/api-process';

const EDITOR = { email: 'editor@portal.test', password: 'Editor-Password-2024' };
const SOME_ID = '00000000-0000-4000-8000-000000000000';
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

interface Operation {
  readonly path: string;
  readonly method: (typeof METHODS)[number];
  readonly role?: 'editor' | 'admin';
}

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
  });

  it('protects every admin operation: anonymous 401, editor 403 where admin is needed', async () => {
    const admin = await bearer(api());
    await api()
      .http()
      .post('/api/admin/users')
      .set('Authorization', admin)
      .send({ ...EDITOR, role: 'editor' })
      .expect(201);
    const editor = await bearer(api(), EDITOR);

    const document = (await api().http().get('/api/docs-json').expect(200)).body as {
      paths: Record<string, Partial<Record<Operation['method'], Record<string, unknown>>>>;
    };
    const operations: Operation[] = Object.entries(document.paths).flatMap(([path, item]) =>
      METHODS.filter((method) => item[method]).map((method) => ({
        path,
        method,
        role: item[method]?.[REQUIRED_ROLE_EXTENSION] as Operation['role'],
      })),
    );
    expect(operations.filter((o) => o.path.startsWith('/api/admin/') && !o.role)).toEqual([]);
    expect(operations).toContainEqual({ path: '/api/admin/users', method: 'get', role: 'admin' });

    for (const operation of operations.filter((o) => o.role)) {
      const url = operation.path.replace(/\{[^}]+\}/g, SOME_ID);
      const call = (authorization?: string) => {
        const req = api().http()[operation.method](url);
        return authorization ? req.set('Authorization', authorization) : req;
      };
      const label = `${operation.method.toUpperCase()} ${operation.path}`;
      expect([label, (await call()).status]).toEqual([label, 401]);
      expect([label, (await call('Bearer forged.token.value')).status]).toEqual([label, 401]);
      if (operation.role === 'admin') {
        expect([label, (await call(editor)).status]).toEqual([label, 403]);
      }
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

  // Last: it leaves the admin blocked from 127.0.0.1 for a minute.
  it('answers wrong credentials with one 401, then 429 with Retry-After', async () => {
    const attempt = (body: object) => api().http().post('/api/auth/login').send(body);
    const unknown = await attempt({ email: 'ghost@portal.test', password: 'Whatever-1234' });
    const wrong = await attempt({ email: TEST_ADMIN.email, password: 'Wrong-Password-1' });
    expect([unknown.status, wrong.status]).toEqual([401, 401]);
    expect(unknown.body.message).toBe(wrong.body.message);
    for (let i = 1; i < 10; i++) {
      await attempt({ email: TEST_ADMIN.email, password: 'Wrong-Password-1' }).expect(401);
    }
    const blocked = await attempt(TEST_ADMIN).expect(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    // Another client (here: the same machine over IPv6) is not blocked.
    await request(api().url.replace('127.0.0.1', '[::1]'))
      .post('/api/auth/login')
      .send(TEST_ADMIN)
      .expect(200);
  });
});
