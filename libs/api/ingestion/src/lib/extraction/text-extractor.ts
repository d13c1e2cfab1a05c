import type { Section, TextFormat } from './document-format';
import { TextBudget } from './extraction-limits';
import { htmlToSections } from './html-extractor';
import { markdownToSections } from './markdown-extractor';
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
      return markdownToSections(content, budget);
    case 'html':
      return htmlToSections(content, budget);
    case 'text':
      return fromPlainText(content, budget);
  }
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
