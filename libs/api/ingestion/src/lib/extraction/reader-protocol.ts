import type { ReadResult } from './read-document';

/** The worker is loaded; or its answer to one document: the result, the limit hit, an error. */
export type ReaderReply =
  | { readonly ready: true }
  | { readonly id: number; readonly result: ReadResult }
  | { readonly id: number; readonly limit: string }
  | { readonly id: number; readonly error: string };
