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

/**
 * Words that introduce examples of what a sentence just named ("issues such as A, B and C"),
 * in the six languages, folded. An enumeration led in this way is a list of that thing
 * inside the sentence, as a lead-in ending in ":" is one over the lines that follow.
 */
const EXAMPLE_MARKERS =
  /(?<![\p{L}])(?:such as|including|namely|tels que|telles que|tel que|telle que|notamment|y compris|wie etwa|wie zum beispiel|wie z\. ?b\.|darunter|insbesondere|beispielsweise|come ad esempio|tra cui|fra cui|ad esempio|tales como|tal como|como por ejemplo|entre ellos|entre ellas|incluidos|incluidas|такие как|таких как|такими как|в том числе|включая)(?![\p{L}])/u;

/** Longest item of an enumeration after an example marker, in words. */
const EXAMPLE_ITEM_WORDS = 8;

/**
 * How many items follow an example marker ("... such as A, B and C": 3; "such as A and B":
 * 2); 0 when the sentence has no marker or one item follows it. The items are the short
 * comma-separated parts right after the marker, and the two a conjunction joins in the
 * first longer part: "partners such as the OSCE, our ambition is ..." lists one.
 */
export function examplesListed(text: string): number {
  const folded = fold(text);
  const marker = EXAMPLE_MARKERS.exec(folded);
  if (!marker) return 0;
  let items = 0;
  for (const part of folded.slice(marker.index + marker[0].length).split(/[,;]/)) {
    const said = words(part);
    const closer = said.findIndex((w) => SERIES_CLOSERS.has(w));
    if (closer > 0 && closer <= SERIES_ITEM_WORDS) {
      items += 2;
      break;
    }
    if (said.length === 0 || said.length > EXAMPLE_ITEM_WORDS) break;
    items += 1;
  }
  return items >= 2 ? items : 0;
}
