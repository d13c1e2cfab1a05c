import { Controller, Post, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { AuthenticatedRequest } from '@portal/api/auth';
import { ApiExceptionFilter } from '@portal/api/common';
import request from 'supertest';
import type { Actor } from '../content.types';
import { EditingActor } from './admin-actor';

@Controller('probe')
class ProbeController {
  @Post()
  change(@EditingActor() actor: Actor): Actor {
    return actor;
  }
}

describe('EditingActor', () => {
  let app: INestApplication;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({ controllers: [ProbeController] }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    app.useGlobalFilters(new ApiExceptionFilter());
    // What AdminRoute's guard leaves on the request, for the requests that name a user.
    app.use((req: AuthenticatedRequest, _res: unknown, next: () => void) => {
      const email = req.headers['x-probe-user'];
      if (typeof email === 'string') req.user = { id: 'u1', email, role: 'editor' };
      next();
    });
    await app.init();
  });

  afterAll(async () => {
    await app.close();
  });

  it('is the signed-in user with the address the change came from', async () => {
    const res = await request(app.getHttpServer())
      .post('/probe')
      .set('x-probe-user', 'editor@example.org');
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: 'u1',
      email: 'editor@example.org',
      role: 'editor',
      ip: expect.stringMatching(/^(127\.0\.0\.1|::1)$/),
    });
  });

  it('refuses a request nobody signed in to', async () => {
    const res = await request(app.getHttpServer()).post('/probe');
    expect(res.status).toBe(401);
  });
});
