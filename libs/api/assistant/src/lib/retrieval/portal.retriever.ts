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
  }): Promise<RetrievedPassage[]>;
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
    const passages = await this.search.retrieve({ query, lang: this.lang, limit: this.limit });
    return passages.map((p) => new Document({ pageContent: p.text, metadata: p, id: p.id }));
  }
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
