export { SearchModule } from './lib/search.module';
export { SearchIndexer } from './lib/search-indexer.service';
export { SearchService, SEARCH_SERVICE_OPTIONS } from './lib/search.service';
export type { SearchServiceOptions } from './lib/search.service';
export { EmbeddingBackfill } from './lib/embedding-backfill.service';
export { SearchController } from './lib/search.controller';
export {
  FacetValueDto,
  SearchHitDto,
  SearchResponseDto,
  SearchSuggestionDto,
} from './lib/search-response.dto';
export { SEARCH_ENTITIES } from './lib/search.entities';
export { EMBEDDER, createEmbedder } from './lib/embeddings/embedder';
export type { Embedder, EmbedderSettings } from './lib/embeddings/embedder';
export {
  EMBEDDING_DIMENSIONS,
  SEARCH_INDEX_CHANNEL,
  SEARCH_RESULT_TTL_MS,
} from './lib/search.constants';
export type {
  IndexItem,
  IndexEntry,
  IndexPassage,
  SearchParams,
  RetrieveParams,
  RetrievedPassage,
  FollowingPassage,
} from './lib/search.types';
import { SearchSchema1764303000000 } from './lib/migrations/1764303000000-search-schema';
import { SearchTermFrequencies1764303000001 } from './lib/migrations/1764303000001-search-term-frequencies';
import { SearchBm25SingleLookup1764303000002 } from './lib/migrations/1764303000002-search-bm25-single-lookup';
import { SearchPassagesInline1764303000003 } from './lib/migrations/1764303000003-search-passages-inline';
import { SearchIndexVersion1764303000004 } from './lib/migrations/1764303000004-search-index-version';

export const SEARCH_MIGRATIONS = [
  SearchSchema1764303000000,
  SearchTermFrequencies1764303000001,
  SearchBm25SingleLookup1764303000002,
  SearchPassagesInline1764303000003,
  SearchIndexVersion1764303000004,
];
