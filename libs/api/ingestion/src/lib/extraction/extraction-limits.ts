/**
 * What reading one uploaded document may cost. Reading happens in a worker thread, so a
 * hostile file can waste at most these, never the API's own event loop.
 */
export const EXTRACTION_LIMITS = {
  /** Wall-clock time for extraction and chunking, after which the worker is stopped. */
  timeoutMs: 10_000,
  /** The worker's JS heap (V8 stops it with ERR_WORKER_OUT_OF_MEMORY beyond this). */
  heapMb: 256,
  /**
   * Growth of the process's resident memory while a document is read. Decoded PDF streams
   * live in ArrayBuffers outside the V8 heap, which the heap cap does not see.
   */
  residentGrowthMb: 512,
  /** Text a document may yield: about 600 pages of a report, 2,500-odd passages. */
  textChars: 2_000_000,
  /** What one compressed PDF stream may inflate to (a print-quality page image fits). */
  pdfStreamMb: 100,
  /** Pages of a PDF; one with more is refused before any page is read. */
  pdfPages: 2_000,
  /** A heading longer than this is running text set in a heading tag, kept as a paragraph. */
  headingChars: 300,
  /** Documents waiting for the worker; more at once get 503 and come back later. */
  queue: 4,
} as const;

/** A document asked more than a limit allows; the message says which limit and how much. */
export class ExtractionLimitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExtractionLimitError';
  }
}

/** Counts the text an extractor has taken in, and stops it at `EXTRACTION_LIMITS.textChars`. */
export class TextBudget {
  private used = 0;

  constructor(private readonly max: number = EXTRACTION_LIMITS.textChars) {}

  spend(chars: number): void {
    this.used += chars;
    if (this.used > this.max) {
      throw new ExtractionLimitError(
        `it holds more than ${this.max.toLocaleString('en')} characters of text`,
      );
    }
  }
}
