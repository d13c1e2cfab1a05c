import type { TranslationLexicon } from '@portal/api/text';
import { BaseRetriever, type BaseRetrieverInput } from '@langchain/core/retrievers';
import { Document } from '@langchain/core/documents';
import type { SearchHitType } from '@portal/domain/content';
import type { Locale } from '@portal/domain/locales';
import type { RetrievedPassage } from '@portal/api/search';
import type { SourcePassage } from '../answer/answer.types';

/** What the retriever needs from search: `SearchService.retrieve`. */
export interface PassageSearch {
  retrieve(params: {
    query: string;
    lang: Locale;
    limit: number;
    types?: readonly SearchHitType[];
    ownLanguageOnly?: boolean;
  }): Promise<RetrievedPassage[]>;
  /** How rare each word is in its language's passages (0 common .. 1 unknown); see SearchService. */
  rarity?(
    wordsByLang: ReadonlyMap<Locale, readonly string[]>,
  ): Promise<ReadonlyMap<Locale, ReadonlyMap<string, number>>>;
  /** Word translations learned from the published content. */
  translations?(): Promise<TranslationLexicon>;
  /** For each passage id, up to `count` passages of its item and language, in order. */
  itemPassages?(
    ids: readonly string[],
    count: number,
  ): Promise<ReadonlyMap<string, { id: string; anchor: string; heading?: string; text: string }[]>>;
}

export interface PortalRetrieverInput extends BaseRetrieverInput {
  readonly search: PassageSearch;
  readonly lang: Locale;
  readonly limit?: number;
}

/**
 * LangChain retriever over the portal's search (published content and ingested
 * documents, with the search's thesaurus expansion into the other languages). Each
 * Document carries the passage's score, anchor, url and language in its metadata.
 */
export class PortalRetriever extends BaseRetriever {
  override lc_namespace = ['portal', 'retrievers'];
  private readonly search: PassageSearch;
  private readonly lang: Locale;
  private readonly limit: number;

  constructor(input: PortalRetrieverInput) {
    super(input);
    this.search = input.search;
    this.lang = input.lang;
    this.limit = input.limit ?? 8;
  }

  override async _getRelevantDocuments(query: string): Promise<Document<RetrievedPassage>[]> {
    // Twice as many, since the translations of one passage often fill the first places.
    const passages = await this.search.retrieve({ query, lang: this.lang, limit: this.limit * 2 });
    return withoutTranslations(passages, this.lang)
      .slice(0, this.limit)
      .map((p) => new Document({ pageContent: p.text, metadata: p, id: p.id }));
  }
}

/**
 * Pages exist in all six languages, and a short passage such as a page's reference facts
 * ("Office for ..., Warsaw") can rank in five other languages above the same passage in
 * the visitor's, the more so as the query carries the names in every language. One copy
 * of each passage is kept: the visitor's language where it was found, else the best
 * ranked, so that the copies neither crowd out other passages nor get quoted twice.
 */
export function withoutTranslations(
  passages: readonly RetrievedPassage[],
  lang: Locale,
): RetrievedPassage[] {
  const key = (p: RetrievedPassage) => `${p.type}:${p.itemId}#${p.anchor}`;
  const own = new Set(passages.filter((p) => p.lang === lang).map(key));
  const seen = new Set<string>();
  return passages.filter((p) => {
    const k = key(p);
    if (p.lang === lang) return true;
    if (own.has(k) || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export function toSourcePassage(doc: Document<RetrievedPassage>): SourcePassage {
  const m = doc.metadata;
  return {
    id: m.id,
    title: m.title,
    heading: m.heading,
    text: doc.pageContent,
    url: m.url,
    lang: m.lang,
    score: m.score,
    documentId: m.documentId,
  };
}
