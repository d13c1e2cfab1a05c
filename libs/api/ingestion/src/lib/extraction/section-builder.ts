import type { Section } from './document-format';
import { EXTRACTION_LIMITS } from './extraction-limits';

/** Collects lines under headings as an extractor walks a document, once, front to back. */
export class SectionBuilder {
  private readonly sections: { heading?: string; lines: string[] }[] = [{ lines: [] }];

  private get current(): { heading?: string; lines: string[] } {
    return this.sections[this.sections.length - 1] as { heading?: string; lines: string[] };
  }

  /** Starts a section; an overlong "heading" is body text in a heading's clothes. */
  heading(text: string): void {
    const heading = text.trim();
    if (!heading) return;
    if (heading.length > EXTRACTION_LIMITS.headingChars) this.line(heading);
    else this.sections.push({ heading, lines: [] });
  }

  line(text: string): void {
    if (text) this.current.lines.push(text);
  }

  /** Sections with text; `join` turns a section's lines into its text. */
  build(join: (lines: readonly string[]) => string = joinWithNewlines): Section[] {
    return this.sections
      .map((s) => ({ heading: s.heading, text: join(s.lines) }))
      .filter((s) => s.text.length > 0);
  }
}

function joinWithNewlines(lines: readonly string[]): string {
  return lines.filter(Boolean).join('\n').trim();
}

/**
 * Calls `visit` with each line, without splitting the whole text into an array first:
 * a 20 MB file of one-letter lines would be ten million strings.
 */
export function forEachLine(content: string, visit: (line: string) => void): void {
  const text = content.includes('\r') ? content.replace(/\r\n?/g, '\n') : content;
  let start = 0;
  while (start <= text.length) {
    const end = text.indexOf('\n', start);
    visit(end === -1 ? text.slice(start) : text.slice(start, end));
    if (end === -1) break;
    start = end + 1;
  }
}
