import { DomainError } from '@portal/api/common';
import type { DocumentFormat, DocumentSource } from './document-format';

/** What the first bytes of a file are, whatever its name says. */
export type SniffedContent = 'pdf' | 'html' | 'text' | 'binary';

/** Enough of the start of a file to tell its kind; the rest is read by the worker. */
const SAMPLE_BYTES = 64 * 1024;
/** Text has a few control characters (form feeds, escapes); a binary file has many. */
const MAX_CONTROL_SHARE = 0.02;
const HTML_START = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])/i;
const ANY_TAG = /<(?:[a-z][a-z0-9-]*[\s/>]|\/[a-z]|!--)/i;

/**
 * Sniffs a file from its bytes: PDF by its `%PDF-` header (anywhere in the first KB, as
 * readers allow), binary by NUL bytes, control characters or invalid UTF-8 in the first
 * 64 KB, HTML by a document start or any tag, text otherwise.
 */
export function sniffContent(bytes: Uint8Array): SniffedContent {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, SAMPLE_BYTES));
  if (head.subarray(0, 1024).includes('%PDF-')) return 'pdf';
  let control = 0;
  for (const byte of head) {
    if (byte === 0) return 'binary';
    if (byte < 32 && byte !== 9 && byte !== 10 && byte !== 13 && byte !== 12) control++;
  }
  if (control > head.length * MAX_CONTROL_SHARE) return 'binary';
  const text = decodeUtf8(head, head.length < bytes.length);
  if (text === undefined) return 'binary';
  if (HTML_START.test(text.replace(/^\uFEFF/, ''))) return 'html';
  return ANY_TAG.test(text) ? 'html' : 'text';
}

/** UTF-8 text of the sample, or undefined; a character cut at the end of a sample is fine. */
function decodeUtf8(sample: Buffer, truncated: boolean): string | undefined {
  let end = sample.length;
  if (truncated) {
    // Step back over at most three continuation bytes to the start of the last character.
    let i = end - 1;
    while (i > 0 && end - i < 4 && ((sample[i] ?? 0) & 0xc0) === 0x80) i--;
    end = i;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(sample.subarray(0, end));
  } catch {
    return undefined;
  }
}

const FORMAT_NAME: Readonly<Record<DocumentFormat, string>> = {
  markdown: 'Markdown',
  html: 'HTML',
  text: 'plain text',
  pdf: 'PDF',
};

/**
 * Refuses, with 415 naming the field, bytes that are not what the upload declares: a
 * "PDF" that is text, text that is a PDF or a full HTML page, HTML without a tag, or
 * anything binary. Markdown may hold HTML tags; only a whole HTML document is refused.
 */
export function checkContent(
  format: DocumentFormat,
  bytes: Uint8Array,
  source: DocumentSource,
): void {
  const sniffed = sniffContent(bytes);
  const declared = FORMAT_NAME[format];
  const family = source.mediaType ? familyOf(source.mediaType) : undefined;
  let problem: string | undefined;
  if (family && family !== familyOf(MEDIA_TYPE[format])) {
    problem = `declared as ${declared} by its name, but sent as ${source.mediaType}`;
  } else if (sniffed === 'binary') {
    problem = `the bytes are binary data, not ${declared}`;
  } else if (format === 'pdf' && sniffed !== 'pdf') {
    problem = `declared as PDF, but the bytes are ${FORMAT_NAME[sniffed]} (no %PDF- header)`;
  } else if (format !== 'pdf' && sniffed === 'pdf') {
    problem = `declared as ${declared}, but the bytes are a PDF: upload it as .pdf`;
  } else if (format === 'html' && sniffed !== 'html') {
    problem = 'declared as HTML, but the bytes hold no HTML tag';
  } else if (format !== 'html' && format !== 'pdf' && isHtmlDocument(bytes)) {
    problem = `declared as ${declared}, but the bytes are an HTML page: upload it as .html`;
  }
  if (problem) {
    throw new DomainError(
      'unsupported-media-type',
      `${source.field} "${source.name}": ${problem}`,
      [{ path: source.field, message: problem }],
    );
  }
}

const MEDIA_TYPE: Readonly<Record<DocumentFormat, string>> = {
  markdown: 'text/markdown',
  html: 'text/html',
  text: 'text/plain',
  pdf: 'application/pdf',
};

/**
 * Media types that name one of our kinds; others (application/octet-stream, what a client
 * sends when it does not know) say nothing. Markdown often travels as text/plain.
 */
function familyOf(mediaType: string): 'pdf' | 'html' | 'text' | undefined {
  const type = mediaType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'application/pdf' || type === 'application/x-pdf') return 'pdf';
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (type === 'text/plain' || type === 'text/markdown' || type === 'text/x-markdown')
    return 'text';
  return undefined;
}

function isHtmlDocument(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024));
  return HTML_START.test(head.toString('utf8').replace(/^\uFEFF/, ''));
}
