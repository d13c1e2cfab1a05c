import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';
import type { Section } from './document-format';
import type { TextBudget } from './extraction-limits';
import { SectionBuilder } from './section-builder';

/** Elements whose content is never text a reader sees. */
const HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'svg', 'title']);
/** Elements that end a paragraph when they open or close. */
const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'aside',
  'nav',
  'header',
  'footer',
  'main',
  'blockquote',
  'pre',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'table',
  'tr',
  'figure',
  'figcaption',
  'hr',
]);
const HEADING = /^h([1-6])$/;

/**
 * HTML -> sections with htmlparser2's tokenizer, which reads unclosed tags and comments in
 * one pass. (Its tree-building Parser keeps open elements in an array it shifts and
 * searches, which is quadratic in the nesting of a million unclosed tags; sections need
 * no tree.) Headings start sections, list items become "- " lines, table cells are joined
 * with " | ", scripts, styles and comments are dropped, entities are decoded. The text is
 * stored and indexed as plain text, never rendered.
 */
export function htmlToSections(html: string, budget: TextBudget): Section[] {
  const out = new SectionBuilder();
  let hidden = 0;
  let heading: string | undefined;
  let headingDepth = 0;
  let paragraph = '';
  const endParagraph = () => {
    const text = paragraph.replace(/\s+/g, ' ').trim();
    // An empty list item leaves only its dash.
    if (text && text !== '-') out.line(text);
    paragraph = '';
  };
  const text = (chunk: string) => {
    if (hidden > 0) return;
    budget.spend(chunk.length);
    if (heading !== undefined) heading += chunk;
    else paragraph += chunk;
  };
  const open = (name: string) => {
    if (HIDDEN.has(name)) {
      hidden++;
    } else if (HEADING.test(name)) {
      // A heading opened inside an unclosed one is part of the same heading.
      if (headingDepth++ === 0) {
        endParagraph();
        heading = '';
      }
    } else if (name === 'li') {
      endParagraph();
      paragraph = '- ';
    } else if (name === 'br' || BLOCKS.has(name)) {
      endParagraph();
    }
  };
  const close = (name: string) => {
    if (HIDDEN.has(name)) {
      hidden = Math.max(0, hidden - 1);
    } else if (HEADING.test(name)) {
      if (headingDepth > 0 && --headingDepth === 0) endHeading();
    } else if (name === 'td' || name === 'th') {
      paragraph += ' | ';
    } else if (name === 'li' || BLOCKS.has(name)) {
      endParagraph();
    }
  };
  const endHeading = () => {
    if (heading !== undefined) out.heading(heading.replace(/\s+/g, ' '));
    heading = undefined;
    headingDepth = 0;
  };
  const ignore = () => undefined;
  const callbacks: TokenizerCallbacks = {
    onopentagname: (start, end) => open(html.slice(start, end).toLowerCase()),
    onclosetag: (start, end) => close(html.slice(start, end).toLowerCase()),
    ontext: (start, end) => text(html.slice(start, end)),
    ontextentity: (codepoint) => text(String.fromCodePoint(codepoint)),
    onattribdata: ignore,
    onattribentity: ignore,
    onattribend: ignore,
    onattribname: ignore,
    oncdata: ignore,
    oncomment: ignore,
    ondeclaration: ignore,
    onend: ignore,
    onopentagend: ignore,
    onprocessinginstruction: ignore,
    onselfclosingtag: ignore,
  };
  const tokenizer = new Tokenizer({ decodeEntities: true }, callbacks);
  tokenizer.write(html);
  tokenizer.end();
  endHeading();
  endParagraph();
  return out.build();
}
