import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { JwtAuthGuard, RolesGuard } from '@portal/api/auth';
import type {
  AdminItem,
  AdminItemList,
  AdminTranslation,
  FieldChange,
  RevisionDetail,
  RevisionDiff,
  RevisionSummary,
} from '@portal/domain/content';
import { AdminPagesController } from '../controllers/admin-pages.controller';
import { AdminProgrammesController } from '../controllers/admin-programmes.controller';
import { AdminReferenceController } from '../controllers/admin-reference.controller';
import { ContentAdminService } from '../services/content-admin.service';
import { ContentReviewService } from '../services/content-review.service';

type Presence = 'required' | 'optional';

/*
 * The keys of each shared payload type, written out so that the compiler checks them:
 * `satisfies Record<keyof T, Presence>` fails when the type gains or loses a key, and
 * this spec fails when the OpenAPI document no longer says the same.
 */
const SHAPES = {
  AdminTranslationDto: {
    title: 'required',
    summary: 'required',
    body: 'required',
    format: 'required',
    bodyHtml: 'required',
    status: 'required',
    publishAt: 'required',
    scheduledRevision: 'required',
    publishedAt: 'required',
    hasUnpublishedChanges: 'required',
    outdated: 'required',
    changedRevision: 'required',
    basedOnRevision: 'required',
  } satisfies Record<keyof AdminTranslation, Presence>,
  AdminItemDto: {
    id: 'required',
    kind: 'required',
    key: 'required',
    slug: 'required',
    sourceLocale: 'required',
    version: 'required',
    translations: 'required',
    createdAt: 'required',
    updatedAt: 'required',
    updatedBy: 'required',
    category: 'optional',
    activities: 'optional',
    fieldOperation: 'optional',
    countries: 'optional',
    startYear: 'optional',
    endYear: 'optional',
  } satisfies Record<keyof AdminItem, Presence>,
  AdminItemListDto: {
    items: 'required',
    total: 'required',
    page: 'required',
    size: 'required',
  } satisfies Record<keyof AdminItemList, Presence>,
  RevisionSummaryDto: {
    number: 'required',
    action: 'required',
    authorId: 'required',
    authorEmail: 'required',
    createdAt: 'required',
    changedFields: 'required',
  } satisfies Record<keyof RevisionSummary, Presence>,
  RevisionDetailDto: {
    number: 'required',
    action: 'required',
    authorId: 'required',
    authorEmail: 'required',
    createdAt: 'required',
    changedFields: 'required',
    snapshot: 'required',
  } satisfies Record<keyof RevisionDetail, Presence>,
  FieldChangeDto: {
    field: 'required',
    from: 'required',
    to: 'required',
  } satisfies Record<keyof FieldChange, Presence>,
  RevisionDiffDto: {
    from: 'required',
    to: 'required',
    changes: 'required',
  } satisfies Record<keyof RevisionDiff, Presence>,
};

interface Schema {
  readonly properties?: Record<string, unknown>;
  readonly required?: readonly string[];
}

function responseRef(document: OpenAPIObject, path: string, method: string, status: string) {
  const operation = document.paths[path]?.[method as 'get'];
  const response = operation?.responses[status] as
    | { content?: Record<string, { schema?: { $ref?: string; items?: { $ref?: string } } }> }
    | undefined;
  const schema = response?.content?.['application/json']?.schema;
  return schema?.$ref ?? (schema?.items?.$ref ? `[${schema.items.$ref}]` : undefined);
}

/** The OpenAPI document of the editorial controllers, built as configure-app builds the API's. */
describe('editorial payloads in the OpenAPI document', () => {
  let app: INestApplication;
  let document: OpenAPIObject;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({
      controllers: [AdminPagesController, AdminProgrammesController, AdminReferenceController],
      providers: [
        { provide: ContentAdminService, useValue: {} },
        { provide: ContentReviewService, useValue: {} },
      ],
    })
      .overrideGuard(JwtAuthGuard)
      .useValue({ canActivate: () => true })
      .overrideGuard(RolesGuard)
      .useValue({ canActivate: () => true })
      .compile();
    app = moduleRef.createNestApplication({ logger: false });
    app.setGlobalPrefix('api');
    document = SwaggerModule.createDocument(app, new DocumentBuilder().build());
  });

  afterAll(async () => {
    await app.close();
  });

  it.each(Object.entries(SHAPES))(
    'describes %s with the keys of the shared type',
    (name, keys: Record<string, Presence>) => {
      const schema = document.components?.schemas?.[name] as Schema | undefined;
      expect(schema).toBeDefined();
      expect(Object.keys(schema?.properties ?? {}).sort()).toEqual(Object.keys(keys).sort());
      const required = Object.keys(keys).filter((key) => keys[key] === 'required');
      expect([...(schema?.required ?? [])].sort()).toEqual(required.sort());
    },
  );

  it.each([
    ['/api/admin/pages', 'get', '200', '#/components/schemas/AdminItemListDto'],
    ['/api/admin/pages', 'post', '201', '#/components/schemas/AdminItemDto'],
    ['/api/admin/pages/{id}', 'get', '200', '#/components/schemas/AdminItemDto'],
    ['/api/admin/pages/{id}', 'patch', '200', '#/components/schemas/AdminItemDto'],
    ['/api/admin/pages/{id}/publish', 'post', '200', '#/components/schemas/AdminItemDto'],
    ['/api/admin/programmes', 'post', '201', '#/components/schemas/AdminItemDto'],
    [
      '/api/admin/programmes/{id}/revisions',
      'get',
      '200',
      '[#/components/schemas/RevisionSummaryDto]',
    ],
    [
      '/api/admin/programmes/{id}/revisions/diff',
      'get',
      '200',
      '#/components/schemas/RevisionDiffDto',
    ],
    [
      '/api/admin/programmes/{id}/revisions/{rev}',
      'get',
      '200',
      '#/components/schemas/RevisionDetailDto',
    ],
    ['/api/admin/reference/{kind}/{key}', 'patch', '200', '#/components/schemas/AdminItemDto'],
    ['/api/admin/reference/{kind}', 'get', '200', '#/components/schemas/AdminItemListDto'],
  ])('documents %s %s %s as %s', (path, method, status, ref) => {
    expect(responseRef(document, path, method, status)).toBe(ref);
  });

  it('gives every editorial read and write a documented response', () => {
    const undocumented = Object.entries(document.paths)
      // The review steps have their own shape (ItemReviews), not an editorial payload.
      .filter(([path]) => !path.endsWith('/reviews'))
      .flatMap(([path, operations]) =>
        (['get', 'post', 'patch'] as const)
          .filter((method) => operations[method])
          .filter(
            (method) =>
              !responseRef(document, path, method, '200') &&
              !responseRef(document, path, method, '201'),
          )
          .map((method) => `${method} ${path}`),
      );
    expect(undocumented).toEqual([]);
  });
});
