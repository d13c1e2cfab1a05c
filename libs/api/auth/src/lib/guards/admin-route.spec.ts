import { Controller, Get, INestApplication } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { Test } from '@nestjs/testing';
import { ApiExceptionFilter } from '@portal/api/common';
import { describeEachDatabase } from '@portal/api/database/testing';
import request from 'supertest';
import {
  AUTH_TEST_SCHEMA,
  AuthTestServices,
  createAuthServices,
  createSignedInUser,
} from '../../testing';
import { AuthService } from '../login/auth.service';
import type { AuthUser } from '../roles';
import { ADMIN_PERMISSION_KEY } from './admin-role.metadata';
import { AdminRoute } from './admin-route.decorator';
import { CurrentUser } from './current-user.decorator';

@Controller('probe')
class ProbeController {
  @Get('editor')
  @AdminRoute('insights')
  editor(@CurrentUser() user: AuthUser): AuthUser {
    return user;
  }

  @Get('admin')
  @AdminRoute('users')
  admin(@CurrentUser() user: AuthUser): AuthUser {
    return user;
  }

  @Get('contributor')
  @AdminRoute('content.edit')
  contributor(): { ok: boolean } {
    return { ok: true };
  }

  @Get('public')
  open(): { ok: boolean } {
    return { ok: true };
  }
}

@AdminRoute('users')
@Controller('admin-probe')
class AdminOnlyController {
  @Get()
  get(): { ok: boolean } {
    return { ok: true };
  }
}

function base64url(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

describe('AdminRoute metadata', () => {
  it('is readable per handler and per controller, so tests can list protected routes', () => {
    const permission = (target: object) => Reflect.getMetadata(ADMIN_PERMISSION_KEY, target);
    expect(permission(ProbeController.prototype.editor)).toBe('insights');
    expect(permission(ProbeController.prototype.admin)).toBe('users');
    expect(permission(ProbeController.prototype.open)).toBeUndefined();
    expect(permission(AdminOnlyController)).toBe('users');
  });
});

describeEachDatabase('AdminRoute guards', AUTH_TEST_SCHEMA, (db) => {
  let s: AuthTestServices;
  let app: INestApplication;
  let contributor: Awaited<ReturnType<typeof createSignedInUser>>;
  let editor: Awaited<ReturnType<typeof createSignedInUser>>;
  let admin: Awaited<ReturnType<typeof createSignedInUser>>;

  beforeAll(async () => {
    s = createAuthServices(db.dataSource());
    const moduleRef = await Test.createTestingModule({
      controllers: [ProbeController, AdminOnlyController],
      providers: [{ provide: AuthService, useValue: s.auth }],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    app.useGlobalFilters(new ApiExceptionFilter());
    await app.init();
    contributor = await createSignedInUser(s, 'contributor');
    editor = await createSignedInUser(s, 'editor');
    admin = await createSignedInUser(s, 'admin');
  });

  afterAll(async () => {
    await app?.close();
  });

  const get = (path: string, token?: string) => {
    const req = request(app.getHttpServer()).get(path);
    return token === undefined ? req : req.set('Authorization', `Bearer ${token}`);
  };

  it('lets the right roles through and gives the route the current user', async () => {
    const asEditor = await get('/probe/editor', editor.accessToken).expect(200);
    expect(asEditor.body).toEqual(editor.user);
    await get('/probe/editor', admin.accessToken).expect(200);
    const asAdmin = await get('/probe/admin', admin.accessToken).expect(200);
    expect(asAdmin.body).toEqual({ id: admin.user.id, email: admin.user.email, role: 'admin' });
    await get('/admin-probe', admin.accessToken).expect(200);
    await get('/probe/public').expect(200);
  });

  it('answers 403 for the wrong role', async () => {
    const res = await get('/probe/admin', editor.accessToken).expect(403);
    expect(res.body).toMatchObject({ statusCode: 403, error: 'Forbidden' });
    await get('/admin-probe', editor.accessToken).expect(403);
    await get('/probe/editor', contributor.accessToken).expect(403);
    await get('/probe/contributor', contributor.accessToken).expect(200);
    await get('/probe/contributor', editor.accessToken).expect(200);
  });

  it('answers 401 without a token or with a malformed header', async () => {
    const res = await get('/probe/editor').expect(401);
    expect(res.body).toMatchObject({ statusCode: 401, error: 'Unauthorized' });
    await request(app.getHttpServer())
      .get('/probe/editor')
      .set('Authorization', `Basic ${editor.accessToken}`)
      .expect(401);
    await get('/probe/editor', 'not.a.jwt').expect(401);
  });

  it('answers 401 for a token signed with another key', async () => {
    const forger = new JwtService({ secret: 'another-secret-another-secret-0123456789' });
    const forged = await forger.signAsync({
      sub: admin.user.id,
      email: admin.user.email,
      role: 'admin',
      typ: 'access',
    });
    await get('/probe/editor', forged).expect(401);
  });

  it('answers 401 for an unsigned (alg none) token', async () => {
    const unsigned = `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({
      sub: admin.user.id,
      email: admin.user.email,
      role: 'admin',
      typ: 'access',
      exp: Math.floor(Date.now() / 1000) + 600,
    })}.`;
    await get('/probe/admin', unsigned).expect(401);
  });

  it('answers 401 for an expired token', async () => {
    const expired = await s.jwt.signAsync({
      sub: editor.user.id,
      email: editor.user.email,
      role: 'editor',
      typ: 'access',
      iat: Math.floor(Date.now() / 1000) - 1000,
      exp: Math.floor(Date.now() / 1000) - 100,
    });
    const res = await get('/probe/editor', expired).expect(401);
    expect(res.body.message).toBe('The access token is invalid or expired');
  });

  it('answers 401 for a correctly signed token that is not an access token for a real user', async () => {
    const claims = { sub: editor.user.id, email: editor.user.email, role: 'editor' };
    await get('/probe/editor', await s.jwt.signAsync(claims)).expect(401);
    await get(
      '/probe/editor',
      await s.jwt.signAsync({ ...claims, typ: 'access', sub: 'not-a-uuid' }),
    ).expect(401);
    await get(
      '/probe/editor',
      await s.jwt.signAsync({
        ...claims,
        typ: 'access',
        sub: '00000000-0000-4000-8000-000000000000',
      }),
    ).expect(401);
  });

  it('takes the role from the database, not the token: demoted or disabled users lose access at once', async () => {
    const other = await createSignedInUser(s, 'admin');
    await get('/probe/admin', other.accessToken).expect(200);
    await s.users.update(other.user.id, { role: 'editor' }, { actor: admin.user });
    await get('/probe/admin', other.accessToken).expect(403);
    await s.users.update(other.user.id, { disabled: true }, { actor: admin.user });
    await get('/probe/editor', other.accessToken).expect(401);
  });
});
