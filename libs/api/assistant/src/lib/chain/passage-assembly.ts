import type { SourcePassage } from '../answer/answer.types';
import type { PassageSearch } from '../retrieval/portal.retriever';

/** Documents found in each other language, at most this many per language, are read whole. */
const DOCUMENTS_PER_LANGUAGE = 2;
/** A document longer than this many passages is read from its found passages only. */
const WHOLE_DOCUMENT_PASSAGES = 10;

/**
 * A question in another language matches a document only by its names, numbers and a few
 * translated words, which need not be in the passage that holds the answer: the best
 * documents of each language (by their best passage) are read whole, the languages taking
 * turns, so that one document cannot fill every place.
 */
export async function readWhole(
  perLanguage: readonly (readonly SourcePassage[])[],
  search: PassageSearch,
  perLanguageDocuments = DOCUMENTS_PER_LANGUAGE,
): Promise<SourcePassage[]> {
  const documents = roundRobin(
    perLanguage.map((passages) => {
      const seen = new Set<string>();
      return passages.filter((p) => {
        const key = p.documentId ?? p.url.split('#')[0] ?? p.id;
        if (seen.has(key)) return false;
        seen.add(key);
        return seen.size <= perLanguageDocuments;
      });
    }),
  );
  if (!search.itemPassages) return roundRobin(perLanguage);
  if (!documents.length) return [];
  const read = await search.itemPassages(
    documents.map((d) => d.id),
    WHOLE_DOCUMENT_PASSAGES,
  );
  const whole = documents.map((best) => {
    const passages = read.get(best.id) ?? [];
    if (!passages.length) return [best];
    const page = best.url.split('#')[0];
    // The found passage first: it is what matched the question.
    const ordered = [
      ...passages.filter((p) => p.id === best.id),
      ...passages.filter((p) => p.id !== best.id),
    ];
    return ordered.map((p) => ({
      ...best,
      id: p.id,
      heading: p.heading,
      text: p.text,
      url: `${page}#${p.anchor}`,
    }));
  });
  return whole.flat();
}

/** The first of each list, then the second of each, and so on. */
function roundRobin<T>(lists: readonly (readonly T[])[]): T[] {
  const out: T[] = [];
  const longest = Math.max(0, ...lists.map((l) => l.length));
  for (let i = 0; i < longest; i++)
    for (const l of lists) if (l[i] !== undefined) out.push(l[i] as T);
  return out;
}

/** The primary ranking first, the anchor ranking's new passages woven in from rank 3 on. */
export function interleave(
  primary: readonly SourcePassage[],
  anchored: readonly SourcePassage[],
  limit: number,
): SourcePassage[] {
  const out: SourcePassage[] = [];
  const seen = new Set<string>();
  const push = (p: SourcePassage | undefined) => {
    if (p && !seen.has(p.id)) {
      seen.add(p.id);
      out.push(p);
    }
  };
  push(primary[0]);
  push(primary[1]);
  for (let i = 0; i < primary.length || i < anchored.length; i++) {
    push(anchored[i]);
    push(primary[i + 2]);
  }
  return out.slice(0, limit * 4);
}

const MAX_LIST_ITEMS = 16;
/** At most this many open lists are continued per question (one lookup each). */
const MAX_CONTINUED = 8;

/**
 * A list is often indexed apart from its lead-in ("... the following areas:") or split over
 * several passages (one per item, or a chunk boundary inside the list). A passage that
 * leaves a list open (it ends in ":", or its last item ends in ";" or ",") takes the items
 * of the passages after it, one per line, up to the item that closes the list. Wherever it
 * ranks: a page read whole brings its lead-ins far down the list.
 */
export async function withContinuations(
  passages: SourcePassage[],
  next: ((passage: SourcePassage, count: number) => Promise<string[]>) | undefined,
): Promise<SourcePassage[]> {
  if (!next) return passages;
  const open = passages
    .filter((p) => leavesListOpen(p.text) || endsInItem(p.text))
    .slice(0, MAX_CONTINUED);
  const following = new Map(
    await Promise.all(open.map(async (p) => [p.id, await next(p, MAX_LIST_ITEMS)] as const)),
  );
  return passages.map((p) => {
    const bodies = following.get(p.id) ?? [];
    // Passages may overlap: an item the passage already ends with is not said twice.
    const said = new Set(p.text.split('\n').map(itemText));
    const items = (
      leavesListOpen(p.text)
        ? opensNumberedList(bodies)
          ? bulletedItems(bodies, 0)
          : listItems(bodies)
        : bulletedItems(bodies, lastNumber(p.text))
    ).filter((item) => !said.has(itemText(item)));
    return items.length ? { ...p, text: `${p.text}\n${items.join('\n')}` } : p;
  });
}

/** A line without its bullet, to compare items however they are marked. */
function itemText(line: string): string {
  const trimmed = line.trim();
  return trimmed.slice(LIST_BULLET.exec(trimmed)?.[0].length ?? 0).trim();
}

/**
 * Ends in a list item that says nothing of whether more follow ("- Rules of engagement"):
 * a chunk boundary may fall inside a list whose items carry no punctuation.
 */
function endsInItem(text: string): boolean {
  return LIST_BULLET.test(text.trim().split('\n').pop()?.trim() ?? '');
}

/**
 * The bulleted lines that open the passages after such an item, up to the first line that
 * is not one: only a bullet says that the list goes on.
 */
function bulletedItems(bodies: readonly string[], after?: number): string[] {
  const items: string[] = [];
  // A numbered list may explain each item in paragraphs of its own ("1) ...", a paragraph,
  // "2) ..."): it goes on at the next number, and the paragraphs are not items.
  let expected = after === undefined ? undefined : after + 1;
  let between = 0;
  for (const body of bodies) {
    for (const line of body.split('\n').filter((l) => l.trim())) {
      const bullet = LIST_BULLET.exec(line.trim());
      const item = line
        .trim()
        .slice(bullet?.[0].length ?? 0)
        .trim();
      const number = /^(\d+)[.)]/.exec(line.trim())?.[1];
      if (!bullet && expected !== undefined && between < EXPLANATION_LINES) {
        between += 1;
        continue;
      }
      if (!bullet || !item || item.length > 600 || items.length >= MAX_LIST_ITEMS) return items;
      if (expected !== undefined) {
        // Passages may overlap: an item already said comes again first.
        if (Number(number) < expected && items.length === 0) continue;
        if (Number(number) !== expected) return items;
        expected += 1;
        between = 0;
      }
      items.push(`- ${item}`);
    }
  }
  return items;
}

/** Paragraphs a numbered list's item may be explained in before the next number. */
const EXPLANATION_LINES = 3;

/** Whether what follows a lead-in opens with the first item of a numbered list. */
function opensNumberedList(bodies: readonly string[]): boolean {
  return /^1[.)]\s/.test(bodies[0]?.trim() ?? '');
}

/** The number of the passage's last line, when it is an item of a numbered list. */
function lastNumber(text: string): number | undefined {
  const n = /^(\d+)[.)]\s/.exec(text.trim().split('\n').pop()?.trim() ?? '')?.[1];
  return n === undefined ? undefined : Number(n);
}

/** The items that continue a list, from the bodies of the passages after it. */
function listItems(bodies: readonly string[]): string[] {
  const items: string[] = [];
  for (const body of bodies) {
    const lines = body.split('\n').filter((l) => l.trim());
    for (const line of lines) {
      const bullet = LIST_BULLET.exec(line.trim());
      // A passage of one line is one item; in a longer one only bulleted lines are.
      if (!bullet && lines.length > 1) return items;
      const item = line
        .trim()
        .slice(bullet?.[0].length ?? 0)
        .trim();
      if (!item || item.endsWith(':') || item.length > 600) return items;
      items.push(`- ${item}`);
      if (!/[;,]$/.test(item)) return items;
    }
  }
  return items;
}

const LIST_BULLET = /^(?:[-*•–]\s+|\d+[.)]\s+)/;

/** Ends in a lead-in, or in a list item that says more items follow. */
export function leavesListOpen(text: string): boolean {
  const last = text.trim().split('\n').pop()?.trim() ?? '';
  if (last.endsWith(':')) return true;
  return LIST_BULLET.test(last) && /[;,]$/.test(last);
}
