import { marked } from 'marked';
import sanitizeHtml from 'sanitize-html';
import { PASSAGE_BLOCKS, passageId } from '@portal/domain/content';
import type { BodyFormat } from '@portal/domain/content';

export const BODY_FORMATS: readonly BodyFormat[] = ['markdown', 'html'];

const ALLOWED_TAGS = [
  ...PASSAGE_BLOCKS,
  'ul',
  'ol',
  'dl',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'caption',
  'figure',
  'hr',
  'br',
  'a',
  'strong',
  'b',
  'em',
  'i',
  'u',
  's',
  'sub',
  'sup',
  'small',
  'abbr',
  'cite',
  'q',
  'code',
  'kbd',
  'mark',
  'span',
  'img',
];

function baseOptions(transformTags: sanitizeHtml.IOptions['transformTags']): sanitizeHtml.IOptions {
  const anchored = Object.fromEntries(PASSAGE_BLOCKS.map((tag) => [tag, ['id']]));
  return {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: {
      ...anchored,
      th: ['id', 'scope', 'colspan', 'rowspan'],
      td: ['id', 'colspan', 'rowspan'],
      ol: ['start'],
      a: ['href', 'title', 'rel'],
      abbr: ['title'],
      img: ['src', 'alt', 'title', 'width', 'height'],
    },
    // Only web and mail links; relative links are allowed, protocol-relative ones are not
    // (they would silently leave the site).
    allowedSchemes: ['http', 'https', 'mailto'],
    allowedSchemesByTag: { img: ['http', 'https'] },
    allowedSchemesAppliedToAttributes: ['href', 'src'],
    allowProtocolRelative: false,
    disallowedTagsMode: 'discard',
    // Text inside script/style must vanish with the tag, not leak out as visible text.
    nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object'],
    transformTags,
  };
}

export interface RenderedBody {
  /** Sanitized HTML whose block elements carry ids p1, p2, ... in order. */
  readonly html: string;
  readonly passages: readonly Passage[];
}

export interface Passage {
  readonly anchor: string;
  readonly text: string;
}

/** Markdown or HTML source -> sanitized HTML with anchors, plus its text passages. */
export function renderBody(source: string, format: BodyFormat): RenderedBody {
  const raw = format === 'markdown' ? (marked.parse(source, { async: false }) as string) : source;
  let counter = 0;
  const anchor: sanitizeHtml.Transformer = (tagName, attribs) => {
    counter += 1;
    // Any id the author wrote is replaced: anchors must be unique and predictable.
    const { id: _ignored, ...rest } = attribs;
    return { tagName, attribs: { ...rest, id: passageId(counter) } };
  };
  const transformTags: Record<string, sanitizeHtml.Transformer> = Object.fromEntries(
    PASSAGE_BLOCKS.map((tag) => [tag, anchor]),
  );
  transformTags['a'] = (tagName, attribs) => ({
    tagName,
    attribs: { ...attribs, rel: 'noopener noreferrer' },
  });
  const html = sanitizeHtml(raw, baseOptions(transformTags)).trim();
  return { html, passages: extractPassages(html) };
}

const PASSAGE_ID = /^p[1-9][0-9]{0,5}$/;

/**
 * Stored HTML as it is served: the same allow-list again, keeping the passage ids the
 * render gave (`p1`, `p2`, ...) and no other. A row written before a stricter policy, by
 * a bug, or straight into the database reaches visitors only through this.
 */
export function sanitizeStoredHtml(html: string): string {
  const keepPassageId: sanitizeHtml.Transformer = (tagName, attribs) => {
    const { id, ...rest } = attribs;
    return { tagName, attribs: id && PASSAGE_ID.test(id) ? { ...rest, id } : rest };
  };
  const transformTags: Record<string, sanitizeHtml.Transformer> = Object.fromEntries(
    PASSAGE_BLOCKS.map((tag) => [tag, keepPassageId]),
  );
  transformTags['a'] = (tagName, attribs) => ({
    tagName,
    attribs: { ...attribs, rel: 'noopener noreferrer' },
  });
  return sanitizeHtml(html, baseOptions(transformTags));
}

/**
 * Splits anchored HTML into the text of each anchored block. Text belongs to the nearest
 * anchor before it, so a list item holding a paragraph yields the paragraph's text once.
 */
export function extractPassages(html: string): Passage[] {
  const marker = /<[a-z0-9]+\s[^>]*\bid="(p\d+)"[^>]*>/g;
  const starts: { anchor: string; index: number }[] = [];
  for (const match of html.matchAll(marker)) {
    starts.push({ anchor: match[1], index: match.index ?? 0 });
  }
  const passages: Passage[] = [];
  starts.forEach((start, i) => {
    const slice = html.slice(start.index, starts[i + 1]?.index ?? html.length);
    const text = htmlToText(slice);
    if (text) passages.push({ anchor: start.anchor, text });
  });
  return passages;
}

const ENTITIES: Readonly<Record<string, string>> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&#x27;': "'",
  '&nbsp;': ' ',
};

/** Plain text of a fragment of our own sanitized HTML. */
export function htmlToText(html: string): string {
  const stripped = sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} });
  return stripped
    .replace(/&(amp|lt|gt|quot|#39|#x27|nbsp);/g, (entity) => ENTITIES[entity] ?? entity)
    .replace(/\s+/g, ' ')
    .trim();
}

/** Plain-text, single-line field (title, summary): no markup survives. */
export function plainText(value: string): string {
  return htmlToText(value);
}
