import { LOCALES, Locale, TEXT_SEARCH_CONFIGS } from '@portal/domain/locales';

/** Signalled when the search index changes (committed), on every instance: results kept go. */
export const SEARCH_INDEX_CHANNEL = 'search_index';

/** Longest a search result is kept, here or by the API's cache front: rankings age. */
export const SEARCH_RESULT_TTL_MS = 5 * 60_000;

/**
 * Our own copy of each stemming configuration with `unaccent` in front of the stemmer,
 * so indexing, querying and ts_headline all fold accents the same way
 * ("prossimita" finds "prossimità"). Created by the search migration.
 */
export function searchConfig(locale: Locale): string {
  return `search_${TEXT_SEARCH_CONFIGS[locale]}`;
}

export const SEARCH_CONFIGS: Readonly<Record<Locale, string>> = Object.fromEntries(
  LOCALES.map((l) => [l, searchConfig(l)]),
) as Record<Locale, string>;

/**
 * Fixed embedding dimension of `search_passage.embedding`. pgvector indexes need a typed
 * column, so one dimension is chosen for the whole deployment; a model with another size
 * must be asked for 384 dimensions (OpenAI text-embedding-3-*) or be one of that size
 * (all-minilm, multilingual-e5-small, paraphrase-multilingual-MiniLM).
 */
export const EMBEDDING_DIMENSIONS = 384;

export const MAX_QUERY_LENGTH = 500;
