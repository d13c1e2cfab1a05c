import { describeOpenApiContract } from '@portal/api/auth/testing';
import type { ShapeOf } from '@portal/api/common/testing';
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

const REVISION_SUMMARY = {
  number: 'required',
  action: 'required',
  authorId: 'required',
  authorEmail: 'required',
  createdAt: 'required',
  changedFields: 'required',
} satisfies ShapeOf<RevisionSummary>;

/*
 * The keys of each shared payload type, written out so that the compiler checks them
 * against the type (`ShapeOf`), and this spec checks the OpenAPI document against them.
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
  } satisfies ShapeOf<AdminTranslation>,
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
  } satisfies ShapeOf<AdminItem>,
  AdminItemListDto: {
    items: 'required',
    total: 'required',
    page: 'required',
    size: 'required',
  } satisfies ShapeOf<AdminItemList>,
  RevisionSummaryDto: REVISION_SUMMARY,
  // A revision's detail is its summary and the snapshot, as the type extends the summary.
  RevisionDetailDto: {
    ...REVISION_SUMMARY,
    snapshot: 'required',
  } satisfies ShapeOf<RevisionDetail>,
  FieldChangeDto: {
    field: 'required',
    from: 'required',
    to: 'required',
  } satisfies ShapeOf<FieldChange>,
  RevisionDiffDto: {
    from: 'required',
    to: 'required',
    changes: 'required',
  } satisfies ShapeOf<RevisionDiff>,
};

describeOpenApiContract('editorial payloads in the OpenAPI document', {
  controllers: [AdminPagesController, AdminProgrammesController, AdminReferenceController],
  providers: [
    { provide: ContentAdminService, useValue: {} },
    { provide: ContentReviewService, useValue: {} },
  ],
  shapes: SHAPES,
  responses: [
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
  ],
  // The review steps have their own shape (ItemReviews), not an editorial payload.
  exempt: (operation) => operation.endsWith('/reviews'),
});
