import { fold, words } from '@portal/api/text';

/** Conjunctions that close a series ("A, B and C") in the six languages. */
const SERIES_CLOSERS = new Set([
  'and',
  'or',
  'et',
  'ou',
  'und',
  'oder',
  'e',
  'ed',
  'o',
  'y',
  'и',
  'или',
]);
/** Words a series' last item but one may have between its comma and the closing conjunction. */
const SERIES_ITEM_WORDS = 6;

/**
 * Whether a sentence enumerates: three comma-separated parts, or "A, B and C", where a
 * conjunction closes the series a few words after its last comma. The second is how most
 * prose lists three items; one comma alone ("In 2019, the mission ...") makes no series.
 */
export function isSeries(text: string): boolean {
  return seriesItems(text) >= 3;
}

/**
 * About how many items a sentence enumerates: its comma- or semicolon-separated parts, one
 * more when a conjunction closes the last ("A, B, C and D": 4). A sentence of one part
 * enumerates nothing (1).
 */
export function seriesItems(text: string): number {
  const parts = text.split(/[,;]/);
  if (parts.length < 2) return 1;
  const tail = words(parts[parts.length - 1] ?? '');
  const closer = tail.findIndex((w) => SERIES_CLOSERS.has(fold(w)));
  return parts.length + (closer > 0 && closer <= SERIES_ITEM_WORDS ? 1 : 0);
}
