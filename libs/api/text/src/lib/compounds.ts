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

/** Compounds of more parts than this are not taken apart further. */
const MAX_PARTS = 3;

/**
 * The known words a compound is made of, as Lucene's dictionary decompounder finds them:
 * the word split where both sides are words of the language, each of at least four letters,
 * the longest last part first, since it carries the compound's meaning. The first side may
 * carry linking letters ("Arbeit-s-markt"), lack the final "e" German drops at a joint
 * ("Grenz-" for "Grenze"), or be a compound itself, up to three parts in all. Undefined
 * when no split gives known words.
 */
export function compoundParts(
  word: string,
  isWord: (part: string) => boolean,
): string[] | undefined {
  return split(word.toLowerCase(), isWord, MAX_PARTS);
}

function split(w: string, isWord: (part: string) => boolean, parts: number): string[] | undefined {
  for (let cut = MIN_PART; cut <= w.length - MIN_PART; cut++) {
    const last = w.slice(cut);
    if (!isWord(last)) continue;
    const first = firstPart(w.slice(0, cut), isWord, parts - 1);
    if (first) return [...first, last];
  }
  return undefined;
}

/** The side before a joint as known words, or undefined. */
function firstPart(
  head: string,
  isWord: (part: string) => boolean,
  parts: number,
): string[] | undefined {
  for (const link of LINKS) {
    if (!head.endsWith(link)) continue;
    const stem = head.slice(0, head.length - link.length);
    if (stem.length < MIN_PART) continue;
    if (isWord(stem)) return [stem];
    if (isWord(`${stem}e`)) return [`${stem}e`];
  }
  return parts > 1 ? split(head, isWord, parts) : undefined;
}
