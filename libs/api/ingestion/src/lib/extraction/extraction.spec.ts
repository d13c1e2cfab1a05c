import { chunkSections } from './chunker';
import { formatOfFile } from './document-format';
import { extractPdfSections } from './pdf-extractor';
import { extractSections } from './text-extractor';
import { minimalPdf } from './extraction.spec-helpers';

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
