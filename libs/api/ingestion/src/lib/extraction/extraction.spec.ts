import { DomainError } from '@portal/api/common';
import { chunkSections } from './chunker';
import { checkContent, sniffContent } from './content-sniffer';
import { formatOfFile } from './document-format';
import { ExtractionLimitError } from './extraction-limits';
import { extractPdfSections } from './pdf-extractor';
import { extractSections } from './text-extractor';
import { flateBombPdf, manyPagesPdf, minimalPdf } from './extraction.spec-helpers';

/** Runs `read` and returns how long it took; the old regex passes took minutes or never ended. */
function timed(read: () => unknown): { ms: number; result?: unknown; error?: unknown } {
  const start = performance.now();
  try {
    const result = read();
    return { ms: performance.now() - start, result };
  } catch (error) {
    return { ms: performance.now() - start, error };
  }
}

// Generous against a loaded CI machine: a linear pass over 20 MB takes well under a second.
const LINEAR_MS = 5_000;

describe('extraction', () => {
  it('recognizes formats by extension', () => {
    expect(formatOfFile('a.MD')).toBe('markdown');
    expect(formatOfFile('b.pdf')).toBe('pdf');
    expect(formatOfFile('c.docx')).toBeUndefined();
  });

  it('keeps markdown headings and list items', () => {
    const sections = extractSections(
      'markdown',
      '# ODIHR\n\nThe **Office** is in [Warsaw](https://x).\n\n## Tasks\n\n- elections\n- human rights\n',
    );
    expect(sections).toEqual([
      { heading: 'ODIHR', text: 'The Office is in Warsaw.' },
      { heading: 'Tasks', text: '- elections\n- human rights' },
    ]);
  });

  it('keeps the numbers of a numbered list whose items are explained in paragraphs', () => {
    const sections = extractSections(
      'markdown',
      'Three goals:\n\n1) Safer harbours.\n\nPatrols will double.\n\n2. Faster rescue.\n',
    );
    expect(sections).toEqual([
      { text: 'Three goals:\n1. Safer harbours.\nPatrols will double.\n2. Faster rescue.' },
    ]);
  });

  it('reads markdown blocks: setext headings, quotes, fences, tables, nested and task lists', () => {
    const sections = extractSections(
      'markdown',
      [
        'Mandate',
        '=======',
        '',
        '> The Unit *supports*',
        '> police reform.',
        '',
        '```bash',
        '# not a heading',
        '  indented()',
        '```',
        '',
        '| Year | Staff |',
        '|------|------:|',
        '| 2024 | 12 |',
        '',
        '- [x] trained',
        '  - in `Vienna`',
        '3. third',
        '4. fourth',
        '',
        '[ref]: https://example.org',
      ].join('\n'),
    );
    expect(sections).toEqual([
      {
        heading: 'Mandate',
        text: [
          'The Unit supports police reform.',
          '# not a heading',
          '  indented()',
          'Year | Staff',
          '2024 | 12',
          '- [x] trained',
          '- in Vienna',
          '3. third',
          '4. fourth',
        ].join('\n'),
      },
    ]);
  });

  it('reads a markdown block that runs past the lexer window whole', () => {
    // The paragraph straddles the first window's end (64 KB), the list is longer than one.
    const before = `${'Filler paragraph of the report. '.repeat(30)}\n\n`.repeat(66);
    const paragraph = Array.from({ length: 100 }, (_, i) => `Line ${i} of one paragraph.`);
    const items = Array.from({ length: 3_000 }, (_, i) => `${i + 1}. Item number ${i + 1}`);
    const [section] = extractSections(
      'markdown',
      `${before}${paragraph.join('\n')}\n\n${items.join('\n')}\n`,
    );
    const lines = section?.text.split('\n') ?? [];
    expect(lines).toContain(paragraph.join(' '));
    expect(lines.slice(-3_000)).toEqual(items);
  });

  it('reads HTML without scripts and with headings', () => {
    const sections = extractSections(
      'html',
      '<h1>SPMU</h1><script>alert(1)</script><p>The Unit &amp; its network.</p><ul><li>one</li><li>two</li></ul>',
    );
    expect(sections).toEqual([{ heading: 'SPMU', text: 'The Unit & its network.\n- one\n- two' }]);
  });

  it('guesses headings in plain text', () => {
    const sections = extractSections(
      'text',
      'Field operations\nThe OSCE has field operations in many places.\n',
    );
    expect(sections).toEqual([
      { heading: 'Field operations', text: 'The OSCE has field operations in many places.' },
    ]);
  });

  it('reads HTML structure: nested headings, paragraphs, tables, entities, hidden parts', () => {
    const sections = extractSections(
      'html',
      `<!doctype html><html><head><title>Page</title><style>p{}</style></head><body>
       <!-- a comment --><h1>Police <em>reform</em></h1><p>First&nbsp;paragraph&#33;</p>
       <div>Second <b>one</b><br>on two lines</div><noscript>enable scripts</noscript>
       <h2>Table</h2><table><tr><th>Year</th><th>Staff</th></tr><tr><td>2024</td><td>12</td></tr></table>
       <ul><li>one<li>two</ul></body></html>`,
    );
    expect(sections).toEqual([
      { heading: 'Police reform', text: 'First paragraph!\nSecond one\non two lines' },
      { heading: 'Table', text: 'Year | Staff |\n2024 | 12 |\n- one\n- two' },
    ]);
  });

  it('reads a million unclosed <h1> and five million <!-- in one linear pass', () => {
    const headings = timed(() => extractSections('html', '<h1>'.repeat(1_000_000)));
    expect(headings.error).toBeUndefined();
    expect(headings.result).toEqual([]);
    expect(headings.ms).toBeLessThan(LINEAR_MS);
    const comments = timed(() => extractSections('html', '<!--'.repeat(5_000_000)));
    expect(comments.result).toEqual([]);
    expect(comments.ms).toBeLessThan(LINEAR_MS);
    // htmlparser2's Parser searches its stack of open elements for each end tag.
    const nested = timed(() =>
      extractSections('html', `${'<div>'.repeat(500_000)}text${'</span>'.repeat(500_000)}`),
    );
    expect(nested.result).toEqual([{ text: 'text' }]);
    expect(nested.ms).toBeLessThan(LINEAR_MS);
  });

  it('keeps running text set in an unclosed heading as a paragraph', () => {
    const long = 'The Mission supports police reform. '.repeat(20);
    expect(extractSections('html', `<h2>${long}`)).toEqual([{ text: long.trim() }]);
  });

  it('reads a 20 MB file of short lines linearly and stops at the text budget', () => {
    const lines = 'Short line.\n'.repeat(Math.floor((20 * 1024 * 1024) / 12));
    for (const format of ['text', 'markdown'] as const) {
      const run = timed(() => extractSections(format, lines));
      expect(run.error).toBeInstanceOf(ExtractionLimitError);
      expect((run.error as Error).message).toBe('it holds more than 2,000,000 characters of text');
      expect(run.ms).toBeLessThan(LINEAR_MS);
    }
  });

  it('reads 150,000 short lines within the budget, each line looked at once', () => {
    // The old pass copied the rest of the file for every line: 10^10 copies here.
    const lines = Array.from({ length: 150_000 }, (_, i) => `Line ${i}.`);
    const run = timed(() => extractSections('text', lines.join('\n')));
    expect(run.ms).toBeLessThan(LINEAR_MS);
    const sections = run.result as { text: string }[];
    expect(sections).toHaveLength(1);
    expect(sections[0]?.text.split('\n')).toHaveLength(150_000);
  });

  it('reads hostile markdown in linear time: long paragraphs, comments, deep nesting', () => {
    for (const markdown of ['a\n'.repeat(10_000_000), '<!--'.repeat(5_000_000)]) {
      const run = timed(() => extractSections('markdown', markdown));
      expect(run.error).toBeInstanceOf(ExtractionLimitError);
      expect(run.ms).toBeLessThan(LINEAR_MS);
    }
    // marked alone overflows its stack on a few thousand levels on one line, and took 3 to 6 s
    // for each of the last two (1,000 list levels, 1,400 quote levels: 1 MB each).
    for (const markdown of [
      `${'>'.repeat(100_000)} x`,
      `${'- '.repeat(100_000)}x`,
      `${'1. '.repeat(100_000)}x`,
      Array.from({ length: 1_000 }, (_, i) => `${' '.repeat(2 * i)}- x`).join('\n'),
      Array.from({ length: 1_400 }, (_, i) => `${'>'.repeat(i + 1)} x`).join('\n'),
    ]) {
      const run = timed(() => extractSections('markdown', markdown));
      expect(run.error).toBeUndefined();
      expect(run.ms).toBeLessThan(LINEAR_MS);
    }
  });

  it('strips inline markdown without backtracking over unclosed delimiters', () => {
    expect(
      extractSections(
        'markdown',
        '**Bold**, _em_, `code`, [link](https://x), ![img](a.png), snake_case, 2 * 3',
      ),
    ).toEqual([{ text: 'Bold, em, code, link, img, snake_case, 2 * 3' }]);
    for (const line of [
      '*a ['.repeat(400_000),
      '<'.repeat(1_500_000),
      `# ${' '.repeat(1_000_000)}x`,
    ]) {
      const run = timed(() => extractSections('markdown', line));
      expect(run.error).toBeUndefined();
      expect(run.ms).toBeLessThan(LINEAR_MS);
    }
  });

  it('extracts PDF text with larger lines as headings', async () => {
    const pdf = minimalPdf([
      { text: 'Police reform', size: 20 },
      { text: 'The Mission trains police officers.', size: 11 },
      { text: 'It supports community policing.', size: 11 },
    ]);
    const sections = await extractPdfSections(pdf);
    expect(sections).toEqual([
      {
        heading: 'Police reform',
        text: 'The Mission trains police officers. It supports community policing.',
      },
    ]);
  }, 60_000);

  it('refuses a PDF compression bomb and a PDF with too many pages before reading a page', async () => {
    await expect(extractPdfSections(await flateBombPdf(512 * 1024 * 1024))).rejects.toThrow(
      'a compressed stream in it inflates to more than 100 MB',
    );
    await expect(extractPdfSections(manyPagesPdf(2_001))).rejects.toThrow(
      'it has 2,001 pages (at most 2,000)',
    );
  }, 120_000);

  it('sniffs PDF, HTML, text and binary from the bytes', () => {
    expect(sniffContent(minimalPdf([{ text: 'x', size: 11 }]))).toBe('pdf');
    expect(sniffContent(Buffer.from('\uFEFF<!DOCTYPE html><p>x</p>'))).toBe('html');
    expect(sniffContent(Buffer.from('Some <b>bold</b> words'))).toBe('html');
    expect(sniffContent(Buffer.from('Plain text, 2 < 3, in français.'))).toBe('text');
    expect(sniffContent(Buffer.from('MZ\x90\x00binary', 'latin1'))).toBe('binary');
    expect(sniffContent(Buffer.from([0xff, 0xfe, 0x41, 0x42]))).toBe('binary');
    expect(sniffContent(Buffer.from('\x01\x02\x03\x04 mostly control', 'latin1'))).toBe('binary');
    // A character cut at the end of the 64 KB sample is still UTF-8.
    expect(sniffContent(Buffer.from(`${'a'.repeat(65_535)}é and more`))).toBe('text');
  });

  it('refuses with 415 naming the field when the bytes are not the declared format', () => {
    const source = { field: 'file', name: 'report.pdf' };
    const refusal = (
      format: 'pdf' | 'html' | 'text' | 'markdown',
      bytes: Buffer,
      mediaType?: string,
    ) => {
      try {
        checkContent(format, bytes, { ...source, mediaType });
        return undefined;
      } catch (e) {
        expect(e).toBeInstanceOf(DomainError);
        expect((e as DomainError).kind).toBe('unsupported-media-type');
        expect((e as DomainError).details[0]?.path).toBe('file');
        return (e as Error).message;
      }
    };
    expect(refusal('pdf', Buffer.from('Just some text'))).toBe(
      'file "report.pdf": declared as PDF, but the bytes are plain text (no %PDF- header)',
    );
    expect(refusal('text', minimalPdf([{ text: 'x', size: 11 }]))).toContain('the bytes are a PDF');
    expect(refusal('markdown', Buffer.from('<!doctype html><p>x'))).toContain('an HTML page');
    expect(refusal('html', Buffer.from('no markup here'))).toContain('no HTML tag');
    expect(refusal('text', Buffer.from([0, 1, 2, 3]))).toContain('binary data');
    expect(refusal('text', Buffer.from('hello'), 'application/pdf')).toContain(
      'sent as application/pdf',
    );
    expect(refusal('markdown', Buffer.from('# Title <br> text'), 'text/plain')).toBeUndefined();
    expect(
      refusal('pdf', minimalPdf([{ text: 'x', size: 11 }]), 'application/octet-stream'),
    ).toBeUndefined();
  });

  it('chunks long sections and numbers the anchors', async () => {
    const long = Array.from(
      { length: 40 },
      (_, i) => `Sentence number ${i} is about police reform.`,
    ).join(' ');
    const passages = await chunkSections([
      { heading: 'A', text: long },
      { heading: 'B', text: 'Short.' },
    ]);
    expect(passages.length).toBeGreaterThan(2);
    expect(passages.every((p) => p.text.length <= 800)).toBe(true);
    expect(passages.map((p) => p.anchor)).toEqual(passages.map((_, i) => `p${i + 1}`));
    expect(passages[passages.length - 1]).toEqual({
      anchor: `p${passages.length}`,
      heading: 'B',
      text: 'Short.',
    });
  });
});
