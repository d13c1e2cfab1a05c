import type { Section, TextFormat } from './document-format';
import { TextBudget } from './extraction-limits';
import { htmlToSections } from './html-extractor';
import { forEachLine, SectionBuilder } from './section-builder';

/**
 * Turns markdown, HTML or plain text into sections: a heading and the text under it,
 * with list items kept one per line ("- item") so the assistant can quote a list whole.
 * Every pass is linear in the size of the file, and stops at the text budget.
 */
export function extractSections(
  format: TextFormat,
  content: string,
  budget = new TextBudget(),
): Section[] {
  switch (format) {
    case 'markdown':
      return fromMarkdown(content, budget);
    case 'html':
      return htmlToSections(content, budget);
    case 'text':
      return fromPlainText(content, budget);
  }
}

/**
 * Inline markdown down to its text. Each pattern either cannot run past the next opening
 * delimiter or is bounded, so a line of ten thousand `[` or `*` costs a single pass.
 */
export function inline(text: string): string {
  return text
    .replace(/!?\[([^[\]\n]{0,500})\]\([^()\s]{0,2000}\)/g, '$1')
    .replace(/`([^`\n]{0,500})`/g, '$1')
    .replace(/<[^<>\n]{1,500}>/g, '')
    .replace(/(^|[^\p{L}\p{N}*_])(?:\*{1,3}|_{1,3})(?=[^\s*_])/gu, '$1')
    .replace(/([^\s*_])(?:\*{1,3}|_{1,3})(?=$|[^\p{L}\p{N}*_])/gu, '$1')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/** `## Title ##` -> `Title`, without a backtracking `\s*#*$` over a long line. */
function atxHeading(line: string): string | undefined {
  const open = /^#{1,6}(?:\s+|$)/.exec(line);
  if (!open) return undefined;
  let text = line.slice(open[0].length).trimEnd();
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end--;
  if (end === 0 || /\s/.test(text[end - 1] ?? '')) text = text.slice(0, end).trimEnd();
  return text;
}

/**
 * Block-level markdown: ATX and setext headings, paragraphs, list items, quotes, fences.
 * (marked is ESM-only and only its block structure is needed here.)
 */
function fromMarkdown(content: string, budget: TextBudget): Section[] {
  const out = new SectionBuilder();
  let paragraph: string[] = [];
  let fence = false;
  const endParagraph = () => {
    if (paragraph.length) out.line(inline(paragraph.join(' ')));
    paragraph = [];
  };
  forEachLine(content, (raw, nextRaw) => {
    const line = raw.trim();
    budget.spend(line.length);
    if (/^(```|~~~)/.test(line)) {
      endParagraph();
      fence = !fence;
      return;
    }
    if (fence) {
      if (line) out.line(raw);
      return;
    }
    const atx = atxHeading(line);
    const next = nextRaw?.trim() ?? '';
    if (atx !== undefined) {
      endParagraph();
      out.heading(inline(atx));
    } else if (line && !/^[-*+]\s/.test(line) && /^(=+|-+)$/.test(next) && paragraph.length === 0) {
      out.heading(inline(line));
    } else if (/^(=+|-{3,}|\*{3,})$/.test(line)) {
      endParagraph();
    } else if (/^([-*+]|\d+[.)])\s+/.test(line)) {
      endParagraph();
      // A numbered item keeps its number: "1) ..., a paragraph explaining it, 2) ..." is
      // one list only by its numbers, which the assistant follows to quote every item.
      const number = /^(\d+)[.)]/.exec(line)?.[1];
      out.line(`${number ? `${number}.` : '-'} ${inline(line.replace(/^([-*+]|\d+[.)])\s+/, ''))}`);
    } else if (!line) {
      endParagraph();
    } else if (/^>\s?/.test(line)) {
      paragraph.push(line.replace(/^>\s?/, ''));
    } else if (
      /^\s{2,}\S/.test(raw) &&
      paragraph.length === 0 &&
      /^(?:-|\d+\.) /.test(out.lastLine() ?? '')
    ) {
      out.replaceLastLine(`${out.lastLine()} ${inline(line)}`);
    } else {
      paragraph.push(line);
    }
  });
  endParagraph();
  return out.build();
}

/**
 * Plain text has no markup; a short line without final punctuation that starts with a
 * capital and is followed by running text is taken for a heading. Each line is decided
 * when the next non-empty one arrives, so nothing looks further ahead than one line.
 */
function fromPlainText(content: string, budget: TextBudget): Section[] {
  const out = new SectionBuilder();
  let pending: string | undefined;
  const decide = (line: string, next: string) => {
    const looksLikeHeading =
      line.length <= 80 &&
      !/[.:;,!?]$/.test(line) &&
      /^\p{Lu}/u.test(line) &&
      !/^[-*•–]\s/.test(line) &&
      next.length > line.length &&
      /[.:;!?]$/.test(next);
    if (looksLikeHeading) out.heading(line);
    else out.line(line.replace(/^[*•–]\s+/, '- '));
  };
  forEachLine(content, (raw) => {
    const line = raw.trim();
    if (!line) return;
    budget.spend(line.length);
    if (pending !== undefined) decide(pending, line);
    pending = line;
  });
  if (pending !== undefined) decide(pending, '');
  return out.build();
}
