import { describeOpenApiContract } from '@portal/api/auth/testing';
import type { ShapeOf } from '@portal/api/common/testing';
import type {
  FacetValue,
  SearchHit,
  SearchResponse,
  SearchSuggestion,
} from '@portal/domain/content';
import { SearchController } from './search.controller';
import { SearchService } from './search.service';

/*
 * The keys of each shared payload type, written out so that the compiler checks them
 * against the type (`ShapeOf`), and this spec checks the OpenAPI document against them.
 */
const SHAPES = {
  SearchResponseDto: {
    query: 'required',
    lang: 'required',
    total: 'required',
    tookMs: 'required',
    page: 'required',
    size: 'required',
    hits: 'required',
    facets: 'required',
    suggestion: 'optional',
    correctedFrom: 'optional',
  } satisfies ShapeOf<SearchResponse>,
  SearchHitDto: {
    id: 'required',
    type: 'required',
    documentId: 'optional',
    title: 'required',
    snippet: 'required',
    url: 'required',
    lang: 'required',
    score: 'required',
  } satisfies ShapeOf<SearchHit>,
  FacetValueDto: {
    value: 'required',
    count: 'required',
  } satisfies ShapeOf<FacetValue>,
  SearchSuggestionDto: {
    text: 'required',
    url: 'optional',
  } satisfies ShapeOf<SearchSuggestion>,
};

describeOpenApiContract(
  'search payloads in the OpenAPI document',
  {
    controllers: [SearchController],
    providers: [{ provide: SearchService, useValue: {} }],
    shapes: SHAPES,
    responses: [
      ['/api/search', 'get', '200', '#/components/schemas/SearchResponseDto'],
      ['/api/search/suggest', 'get', '200', '[#/components/schemas/SearchSuggestionDto]'],
    ],
  },
  (document) => {
    it('describes each facet as a list of values with their counts', () => {
      const schema = document().components?.schemas?.['SearchResponseDto'] as {
        properties: Record<string, { additionalProperties?: { items?: { $ref?: string } } }>;
      };
      expect(schema.properties['facets']?.additionalProperties?.items?.$ref).toBe(
        '#/components/schemas/FacetValueDto',
      );
    });
  },
);
