import type { SourcePassage } from './answer.types';

/** A passage's page and its place on it, from anchors `#p1`, `#p2`, ... */
const ANCHORED = /^(.*#p)(\d+)$/;

/** The passage before this one on the same page (anchors p1, p2, ...), if it is at hand. */
export function previousPassage(
  passage: SourcePassage,
  byUrl: ReadonlyMap<string, SourcePassage>,
): SourcePassage | undefined {
  const m = ANCHORED.exec(passage.url);
  if (!m) return undefined;
  return byUrl.get(`${m[1]}${Number(m[2]) - 1}`);
}

/** The passages at hand grouped by page, each page's in reading order; pages of one passage left out. */
export function pagesInOrder(passages: readonly SourcePassage[]): SourcePassage[][] {
  const byPage = new Map<string, { n: number; passage: SourcePassage }[]>();
  for (const passage of passages) {
    const m = ANCHORED.exec(passage.url);
    if (!m) continue;
    const page = byPage.get(m[1] ?? '') ?? [];
    page.push({ n: Number(m[2]), passage });
    byPage.set(m[1] ?? '', page);
  }
  return [...byPage.values()]
    .filter((page) => page.length > 1)
    .map((page) => page.sort((a, b) => a.n - b.n).map((p) => p.passage));
}
