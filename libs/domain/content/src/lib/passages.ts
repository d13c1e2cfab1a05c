/**
 * Block elements of a body that get a passage anchor (`id="p1"`, `id="p2"`, ...) in
 * document order, so search hits and the assistant's citations can link to `#pN`. The API
 * numbers them when it renders a body; the portal numbers them the same way again after
 * its own sanitizer, which drops every id.
 */
export const PASSAGE_BLOCKS: readonly string[] = [
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

/** The anchor of the n-th passage block (from 1). */
export function passageId(n: number): string {
  return `p${n}`;
}
