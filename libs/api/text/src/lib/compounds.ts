import type { Locale } from '@portal/domain/locales';

/**
 * Languages that write compounds as one word: German's "Hafenbehörde" is what English
 * writes "port authority" and Italian "autorità portuale". A query word of such a language
 * may be a compound the pages never use, while they say its parts ("Behörde des Hafens").
 */
export const COMPOUNDING_LOCALES: ReadonlySet<Locale> = new Set(['de']);

/** A part shorter than this is as likely a suffix or a chance string as a word. */
const MIN_PART = 4;
/** Letters German puts between the parts ("Arbeit-s-markt", "Straße-n-bahn", "Hund-e-hütte"). */
const LINKS = ['', 's', 'es', 'n', 'en', 'e'] as const;

/**
 * The two known words a compound is made of, as Lucene's dictionary decompounder finds
 * them: the word split where both sides are words of the language (a linking letter or two
 * allowed before the cut), each of at least four letters; the longest last part first,
 * since it carries the compound's meaning. Undefined when no split gives two known words.
 */
export function compoundParts(
  word: string,
  isWord: (part: string) => boolean,
): [string, string] | undefined {
  const w = word.toLowerCase();
  for (let cut = MIN_PART; cut <= w.length - MIN_PART; cut++) {
    const last = w.slice(cut);
    if (!isWord(last)) continue;
    const head = w.slice(0, cut);
    for (const link of LINKS) {
      if (!head.endsWith(link)) continue;
      const first = head.slice(0, head.length - link.length);
      if (first.length >= MIN_PART && isWord(first)) return [first, last];
    }
  }
  return undefined;
}
