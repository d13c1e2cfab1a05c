import { INestApplication } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { TypeOrmModule } from '@nestjs/typeorm';
import {
  ApiExceptionFilter,
  authConfig,
  createValidationPipe,
  redisConfig,
} from '@portal/api/common';
import { describeEachDatabase } from '@portal/api/database/testing';
import request from 'supertest';
import { AUTH_TEST_SCHEMA, TEST_JWT_SECRET } from '../testing';
import { AuthModule } from './auth.module';
import { PERMISSION_EXTENSION, ROLES_EXTENSION } from './guards/admin-route.decorator';
import { LOGIN_FREE_ATTEMPTS } from './login/login-throttle';

const ADMIN = { email: 'Boss@Portal.test', password: 'Correct-Horse-Battery-9' };
const ENV = {
  ADMIN_EMAIL: ADMIN.email,
  ADMIN_PASSWORD: ADMIN.password,
  JWT_SECRET: TEST_JWT_SECRET,
  REDIS_URL: '',
};

/** AuthModule as the API wires it: its controllers, DTO validation, guards and bootstrap. */
describeEachDatabase('AuthModule over HTTP', AUTH_TEST_SCHEMA, (db) => {
  let app: INestApplication;
  const saved: Record<string, string | undefined> = {};

  beforeAll(async () => {
    for (const [key, value] of Object.entries(ENV)) {
      saved[key] = process.env[key];
      process.env[key] = value;
    }
    const moduleRef = await Test.createTestingModule({
      imports: [
        ConfigModule.forRoot({
          isGlobal: true,
          ignoreEnvFile: true,
          load: [authConfig, redisConfig],
        }),
        TypeOrmModule.forRootAsync({
          useFactory: () => ({ type: 'postgres', autoLoadEntities: true }),
          dataSourceFactory: async () => db.dataSource(),
        }),
        AuthModule,
      ],
      providers: [
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: ApiExceptionFilter },
      ],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    app.setGlobalPrefix('api');
    await app.init();
  });

  afterAll(async () => {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    // The test database closes its own data source afterwards.
    await app?.close();
  });

  const http = () => request(app.getHttpServer());
  const login = (email: string, password: string) =>
    http().post('/api/auth/login').send({ email, password });

  it('creates the first admin at start, who can sign in', async () => {
    const res = await login(ADMIN.email, ADMIN.password).expect(200);
    expect(res.body).toEqual({
      accessToken: expect.any(String),
      refreshToken: expect.any(String),
      expiresIn: 900,
      user: { id: expect.any(String), email: 'boss@portal.test', role: 'admin' },
    });
    const me = await http()
      .get('/api/auth/me')
      .set('Authorization', `Bearer ${res.body.accessToken}`)
      .expect(200);
    expect(me.body).toEqual(res.body.user);
  });

  it('validates the login body (400 naming the field)', async () => {
    const res = await http().post('/api/auth/login').send({ email: 'a@b.c' }).expect(400);
    expect(res.body.details.length).toBeGreaterThan(0);
    expect(res.body.details.map((d: { path: string }) => d.path)).toEqual(
      res.body.details.map(() => 'password'),
    );
    await http()
      .post('/api/auth/login')
      .send({ email: 'a@b.c', password: 'x', extra: 1 })
      .expect(400);
  });

  it('refreshes, rotates and logs out', async () => {
    const session = (await login(ADMIN.email, ADMIN.password).expect(200)).body;
    const next = await http()
      .post('/api/auth/refresh')
      .send({ refreshToken: session.refreshToken })
      .expect(200);
    expect(next.body.refreshToken).not.toBe(session.refreshToken);
    await http()
      .post('/api/auth/logout')
      .send({ refreshToken: next.body.refreshToken })
      .expect(204);
    await http()
      .post('/api/auth/refresh')
      .send({ refreshToken: next.body.refreshToken })
      .expect(401);
  });

  it('manages users (admin only) and audits it; the audit log is for admins too', async () => {
    const adminToken = (await login(ADMIN.email, ADMIN.password).expect(200)).body.accessToken;
    const asAdmin = (req: request.Test) => req.set('Authorization', `Bearer ${adminToken}`);

    const weak = await asAdmin(http().post('/api/admin/users'))
      .send({ email: 'ed@portal.test', password: 'short', role: 'editor' })
      .expect(400);
    expect(weak.body.details[0]).toMatchObject({ path: 'password' });
    expect(weak.body.message).toMatch(/^password must be at least 12 characters/);
    await asAdmin(http().post('/api/admin/users'))
      .send({ email: 'ed@portal.test', password: 'Correct-Horse-Battery-9', role: 'writer' })
      .expect(400);

    const created = await asAdmin(http().post('/api/admin/users'))
      .send({ email: 'Ed@Portal.test', password: 'Correct-Horse-Battery-9', role: 'editor' })
      .expect(201);
    expect(created.body).toMatchObject({
      email: 'ed@portal.test',
      role: 'editor',
      disabled: false,
    });
    const duplicate = await asAdmin(http().post('/api/admin/users'))
      .send({ email: 'ED@portal.test', password: 'Correct-Horse-Battery-9', role: 'editor' })
      .expect(409);
    expect(duplicate.body.message).toBe('A user with this email already exists');

    const list = await asAdmin(http().get('/api/admin/users?page=1&size=1')).expect(200);
    expect(list.body).toMatchObject({ total: 2, page: 1, size: 1 });
    await asAdmin(http().get('/api/admin/users?size=1000')).expect(400);

    const editorToken = (await login('ed@portal.test', 'Correct-Horse-Battery-9').expect(200)).body
      .accessToken;
    await http().get('/api/admin/users').set('Authorization', `Bearer ${editorToken}`).expect(403);
    await http().get('/api/admin/users').expect(401);

    const me = await asAdmin(http().get('/api/auth/me')).expect(200);
    const self = await asAdmin(http().patch(`/api/admin/users/${me.body.id}`))
      .send({ role: 'editor' })
      .expect(409);
    expect(self.body.message).toBe('You cannot demote or disable your own account');
    await asAdmin(http().delete(`/api/admin/users/${me.body.id}`)).expect(409);
    await asAdmin(http().patch(`/api/admin/users/${created.body.id}`))
      .send({ disabled: 'yes' })
      .expect(400);
    await asAdmin(http().patch(`/api/admin/users/${created.body.id}`))
      .send({ disabled: true })
      .expect(200);
    await login('ed@portal.test', 'Correct-Horse-Battery-9').expect(401);
    await asAdmin(http().patch(`/api/admin/users/${created.body.id}`))
      .send({ disabled: false })
      .expect(200);

    const audit = await asAdmin(http().get('/api/admin/audit?action=user.create')).expect(200);
    expect(audit.body.items.map((e: { details: { email: string } }) => e.details.email)).toEqual([
      'ed@portal.test',
      'boss@portal.test',
    ]);
    expect(audit.body.items[0].ip).toEqual(expect.any(String));
    const editorToken2 = (await login('ed@portal.test', 'Correct-Horse-Battery-9').expect(200)).body
      .accessToken;
    await http()
      .get('/api/admin/audit?action=login&size=5')
      .set('Authorization', `Bearer ${editorToken2}`)
      .expect(403);

    await asAdmin(http().delete(`/api/admin/users/${created.body.id}`)).expect(204);
    await asAdmin(http().get(`/api/admin/users/${created.body.id}`)).expect(404);
  });

  it('names the permission and roles of every protected operation in the OpenAPI document', () => {
    const document = SwaggerModule.createDocument(app, new DocumentBuilder().build());
    const rule = (path: string, method: 'get' | 'post' | 'patch' | 'delete') => {
      const operation = document.paths[path]?.[method] as Record<string, unknown> | undefined;
      return [operation?.[PERMISSION_EXTENSION], operation?.[ROLES_EXTENSION]];
    };
    expect(rule('/api/admin/users', 'get')).toEqual(['users', ['admin']]);
    expect(rule('/api/admin/users/{id}', 'delete')).toEqual(['users', ['admin']]);
    expect(rule('/api/admin/audit', 'get')).toEqual(['audit', ['admin']]);
    expect(rule('/api/auth/me', 'get')).toEqual([
      'session.own',
      ['contributor', 'editor', 'admin'],
    ]);
    expect(rule('/api/auth/login', 'post')).toEqual([undefined, undefined]);
    expect(document.paths['/api/admin/users']?.get?.security).toEqual([{ bearer: [] }]);
  });

  it('answers 429 with Retry-After once an account has used its free attempts', async () => {
    for (let i = 0; i < LOGIN_FREE_ATTEMPTS; i++) {
      const res = await login('Boss@portal.test', 'Wrong-Password-1').expect(401);
      expect(res.body.message).toBe('Invalid email or password');
    }
    const blocked = await login(ADMIN.email, ADMIN.password).expect(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(blocked.body).toMatchObject({ statusCode: 429, retryAfter: expect.any(Number) });
  });
});
