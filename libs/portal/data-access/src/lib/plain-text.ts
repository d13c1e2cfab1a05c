/**
 * Plain text from the API's HTML fields, for places that cannot hold markup: the meta
 * description, `og:description`, link previews. The input is our own sanitized HTML
 * (sanitize-html on save), so dropping tags and decoding entities is enough; this is not
 * a sanitizer and must never be used as one.
 */

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

function decodeEntity(entity: string, body: string): string {
  if (body.startsWith('#')) {
    const code =
      body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : Number(body.slice(1));
    return Number.isInteger(code) && code > 0 && code <= 0x10ffff
      ? String.fromCodePoint(code)
      : entity;
  }
  return NAMED_ENTITIES[body] ?? entity;
}

/** The text of an HTML fragment on one line: tags become spaces, entities characters. */
export function htmlToPlainText(html: string): string {
  return (
    html
      // Block ends separate words that the markup kept apart ("</p><p>" is a break).
      .replace(/<[^>]*>/g, ' ')
      .replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (entity, body: string) => decodeEntity(entity, body))
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/**
 * `text` shortened to at most `max` characters at a word boundary, with an ellipsis when
 * something was cut. A single word longer than `max` is cut inside the word rather than
 * dropped, so the result is never empty for a non-empty text.
 */
export function cutAtWord(text: string, max: number): string {
  const chars = Array.from(text.trim());
  if (chars.length <= max) return chars.join('');
  const head = chars.slice(0, max - 1).join('');
  const boundary = head.search(/\s\S*$/);
  const kept = (boundary > 0 ? head.slice(0, boundary) : head).replace(/[\s,;:.–-]+$/u, '');
  return `${kept}…`;
}

/**
 * Search engines show about 155-160 characters of a description; longer ones are cut by
 * them, mid-word. Cutting here keeps the words whole.
 */
export const META_DESCRIPTION_MAX = 160;

/** A meta description from text or HTML: plain text, cut at a word boundary. */
export function metaDescription(source: string | undefined, max = META_DESCRIPTION_MAX): string {
  return source ? cutAtWord(htmlToPlainText(source), max) : '';
}
