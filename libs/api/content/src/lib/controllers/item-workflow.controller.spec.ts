import { Test } from '@nestjs/testing';
import { JwtAuthGuard, RolesGuard } from '@portal/api/auth';
import { ContentAdminService } from '../services/content-admin.service';
import { ContentReviewService } from '../services/content-review.service';
import { AdminPagesController } from './admin-pages.controller';
import { AdminProgrammesController } from './admin-programmes.controller';

describe('the pages and programmes controllers', () => {
  it('are built with the services their shared base class asks for, each for its kind', async () => {
    const content = { get: jest.fn(async (kind: string, id: string) => ({ kind, id })) };
    const reviews = { history: jest.fn(async (kind: string, id: string) => ({ kind, id })) };
    const moduleRef = await Test.createTestingModule({
      controllers: [AdminPagesController, AdminProgrammesController],
      providers: [
        { provide: ContentAdminService, useValue: content },
        { provide: ContentReviewService, useValue: reviews },
      ],
    })
      // The routes' guards are not what this checks; each needs the auth module's services.
      .overrideGuard(JwtAuthGuard)
      .useValue({ canActivate: () => true })
      .overrideGuard(RolesGuard)
      .useValue({ canActivate: () => true })
      .compile();

    await expect(moduleRef.get(AdminPagesController).get('p1')).resolves.toEqual({
      kind: 'page',
      id: 'p1',
    });
    await expect(
      moduleRef.get(AdminProgrammesController).reviewHistory('p2', {
        id: 'u1',
        email: 'editor@example.org',
        role: 'editor',
      }),
    ).resolves.toEqual({ kind: 'programme', id: 'p2' });
    await moduleRef.close();
  });
});
