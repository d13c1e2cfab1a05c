import { describeOpenApiContract } from '@portal/api/auth/testing';
import type { ShapeOf } from '@portal/api/common/testing';
import type {
  CountryDetail,
  CountrySummary,
  FieldOperationDetail,
  FieldOperationSummary,
  InstitutionDetail,
  InstitutionSummary,
  LeadershipOfficePayload,
  LocalizedList,
  NavigationItem,
  OfficeHolderPayload,
  PagePayload,
  Paginated,
  ProgrammeDetail,
  ProgrammeListItem,
  ProgrammeSummary,
  SearchHit,
  Served,
} from '@portal/domain/content';
import { PublicContentController } from '../controllers/public-content.controller';
import { LeadershipController } from '../leadership/leadership.controller';
import { LeadershipService } from '../leadership/leadership.service';
import { ContentPublicService } from '../services/content-public.service';
import { CountryDocumentsService } from '../services/country-documents.service';

const SERVED = {
  lang: 'required',
  requestedLang: 'required',
  availableLangs: 'required',
  outdated: 'optional',
} as const satisfies ShapeOf<Served>;

const COUNTRY_SUMMARY = {
  code: 'required',
  name: 'required',
  group: 'required',
  chairpersonship: 'optional',
  slug: 'required',
} as const satisfies ShapeOf<CountrySummary>;

const INSTITUTION_SUMMARY = {
  slug: 'required',
  name: 'required',
  acronym: 'optional',
  seat: 'optional',
  kind: 'required',
} as const satisfies ShapeOf<InstitutionSummary>;

const FIELD_OPERATION_SUMMARY = {
  slug: 'required',
  name: 'required',
  kind: 'required',
  status: 'required',
  countryCode: 'optional',
  host: 'required',
  startYear: 'required',
  endYear: 'optional',
} as const satisfies ShapeOf<FieldOperationSummary>;

const PROGRAMME_SUMMARY = {
  slug: 'required',
  title: 'required',
  summary: 'optional',
  category: 'required',
  activities: 'required',
  fieldOperation: 'optional',
  countries: 'required',
  startYear: 'optional',
  endYear: 'optional',
} as const satisfies ShapeOf<ProgrammeSummary>;

const LIST = {
  items: 'required',
  total: 'required',
  page: 'required',
  size: 'required',
} as const satisfies ShapeOf<Paginated<unknown>>;

const LOCALIZED_LIST = { ...LIST, lang: 'required' } as const satisfies ShapeOf<
  LocalizedList<unknown>
>;

/*
 * The keys of each shared payload type, written out so that the compiler checks them
 * against the type (`ShapeOf`), and this spec checks the OpenAPI document against them.
 */
const SHAPES = {
  NavigationItemDto: {
    key: 'required',
    label: 'required',
    path: 'optional',
    children: 'optional',
  } satisfies ShapeOf<NavigationItem>,
  CountrySummaryDto: COUNTRY_SUMMARY,
  CountryListDto: LOCALIZED_LIST,
  CountryDetailDto: {
    ...COUNTRY_SUMMARY,
    ...SERVED,
    joined: 'required',
    description: 'optional',
    fieldOperations: 'required',
    programmes: 'required',
  } satisfies ShapeOf<CountryDetail>,
  CountryDocumentListDto: LIST satisfies ShapeOf<Paginated<SearchHit>>,
  InstitutionSummaryDto: INSTITUTION_SUMMARY,
  InstitutionListDto: LOCALIZED_LIST,
  InstitutionDetailDto: {
    ...INSTITUTION_SUMMARY,
    ...SERVED,
    description: 'optional',
  } satisfies ShapeOf<InstitutionDetail>,
  FieldOperationSummaryDto: FIELD_OPERATION_SUMMARY,
  FieldOperationListDto: LOCALIZED_LIST,
  FieldOperationDetailDto: {
    ...FIELD_OPERATION_SUMMARY,
    ...SERVED,
    description: 'optional',
    programmes: 'required',
  } satisfies ShapeOf<FieldOperationDetail>,
  ProgrammeListItemDto: {
    ...PROGRAMME_SUMMARY,
    lang: 'required',
  } satisfies ShapeOf<ProgrammeListItem>,
  ProgrammeListDto: LOCALIZED_LIST,
  ProgrammeDetailDto: {
    ...PROGRAMME_SUMMARY,
    ...SERVED,
    body: 'required',
    updatedAt: 'required',
  } satisfies ShapeOf<ProgrammeDetail>,
  PageDto: {
    ...SERVED,
    slug: 'required',
    title: 'required',
    summary: 'required',
    body: 'required',
    updatedAt: 'required',
  } satisfies ShapeOf<PagePayload>,
  LeadershipOfficeDto: {
    slug: 'required',
    title: 'required',
    group: 'required',
    path: 'optional',
    relatedName: 'optional',
    holder: 'optional',
  } satisfies ShapeOf<LeadershipOfficePayload>,
  PublicOfficeHolderDto: {
    name: 'required',
    since: 'required',
    sourceUrl: 'optional',
    note: 'optional',
  } satisfies ShapeOf<OfficeHolderPayload>,
  LeadershipListDto: LIST satisfies ShapeOf<Paginated<LeadershipOfficePayload>>,
};

/** The schema each list's `items` (or a detail's list) refers to. */
const ITEMS = [
  ['CountryListDto', 'items', 'CountrySummaryDto'],
  ['CountryDocumentListDto', 'items', 'SearchHitDto'],
  ['InstitutionListDto', 'items', 'InstitutionSummaryDto'],
  ['FieldOperationListDto', 'items', 'FieldOperationSummaryDto'],
  ['ProgrammeListDto', 'items', 'ProgrammeListItemDto'],
  ['LeadershipListDto', 'items', 'LeadershipOfficeDto'],
  ['NavigationItemDto', 'children', 'NavigationItemDto'],
  ['CountryDetailDto', 'fieldOperations', 'FieldOperationSummaryDto'],
  ['CountryDetailDto', 'programmes', 'ProgrammeListItemDto'],
  ['FieldOperationDetailDto', 'programmes', 'ProgrammeListItemDto'],
] as const;

describeOpenApiContract(
  'public content payloads in the OpenAPI document',
  {
    controllers: [PublicContentController, LeadershipController],
    providers: [
      { provide: ContentPublicService, useValue: {} },
      { provide: CountryDocumentsService, useValue: {} },
      { provide: LeadershipService, useValue: {} },
    ],
    shapes: SHAPES,
    responses: [
      ['/api/navigation', 'get', '200', '[#/components/schemas/NavigationItemDto]'],
      ['/api/countries', 'get', '200', '#/components/schemas/CountryListDto'],
      ['/api/countries/{code}', 'get', '200', '#/components/schemas/CountryDetailDto'],
      [
        '/api/countries/{code}/documents',
        'get',
        '200',
        '#/components/schemas/CountryDocumentListDto',
      ],
      ['/api/institutions', 'get', '200', '#/components/schemas/InstitutionListDto'],
      ['/api/institutions/{slug}', 'get', '200', '#/components/schemas/InstitutionDetailDto'],
      ['/api/field-operations', 'get', '200', '#/components/schemas/FieldOperationListDto'],
      [
        '/api/field-operations/{slug}',
        'get',
        '200',
        '#/components/schemas/FieldOperationDetailDto',
      ],
      ['/api/programmes', 'get', '200', '#/components/schemas/ProgrammeListDto'],
      ['/api/programmes/{slug}', 'get', '200', '#/components/schemas/ProgrammeDetailDto'],
      ['/api/pages/{slug}', 'get', '200', '#/components/schemas/PageDto'],
      ['/api/leadership', 'get', '200', '#/components/schemas/LeadershipListDto'],
    ],
  },
  (document) => {
    it.each(ITEMS)('describes %s.%s as a list of %s', (schema, property, item) => {
      const found = document().components?.schemas?.[schema] as {
        properties: Record<string, { items?: { $ref?: string } }>;
      };
      expect(found.properties[property]?.items?.$ref).toBe(`#/components/schemas/${item}`);
    });
  },
);
