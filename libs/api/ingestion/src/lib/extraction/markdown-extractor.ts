import { Lexer, Tokenizer, type MarkedToken, type Token, type Tokens } from 'marked';
import type { Section } from './document-format';
import type { TextBudget } from './extraction-limits';
import { SectionBuilder } from './section-builder';

/**
 * marked lexes a document in windows of about this many characters. Its cost grows with
 * the size of one block (a paragraph of two million lines overflows its regex stack, a list
 * of a million items takes gigabytes), so a window bounds both. A block longer than a window
 * is read in two parts: a paragraph becomes two lines, a list goes on with its numbers, and
 * the second part of a fence is read as markdown.
 */
const WINDOW_CHARS = 64 * 1024;
/**
 * Quotes and lists nested deeper than this are read as text. marked lexes each level's
 * content again, so its time grows with the depth (1,500 list levels, 2 MB, took 6 s) and
 * a few thousand `>` on one line overflow its stack.
 */
const MAX_NESTING = 16;

/** marked's block tokenizer, stopping at `MAX_NESTING` levels of quotes and lists. */
class ShallowTokenizer extends Tokenizer {
  private depth = 0;

  override blockquote(src: string): Tokens.Blockquote | undefined {
    return this.nested(() => super.blockquote(src));
  }

  override list(src: string): Tokens.List | undefined {
    return this.nested(() => super.list(src));
  }

  private nested<T>(read: () => T): T | undefined {
    if (this.depth >= MAX_NESTING) return undefined;
    this.depth++;
    try {
      return read();
    } finally {
      this.depth--;
    }
  }
}

/**
 * Markdown -> sections with marked's block lexer: headings start sections, each paragraph
 * is one line, list items are "- item" or "3. item" lines (numbered as the list renders),
 * fenced code is kept line by line, table rows become "cell | cell", inline markup is
 * stripped. The budget is spent on the markdown itself, markup included, window by window,
 * so it also bounds marked's work on a file that is mostly markup.
 */
export function markdownToSections(content: string, budget: TextBudget): Section[] {
  const out = new SectionBuilder();
  const text = content.includes('\r') ? content.replace(/\r\n?/g, '\n') : content;
  let start = 0;
  while (start < text.length) {
    let end = windowEnd(text, start);
    const window = text.slice(start, end);
    // Inline tokens are not needed (`inline` keeps the text), so only the block pass runs.
    const tokens = new Lexer({ gfm: true, tokenizer: new ShallowTokenizer() }).blockTokens(window);
    // The window's last block may go on past it: it is lexed again at the next window's start.
    const last = tokens.at(-1);
    if (end < text.length && last && last.raw.length < window.length && window.endsWith(last.raw)) {
      tokens.pop();
      end -= last.raw.length;
    }
    budget.spend(end - start);
    blocks(tokens, out);
    start = end;
  }
  return out.build();
}

/** Where a window starting at `start` ends: after a line, unless one line fills it. */
function windowEnd(text: string, start: number): number {
  const end = start + WINDOW_CHARS;
  if (end >= text.length) return text.length;
  const newline = text.lastIndexOf('\n', end - 1);
  if (newline >= start) return newline + 1;
  const code = text.charCodeAt(end - 1);
  return code >= 0xd800 && code <= 0xdbff ? end - 1 : end; // not inside a surrogate pair
}

function blocks(tokens: readonly Token[], out: SectionBuilder): void {
  for (const token of tokens) block(token as MarkedToken, out);
}

function block(token: MarkedToken, out: SectionBuilder): void {
  switch (token.type) {
    case 'heading':
      out.heading(inline(oneLine(token.text)));
      return;
    case 'paragraph':
    case 'text':
    case 'html':
      out.line(inline(oneLine(token.text)));
      return;
    case 'code':
      for (const line of token.text.split('\n')) if (line.trim()) out.line(line);
      return;
    case 'blockquote':
      blocks(token.tokens, out);
      return;
    case 'list':
      token.items.forEach((item, i) =>
        listItem(item, token.ordered ? Number(token.start) + i : undefined, out),
      );
      return;
    case 'table':
      for (const row of [token.header, ...token.rows]) {
        const cells = row.map((cell) => inline(oneLine(cell.text)));
        if (cells.some(Boolean)) out.line(cells.join(' | '));
      }
      return;
    default:
      return; // space, hr and link definitions hold no text
  }
}

/**
 * One line per item, its paragraphs joined, then its nested lists and other blocks.
 * A numbered item keeps its number: "1) ..., a paragraph explaining it, 2) ..." is one
 * list only by its numbers, which the assistant follows to quote every item.
 */
function listItem(item: Tokens.ListItem, number: number | undefined, out: SectionBuilder): void {
  const own: string[] = [];
  let rest = 0;
  for (const token of item.tokens as MarkedToken[]) {
    if (token.type === 'text' || token.type === 'paragraph') own.push(inline(oneLine(token.text)));
    else if (token.type !== 'space') break;
    rest++;
  }
  if (item.task) own.unshift(item.checked ? '[x]' : '[ ]');
  const text = own.filter(Boolean).join(' ');
  if (text) out.line(`${number === undefined ? '-' : `${number}.`} ${text}`);
  blocks(item.tokens.slice(rest), out);
}

/** The lines of a block joined with spaces (not by a regex, which would rescan runs of spaces). */
function oneLine(text: string): string {
  if (!text.includes('\n')) return text;
  return text
    .split('\n')
    .map((line) => line.trim())
    .join(' ');
}

/**
 * Inline markdown down to its text. Each pattern either cannot run past the next opening
 * delimiter or is bounded, so a line of ten thousand `[` or `*` costs a single pass.
 */
function inline(text: string): string {
  return text
    .replace(/!?\[([^[\]\n]{0,500})\]\([^()\s]{0,2000}\)/g, '$1')
    .replace(/`([^`\n]{0,500})`/g, '$1')
    .replace(/<[^<>\n]{1,500}>/g, '')
    .replace(/(^|[^\p{L}\p{N}*_])(?:\*{1,3}|_{1,3})(?=[^\s*_])/gu, '$1')
    .replace(/([^\s*_])(?:\*{1,3}|_{1,3})(?=$|[^\p{L}\p{N}*_])/gu, '$1')
    .replace(/[ \t]+/g, ' ')
    .trim();
}
