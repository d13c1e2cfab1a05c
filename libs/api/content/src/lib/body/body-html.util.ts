import { marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

export type BodyFormat = 'markdown' | 'html';

export const BODY_FORMATS: readonly BodyFormat[] = ['markdown', 'html'];

/**
 * Block elements that get a citation anchor (`id="p1"`, `id="p2"`, ...) in document order,
 * so the assistant and search can link to `#pN`.
 */
const ANCHORED_BLOCKS = [
  'p',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'dt',
  'dd',
  'td',
  'th',
  'figcaption',
];

const ALLOWED_TAGS = [
  ...ANCHORED_BLOCKS,
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
  const anchored = Object.fromEntries(ANCHORED_BLOCKS.map((tag) => [tag, ['id']]));
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
    return { tagName, attribs: { ...rest, id: `p${counter}` } };
  };
  const transformTags: Record<string, sanitizeHtml.Transformer> = Object.fromEntries(
    ANCHORED_BLOCKS.map((tag) => [tag, anchor]),
  );
  transformTags['a'] = (tagName, attribs) => ({
    tagName,
    attribs: { ...attribs, rel: 'noopener noreferrer' },
  });
  const html = sanitizeHtml(raw, baseOptions(transformTags)).trim();
  return { html, passages: extractPassages(html) };
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
