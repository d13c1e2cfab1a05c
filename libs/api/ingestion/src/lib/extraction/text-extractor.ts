import type { Section, TextFormat } from './document-format';

/**
 * Turns markdown, HTML or plain text into sections: a heading and the text under it,
 * with list items kept one per line ("- item") so the assistant can quote a list whole.
 */
export function extractSections(format: TextFormat, content: string): Section[] {
  switch (format) {
    case 'markdown':
      return fromMarkdown(content);
    case 'html':
      return fromMarkdown(htmlToMarkdownish(content));
    case 'text':
      return fromPlainText(content);
  }
}

function inline(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.*?)\1/g, '$2')
    .replace(/(\*|_)(\S(?:.*?\S)?)\1/g, '$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/**
 * Block-level markdown: ATX and setext headings, paragraphs, list items, quotes, fences.
 * (marked is ESM-only and only its block structure is needed here.)
 */
function fromMarkdown(content: string): Section[] {
  const sections: { heading?: string; lines: string[] }[] = [{ lines: [] }];
  const current = () => sections[sections.length - 1] as { heading?: string; lines: string[] };
  const lines = content.replace(/\r\n?/g, '\n').split('\n');
  let paragraph: string[] = [];
  let fence = false;
  const endParagraph = () => {
    if (paragraph.length) current().lines.push(inline(paragraph.join(' ')));
    paragraph = [];
  };
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (/^(```|~~~)/.test(line)) {
      endParagraph();
      fence = !fence;
      return;
    }
    if (fence) {
      if (line) current().lines.push(raw);
      return;
    }
    const atx = /^#{1,6}\s+(.*?)\s*#*$/.exec(line);
    const next = lines[i + 1]?.trim() ?? '';
    if (atx) {
      endParagraph();
      sections.push({ heading: inline(atx[1] ?? ''), lines: [] });
    } else if (line && !/^[-*+]\s/.test(line) && /^(=+|-+)$/.test(next) && paragraph.length === 0) {
      sections.push({ heading: inline(line), lines: [] });
    } else if (/^(=+|-{3,}|\*{3,})$/.test(line)) {
      endParagraph();
    } else if (/^([-*+]|\d+[.)])\s+/.test(line)) {
      endParagraph();
      current().lines.push(`- ${inline(line.replace(/^([-*+]|\d+[.)])\s+/, ''))}`);
    } else if (!line) {
      endParagraph();
    } else if (/^>\s?/.test(line)) {
      paragraph.push(line.replace(/^>\s?/, ''));
    } else if (
      /^\s{2,}\S/.test(raw) &&
      paragraph.length === 0 &&
      current().lines.at(-1)?.startsWith('- ')
    ) {
      const items = current().lines;
      items[items.length - 1] = `${items[items.length - 1]} ${inline(line)}`;
    } else {
      paragraph.push(line);
    }
  });
  endParagraph();
  return sections
    .map((s) => ({ heading: s.heading, text: s.lines.filter(Boolean).join('\n').trim() }))
    .filter((s) => s.text.length > 0);
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  laquo: '«',
  raquo: '»',
  ndash: '–',
  mdash: '—',
  rsquo: '’',
  lsquo: '‘',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
  euro: '€',
  copy: '©',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code.startsWith('#x') || code.startsWith('#X'))
      return String.fromCodePoint(parseInt(code.slice(2), 16));
    if (code.startsWith('#')) return String.fromCodePoint(Number(code.slice(1)));
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

/**
 * HTML -> markdown-like text: headings become `#` lines, list items `- ` lines; scripts,
 * styles and comments go. (The text is stored and indexed as plain text, never rendered
 * as HTML, so stripping is enough; htmlparser2 is ESM-only and not needed for this.)
 */
function htmlToMarkdownish(html: string): string {
  const text = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|noscript|template|head|svg)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(
      /<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1\s*>/gi,
      (_m, level: string, inner: string) =>
        `\n\n${'#'.repeat(Number(level))} ${inner
          .replace(/<[^>]+>/g, '')
          .replace(/\s+/g, ' ')
          .trim()}\n\n`,
    )
    .replace(/<li\b[^>]*>/gi, '\n- ')
    .replace(
      /<\/(p|div|section|article|tr|ul|ol|table|blockquote|header|footer|main)\s*>/gi,
      '\n\n',
    )
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/t[dh]\s*>/gi, ' | ')
    .replace(/<[^>]+>/g, '');
  return decodeEntities(text)
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n');
}

/**
 * Plain text has no markup; a short line without final punctuation that starts with a
 * capital and is followed by running text is taken for a heading.
 */
function fromPlainText(content: string): Section[] {
  const lines = content
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trim());
  const sections: { heading?: string; lines: string[] }[] = [{ lines: [] }];
  lines.forEach((line, i) => {
    if (!line) return;
    const next = lines.slice(i + 1).find((l) => l.length > 0) ?? '';
    const looksLikeHeading =
      line.length <= 80 &&
      !/[.:;,!?]$/.test(line) &&
      /^\p{Lu}/u.test(line) &&
      !/^[-*•–]\s/.test(line) &&
      next.length > line.length &&
      /[.:;!?]$/.test(next);
    if (looksLikeHeading) sections.push({ heading: line, lines: [] });
    else
      (sections[sections.length - 1] as { lines: string[] }).lines.push(
        line.replace(/^[*•–]\s+/, '- '),
      );
  });
  return sections
    .map((s) => ({ heading: s.heading, text: s.lines.join('\n').trim() }))
    .filter((s) => s.text.length > 0);
}
