/** Markers ts_headline puts around matches; control characters never occur in indexed text. */
export const MARK_START = '\u0001';
export const MARK_STOP = '\u0002';

export const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_STOP}, MaxWords=35, MinWords=15, ShortWord=2`;

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes everything, then turns the markers into the only markup allowed: `<mark>`. */
export function toSnippetHtml(headline: string): string {
  const escaped = headline.replace(/[&<>"']/g, (c) => ESCAPES[c]);
  let open = false;
  let out = '';
  for (const ch of escaped) {
    if (ch === MARK_START && !open) {
      out += '<mark>';
      open = true;
    } else if (ch === MARK_STOP && open) {
      out += '</mark>';
      open = false;
    } else if (ch !== MARK_START && ch !== MARK_STOP) {
      out += ch;
    }
  }
  return (open ? out + '</mark>' : out).replace(/\s+/g, ' ').trim();
}
