import { constants, inflateSync } from 'node:zlib';
import { EXTRACTION_LIMITS, ExtractionLimitError } from './extraction-limits';

const MB = 1024 * 1024;
/** How far before a `stream` keyword its dictionary (with its /Filter) may start. */
const DICTIONARY_WINDOW = 4096;
const FLATE = /\/(?:FlateDecode|Fl)(?![A-Za-z])/g;

/**
 * Refuses a PDF with a FlateDecode stream that inflates beyond
 * `EXTRACTION_LIMITS.pdfStreamMb`, before pdf.js sees it. pdf.js inflates into
 * ArrayBuffers that grow outside the V8 heap, where the worker's heap cap does not reach,
 * so a megabyte of deflated spaces could become gigabytes. zlib stops at the cap itself.
 * Streams are found by their keywords in one forward pass, a guard rather than a parser:
 * a stream it cannot inflate is left to pdf.js, which reads it under the time cap.
 */
export function checkPdfStreams(data: Uint8Array): void {
  const pdf = Buffer.from(data.buffer, data.byteOffset, data.length);
  const maxBytes = EXTRACTION_LIMITS.pdfStreamMb * MB;
  let searchFrom = 0;
  let previousEnd = 0;
  for (;;) {
    const keyword = pdf.indexOf('stream', searchFrom, 'latin1');
    if (keyword === -1) return;
    searchFrom = keyword + 6;
    if (keyword >= 3 && pdf.toString('latin1', keyword - 3, keyword) === 'end') continue;
    let start = keyword + 6;
    if (pdf[start] === 0x0d) start++;
    if (pdf[start] === 0x0a) start++;
    const end = pdf.indexOf('endstream', start, 'latin1');
    if (end === -1) return;
    const dictionary = pdf.toString(
      'latin1',
      Math.max(previousEnd, keyword - DICTIONARY_WINDOW),
      keyword,
    );
    const dictionaryStart = dictionary.lastIndexOf('obj');
    const filters = (dictionary.slice(dictionaryStart + 1).match(FLATE) ?? []).length;
    let bytes: Buffer = pdf.subarray(start, end);
    // [/FlateDecode /FlateDecode] nests one bomb in another: each layer is capped.
    for (let layer = 0; layer < filters; layer++) {
      const inflated = inflateCapped(bytes, maxBytes);
      if (!inflated) break;
      bytes = inflated;
    }
    previousEnd = end + 9;
    searchFrom = previousEnd;
  }
}

/** The inflated bytes, undefined when they are not deflate data; throws past the cap. */
function inflateCapped(bytes: Buffer, maxBytes: number): Buffer | undefined {
  try {
    // A sync flush reads what a truncated stream holds, as pdf.js would.
    return inflateSync(bytes, { maxOutputLength: maxBytes, finishFlush: constants.Z_SYNC_FLUSH });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new ExtractionLimitError(
        `a compressed stream in it inflates to more than ${EXTRACTION_LIMITS.pdfStreamMb} MB`,
      );
    }
    return undefined;
  }
}
