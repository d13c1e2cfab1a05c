import { describeOpenApiContract } from '@portal/api/auth/testing';
import type { Presence, ShapeOf } from '@portal/api/common/testing';
import type {
  AdminDocument,
  AdminDocumentDetail,
  DocumentPassage,
  Paginated,
  PublicDocument,
} from '@portal/domain/content';
import { AdminDocumentsController, PublicDocumentsController } from '../documents.controller';
import { IngestionService } from '../ingestion.service';

const ADMIN_DOCUMENT = {
  id: 'required',
  title: 'required',
  lang: 'required',
  status: 'required',
  chunks: 'required',
  format: 'required',
  sizeBytes: 'required',
  createdAt: 'required',
  sourceUrl: 'optional',
  failureReason: 'optional',
} as const satisfies ShapeOf<AdminDocument>;

/*
 * The keys of each shared payload type, written out so that the compiler checks them
 * against the type (`ShapeOf`), and this spec checks the OpenAPI document against them.
 */
const SHAPES = {
  DocumentSummaryDto: ADMIN_DOCUMENT,
  AdminDocumentDetailDto: {
    ...ADMIN_DOCUMENT,
    passages: 'required',
  } satisfies ShapeOf<AdminDocumentDetail>,
  PassageDto: {
    anchor: 'required',
    heading: 'optional',
    text: 'required',
  } satisfies ShapeOf<DocumentPassage>,
  DocumentListDto: {
    items: 'required',
    total: 'required',
    page: 'required',
    size: 'required',
  } satisfies ShapeOf<Paginated<AdminDocument>>,
  PublicDocumentDto: {
    id: 'required',
    title: 'required',
    lang: 'required',
    sourceUrl: 'optional',
    passages: 'required',
  } satisfies ShapeOf<PublicDocument>,
  /** The documents of a batch upload (no shared type: the admin uploads one at a time). */
  DocumentBatchDto: { items: 'required' } satisfies Record<string, Presence>,
};

describeOpenApiContract('document payloads in the OpenAPI document', {
  controllers: [AdminDocumentsController, PublicDocumentsController],
  providers: [{ provide: IngestionService, useValue: {} }],
  shapes: SHAPES,
  responses: [
    ['/api/admin/documents', 'get', '200', '#/components/schemas/DocumentListDto'],
    ['/api/admin/documents', 'post', '201', '#/components/schemas/DocumentSummaryDto'],
    ['/api/admin/documents/batch', 'post', '201', '#/components/schemas/DocumentBatchDto'],
    ['/api/admin/documents/{id}', 'get', '200', '#/components/schemas/AdminDocumentDetailDto'],
    ['/api/admin/documents/{id}/approve', 'post', '200', '#/components/schemas/DocumentSummaryDto'],
    ['/api/documents/{id}', 'get', '200', '#/components/schemas/PublicDocumentDto'],
  ],
});
