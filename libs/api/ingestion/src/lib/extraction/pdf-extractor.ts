import type { Section } from './document-format';

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
      destroy(): Promise<void>;
    }>;
  };
}

/**
 * Text of a PDF with its structure, through pdfjs-dist's legacy CommonJS build (no
 * worker thread: the fake worker runs in-process). Lines are rebuilt from positioned
 * text items; lines set in a clearly larger font than the body become headings.
 */
export async function extractPdfSections(data: Uint8Array): Promise<Section[]> {
  const pdfjs = require('pdfjs-dist/legacy/build/pdf.js') as PdfJs;
  const doc = await pdfjs.getDocument({
    data: new Uint8Array(data),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
  }).promise;
  const lines: { text: string; size: number }[] = [];
  try {
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
    await doc.destroy();
  }
  const sizes = lines.map((l) => l.size).sort((a, b) => a - b);
  const body = sizes[Math.floor(sizes.length / 2)] ?? 0;
  const sections: { heading?: string; lines: string[] }[] = [{ lines: [] }];
  for (const line of lines) {
    const heading = body > 0 && line.size >= body * 1.2 && line.text.length <= 120;
    if (heading) sections.push({ heading: line.text, lines: [] });
    else (sections[sections.length - 1] as { lines: string[] }).lines.push(line.text);
  }
  return sections
    .map((s) => ({ heading: s.heading, text: joinLines(s.lines) }))
    .filter((s) => s.text.length > 0);
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
