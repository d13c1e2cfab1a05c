import type { Section } from './document-format';
import { EXTRACTION_LIMITS, ExtractionLimitError, TextBudget } from './extraction-limits';
import { checkPdfStreams } from './pdf-stream-guard';
import { SectionBuilder } from './section-builder';

interface PdfTextItem {
  readonly str: string;
  readonly transform: readonly number[];
  readonly height: number;
  readonly hasEOL?: boolean;
}

interface PdfJs {
  getDocument(options: Record<string, unknown>): {
    promise: Promise<{
      numPages: number;
      getPage(n: number): Promise<{ getTextContent(): Promise<{ items: readonly unknown[] }> }>;
    }>;
    destroy(): Promise<void>;
  };
}

/**
 * pdf.js's legacy build, the one that runs in Node without a DOM. It ships only ES modules,
 * which Node 22 `require()`s as they have no top-level await; so does the webpack-built API,
 * which leaves the package external (jest maps both files to CommonJS bundles: see the
 * library's jest config). The worker half is loaded here as well and handed to pdf.js as
 * `globalThis.pdfjsWorker`, so the fake worker takes it instead of importing a script by a
 * path relative to pdf.js at the first document.
 */
export function loadPdfJs(): PdfJs {
  const scope = globalThis as { pdfjsWorker?: unknown };
  scope.pdfjsWorker ??= require('pdfjs-dist/legacy/build/pdf.worker.mjs');
  return require('pdfjs-dist/legacy/build/pdf.mjs') as PdfJs;
}

/**
 * Text of a PDF with its structure, through pdfjs-dist's legacy build (pdf.js's own worker
 * is not used: its fake worker runs in the thread that calls this, which is the document
 * reader's worker). Lines are rebuilt from positioned text items; lines set in a clearly
 * larger font than the body become headings. Fonts are not loaded and embedded code is never
 * evaluated. A PDF with a stream that inflates too far, or with more than
 * `EXTRACTION_LIMITS.pdfPages` pages, is refused before its first page is read.
 */
export async function extractPdfSections(
  data: Uint8Array,
  budget = new TextBudget(),
): Promise<Section[]> {
  checkPdfStreams(data);
  const pdfjs = loadPdfJs();
  const task = pdfjs.getDocument({
    data: new Uint8Array(data),
    // pdf.js 6 has no eval path left and ignores this; kept so that no version with one
    // turns it on.
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
  });
  const lines: { text: string; size: number }[] = [];
  try {
    const doc = await task.promise;
    if (doc.numPages > EXTRACTION_LIMITS.pdfPages) {
      throw new ExtractionLimitError(
        `it has ${doc.numPages.toLocaleString('en')} pages (at most ${EXTRACTION_LIMITS.pdfPages.toLocaleString('en')})`,
      );
    }
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      let text = '';
      let size = 0;
      let lastY: number | undefined;
      const flush = () => {
        if (text.trim()) lines.push({ text: text.replace(/\s+/g, ' ').trim(), size });
        text = '';
        size = 0;
      };
      for (const raw of content.items) {
        const item = raw as PdfTextItem;
        if (typeof item.str !== 'string') continue;
        budget.spend(item.str.length);
        const y = item.transform[5] ?? 0;
        if (lastY !== undefined && Math.abs(y - lastY) > 2 && text) flush();
        text += item.str;
        size = Math.max(size, Math.abs(item.transform[3] ?? item.height ?? 0));
        lastY = y;
        if (item.hasEOL) flush();
      }
      flush();
    }
  } finally {
    // pdf.js 6 frees a document through its loading task, also when it failed to open.
    await task.destroy();
  }
  const sizes = lines.map((l) => l.size).sort((a, b) => a - b);
  const body = sizes[Math.floor(sizes.length / 2)] ?? 0;
  const out = new SectionBuilder();
  for (const line of lines) {
    const heading = body > 0 && line.size >= body * 1.2 && line.text.length <= 120;
    if (heading) out.heading(line.text);
    else out.line(line.text);
  }
  return out.build(joinLines);
}

/** Re-joins wrapped lines into paragraphs; keeps list items on their own lines. */
function joinLines(lines: readonly string[]): string {
  let out = '';
  for (const line of lines) {
    const item = /^[-•*–]\s+/.test(line) || /^\d+[.)]\s+/.test(line);
    if (!out) out = item ? line.replace(/^[•*–]\s+/, '- ') : line;
    else if (item) out += `\n${line.replace(/^[•*–]\s+/, '- ')}`;
    else if (out.endsWith('-') && !out.endsWith(' -')) out = out.slice(0, -1) + line;
    else out += ` ${line}`;
  }
  return out.trim();
}
