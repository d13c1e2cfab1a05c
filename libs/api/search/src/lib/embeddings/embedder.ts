import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import { OllamaEmbeddings } from '@langchain/ollama';
import { OpenAIEmbeddings } from '@langchain/openai';
import { EMBEDDING_DIMENSIONS } from '../search.constants';

/** Turns text into vectors of EMBEDDING_DIMENSIONS numbers. */
export interface Embedder {
  embedDocuments(texts: string[]): Promise<number[][]>;
  embedQuery(text: string): Promise<number[]>;
}

/** Injection token: an Embedder, or null when EMBEDDINGS_PROVIDER=none. */
export const EMBEDDER = Symbol('SEARCH_EMBEDDER');

export interface EmbedderSettings {
  readonly provider: 'none' | 'openai' | 'ollama';
  readonly model?: string;
  readonly baseUrl?: string;
  readonly apiKey?: string;
}

/**
 * Built once at start from embeddingsConfig. OpenAI-compatible servers are asked for
 * floats (many return nothing else) and for our fixed dimension; Ollama models must
 * have that dimension themselves (e.g. all-minilm).
 */
export function createEmbedder(settings: EmbedderSettings): Embedder | null {
  let inner: EmbeddingsInterface;
  switch (settings.provider) {
    case 'openai':
      inner = new OpenAIEmbeddings({
        model: settings.model ?? 'text-embedding-3-small',
        apiKey: settings.apiKey ?? 'not-needed',
        dimensions: EMBEDDING_DIMENSIONS,
        encodingFormat: 'float',
        configuration: settings.baseUrl ? { baseURL: settings.baseUrl } : undefined,
      });
      break;
    case 'ollama':
      inner = new OllamaEmbeddings({
        model: settings.model ?? 'all-minilm',
        baseUrl: settings.baseUrl ?? 'http://127.0.0.1:11434',
      });
      break;
    default:
      return null;
  }
  return checked(inner);
}

/** Fails with a clear message when a model returns vectors of another size. */
export function checked(inner: EmbeddingsInterface): Embedder {
  const check = (v: number[]) => {
    if (v.length !== EMBEDDING_DIMENSIONS) {
      throw new Error(
        `The embeddings model returned ${v.length} dimensions; the search index needs ${EMBEDDING_DIMENSIONS}`,
      );
    }
    return v;
  };
  return {
    embedDocuments: async (texts) => (await inner.embedDocuments(texts)).map(check),
    embedQuery: async (text) => check(await inner.embedQuery(text)),
  };
}

/** pgvector's text form of a vector. */
export function toVectorLiteral(v: readonly number[]): string {
  return `[${v.map((x) => (Number.isFinite(x) ? x : 0)).join(',')}]`;
}
