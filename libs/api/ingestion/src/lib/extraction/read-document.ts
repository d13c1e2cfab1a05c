import { createHash } from 'node:crypto';
import type { Locale } from '@portal/domain/locales';
import { detectLanguage } from '../text/language-detector';
import { chunkSections, type Passage } from './chunker';
import type { DocumentFormat, Section } from './document-format';
import { ExtractionLimitError, TextBudget } from './extraction-limits';
import { extractPdfSections } from './pdf-extractor';
import { extractSections } from './text-extractor';

/** One document to read; `bytes` is the file as uploaded (UTF-8 for the text formats). */
export interface ReadRequest {
  readonly format: DocumentFormat;
  readonly bytes: Uint8Array;
  readonly title: string;
  readonly lang?: Locale;
}

/** Everything ingestion needs from a document's bytes, so the API thread only stores it. */
export interface ReadResult {
  readonly passages: Passage[];
  readonly lang: Locale;
  /** SHA-256 of the extracted text (whitespace folded), or of the bytes when unreadable. */
  readonly contentHash: string;
  /** Why no text came out of a file that was within the limits (kept as a failed document). */
  readonly failure?: string;
}

/**
 * Bytes -> sections -> passages, language and content hash. Runs in the document reader's
 * worker; a limit it hits (`ExtractionLimitError`) refuses the upload, any other error marks
 * the document as failed with the reason.
 */
export async function readDocument(request: ReadRequest): Promise<ReadResult> {
  const budget = new TextBudget();
  let sections: Section[] = [];
  let failure: string | undefined;
  try {
    sections =
      request.format === 'pdf'
        ? await extractPdfSections(request.bytes, budget)
        : extractSections(request.format, Buffer.from(request.bytes).toString('utf8'), budget);
  } catch (e) {
    if (e instanceof ExtractionLimitError) throw e;
    failure = `The ${request.format} file could not be read: ${(e as Error).message}`;
  }
  const text = sections
    .map((s) => `${s.heading ?? ''}\n${s.text}`)
    .join('\n')
    .trim();
  if (!failure && !text) failure = 'No text could be extracted (a scanned PDF needs OCR first)';
  const passages = failure ? [] : await chunkSections(sections);
  return {
    passages,
    lang: request.lang ?? detectLanguage(`${request.title}\n${text}`),
    contentHash: createHash('sha256')
      .update(failure ? request.bytes : text.replace(/\s+/g, ' '))
      .digest('hex'),
    ...(failure ? { failure } : {}),
  };
}
