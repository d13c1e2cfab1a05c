/** Formats the ingestion accepts; PDFs arrive only as uploaded files. */
export const TEXT_FORMATS = ['markdown', 'html', 'text'] as const;
export type TextFormat = (typeof TEXT_FORMATS)[number];
export type DocumentFormat = TextFormat | 'pdf';

export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

const BY_EXTENSION: Readonly<Record<string, DocumentFormat>> = {
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
  txt: 'text',
  pdf: 'pdf',
};

/** The format of an uploaded file by its extension, or undefined when unsupported. */
export function formatOfFile(filename: string): DocumentFormat | undefined {
  const ext = /\.([a-z0-9]+)$/i.exec(filename)?.[1]?.toLowerCase();
  return ext ? BY_EXTENSION[ext] : undefined;
}

/** A stretch of a document under one heading (or before the first heading). */
export interface Section {
  readonly heading?: string;
  readonly text: string;
}

/** Where an upload's content came from, for messages: the form field, the file's name and type. */
export interface DocumentSource {
  readonly field: string;
  readonly name: string;
  /** The media type the client declared for the file part, when it declared one. */
  readonly mediaType?: string;
}
