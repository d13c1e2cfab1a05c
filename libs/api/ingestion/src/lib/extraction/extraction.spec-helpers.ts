// Test helper shared by the extraction, ingestion and HTTP end-to-end specs.
import { createDeflate } from 'node:zlib';

interface PdfPage {
  /** The page's content stream as stored in the file (compressed when `filter` is set). */
  readonly content: Buffer;
  readonly filter?: 'FlateDecode';
}

/** A PDF whose pages share one Helvetica font, written byte by byte with a correct xref. */
function buildPdf(pages: readonly PdfPage[]): Buffer {
  const font = 3 + pages.length * 2;
  const objects: Buffer[] = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from(
      `<< /Type /Pages /Kids [${pages.map((_, i) => `${3 + i * 2} 0 R`).join(' ')}] /Count ${pages.length} >>`,
    ),
  ];
  pages.forEach((page, i) => {
    objects.push(
      Buffer.from(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents ${4 + i * 2} 0 R /Resources << /Font << /F1 ${font} 0 R >> >> >>`,
      ),
      Buffer.concat([
        Buffer.from(
          `<< /Length ${page.content.length}${page.filter ? ` /Filter /${page.filter}` : ''} >>\nstream\n`,
        ),
        page.content,
        Buffer.from('\nendstream'),
      ]),
    );
  });
  objects.push(
    Buffer.from(
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    ),
  );
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n')];
  let length = parts[0]?.length ?? 0;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(length);
    const part = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    parts.push(part);
    length += part.length;
  });
  let tail = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) tail += `${String(o).padStart(10, '0')} 00000 n \n`;
  tail += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`;
  parts.push(Buffer.from(tail, 'latin1'));
  return Buffer.concat(parts);
}

function textOps(lines: readonly { text: string; size: number }[]): string {
  let y = 780;
  return lines
    .map((l) => {
      y -= l.size * 1.6;
      return `BT /F1 ${l.size} Tf 50 ${y} Td (${l.text.replace(/[()\\]/g, '\\$&')}) Tj ET`;
    })
    .join('\n');
}

/** A one-page PDF with Helvetica lines at the given sizes. */
export function minimalPdf(lines: readonly { text: string; size: number }[]): Buffer {
  return buildPdf([{ content: Buffer.from(textOps(lines), 'latin1') }]);
}

/** A PDF of `count` pages, each with one short line of its own. */
export function manyPagesPdf(count: number): Buffer {
  return buildPdf(
    Array.from({ length: count }, (_, i) => ({
      content: Buffer.from(textOps([{ text: `Page ${i + 1} of the report.`, size: 11 }])),
    })),
  );
}

/** `inflatedBytes` of spaces after a line of text, deflated as a stream (never held whole). */
async function deflatedSpaces(inflatedBytes: number): Promise<Buffer> {
  const deflate = createDeflate({ level: 1 });
  const compressed: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => compressed.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    deflate.on('end', resolve);
    deflate.on('error', reject);
  });
  const block = Buffer.alloc(16 * 1024 * 1024, ' ');
  deflate.write(Buffer.from(textOps([{ text: 'Bomb', size: 11 }])));
  for (let left = inflatedBytes; left > 0; left -= block.length) {
    const piece = left >= block.length ? block : block.subarray(0, left);
    if (!deflate.write(piece)) await new Promise((r) => deflate.once('drain', r));
  }
  deflate.end();
  await done;
  return Buffer.concat(compressed);
}

/**
 * A compression bomb: one page whose FlateDecode content stream inflates to
 * `inflatedBytes` of spaces, a few hundred times smaller in the file.
 */
export async function flateBombPdf(inflatedBytes: number): Promise<Buffer> {
  return buildPdf([{ content: await deflatedSpaces(inflatedBytes), filter: 'FlateDecode' }]);
}

/**
 * Pages that each inflate to `bytesPerPage` of spaces: every stream under the stream cap,
 * all of them together more than pdf.js reads within the time cap.
 */
export async function slowPdf(pages: number, bytesPerPage: number): Promise<Buffer> {
  const content = await deflatedSpaces(bytesPerPage);
  return buildPdf(Array.from({ length: pages }, () => ({ content, filter: 'FlateDecode' })));
}
