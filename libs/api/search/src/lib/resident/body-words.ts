/**
 * A passage's body cut into words the way PostgreSQL's default text search parser counts
 * them, so the word positions of the passage's tsvector can be found in its text again:
 * the resident index knows where a query's lexemes are (positions), and a snippet needs
 * the characters they stand for.
 *
 * The parser gives a position to every token its configuration maps to a dictionary:
 * words, numbers, hyphenated compounds (the whole, then each part), hosts, file paths,
 * e-mail addresses and links (the link, its host, its path); spaces, punctuation, tags
 * and entities take none, and an apostrophe or underscore splits a word. This follows
 * those rules for the text the portal indexes; where a text goes beyond them (an unusual
 * link, `1.5km`) the count can drift, which is why every use checks the words against the
 * tsvector's own lexemes first (see `residentHeadline`).
 */

/** Where a token is in the text: `[start, end)` in UTF-16 code units. */
export type Span = readonly [start: number, end: number];

/** A word of the body and the positions it takes in the text's tsvector. */
export interface BodyWord {
  /** Its first position (1-based); the positions of `spans` follow one another from it. */
  readonly position: number;
  /**
   * The token at each of its positions: the word itself, then a compound's parts or a
   * link's host and path.
   */
  readonly spans: readonly Span[];
}

const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?';
const HOST = `${LABEL}(?:\\.${LABEL})+`;
/** Not followed by a letter or digit of any script: the parser ends such tokens there. */
const ENDS = '(?![\\p{L}\\p{M}\\p{N}])';

const TAG = /<\/?[A-Za-z][^<>]*>/y;
const ENTITY = /&(?:[A-Za-z]+|#\d+|#x[0-9A-Fa-f]+);/y;
/** A link with its scheme: the scheme takes no position. */
const SCHEME_LINK = new RegExp(`[A-Za-z][A-Za-z0-9+.-]*://(${HOST})(/[^\\s]*)?`, 'uy');
const EMAIL = new RegExp(`[A-Za-z0-9_.+-]+@${HOST}${ENDS}`, 'uy');
/** A host, and a path after it when its last label looks like a domain's. */
const HOST_LINK = new RegExp(`(${HOST})(/[^\\s]*)?`, 'uy');
/** ASCII words and numbers joined by dots and slashes: `e.g`, `3.2.1`, `and/or`. */
const FILE = /[A-Za-z0-9]+(?:[./][A-Za-z0-9]+)+/y;
const SIGNED = /[-+]\d+(?:\.\d+)*/y;
const WORD = /[\p{L}\p{M}\p{N}]+/uy;
const PART = /-(\p{L}[\p{L}\p{M}\p{N}]*)/uy;
const HAS_LETTER = /\p{L}/u;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
/** After a run of letters and digits, the characters that may make it part of a longer token. */
const JOINERS = new Set([':', '@', '.', '/', '_', '+', '-']);

/** The words of `text` with their tsvector positions, in order (see the module's note). */
export function bodyWords(text: string): BodyWord[] {
  const words: BodyWord[] = [];
  let position = 1;
  let i = 0;
  const add = (spans: Span[]) => {
    words.push({ position, spans });
    position += spans.length;
    i = spans[0][1];
  };
  const at = (re: RegExp): RegExpExecArray | null => {
    re.lastIndex = i;
    return re.exec(text);
  };
  while (i < text.length) {
    let m: RegExpExecArray | null;
    // Most tokens are a plain word followed by a space or punctuation: one match settles them.
    if ((m = at(WORD)) && !JOINERS.has(text[i + m[0].length])) {
      add([[i, i + m[0].length]]);
      continue;
    }
    const c = text[i];
    if (c === ' ' || (!m && c !== '<' && c !== '&' && c !== '-' && c !== '+')) {
      i += 1;
      continue;
    }
    if ((m = at(TAG)) || (m = at(ENTITY))) {
      i += m[0].length;
    } else if ((m = at(SCHEME_LINK))) {
      const start = i + m[0].indexOf(m[1]);
      const end = i + m[0].length;
      const hostEnd = start + m[1].length;
      add(
        m[2]
          ? [
              [start, end],
              [start, hostEnd],
              [hostEnd, end],
            ]
          : [[start, end]],
      );
    } else if ((m = at(EMAIL))) {
      add([[i, i + m[0].length]]);
    } else if ((m = linkOrFile())) {
      // Matched and added inside.
    } else if ((m = at(SIGNED))) {
      add([[i, i + m[0].length]]);
    } else if ((m = at(WORD))) {
      const start = i;
      let end = i + m[0].length;
      const parts: Span[] = [[start, end]];
      // A compound: the first part has a letter, each next one starts with one.
      if (HAS_LETTER.test(m[0])) {
        for (;;) {
          PART.lastIndex = end;
          const part = PART.exec(text);
          if (!part) break;
          parts.push([end + 1, end + part[0].length]);
          end += part[0].length;
        }
      }
      add(parts.length > 1 ? [[start, end], ...parts] : parts);
    } else {
      i += 1;
    }
  }
  return words;

  /** A host (with its path as a link) or a dotted or slashed ASCII token; null when neither. */
  function linkOrFile(): RegExpExecArray | null {
    const link = at(HOST_LINK);
    if (link && endsToken(i + link[0].length)) {
      const [whole, host, path] = link;
      const domain = /\.[A-Za-z]{2,}$/.test(host);
      const [end, hostEnd] = [i + whole.length, i + host.length];
      if (path && domain)
        add([
          [i, end],
          [i, hostEnd],
          [hostEnd, end],
        ]);
      else if (!path) add([[i, end]]);
      else return fileToken();
      return link;
    }
    return fileToken();
  }

  function fileToken(): RegExpExecArray | null {
    const file = at(FILE);
    if (!file || !endsToken(i + file[0].length)) return null;
    add([[i, i + file[0].length]]);
    return file;
  }

  function endsToken(end: number): boolean {
    return end >= text.length || !WORD_CHAR.test(text[end]);
  }
}
