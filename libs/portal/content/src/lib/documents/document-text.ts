/** A block of a document passage as the page shows it. */
export type TextBlock =
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'numbered'; readonly start: number; readonly items: readonly string[] }
  | { readonly kind: 'bulleted'; readonly items: readonly string[] };

const NUMBERED = /^(\d{1,3})[.)]\s+(\S.*)$/;
const BULLETED = /^[-*•–]\s+(\S.*)$/;
/** Shorter shared stretches are chance (a word, a date), not the splitter's overlap. */
const MIN_OVERLAP = 20;
/** Passages are cut with about 120 characters of overlap; more is looked for to be safe. */
const MAX_OVERLAP = 400;

/**
 * A passage's text without what the passage before it ended with. Documents are cut into
 * passages that overlap, so that a sentence cut at the edge is still found whole by search
 * and the assistant; read one after another on the document page, the overlap would be
 * shown twice.
 */
export function withoutOverlap(previous: string | undefined, text: string): string {
  if (!previous) return text;
  const longest = Math.min(previous.length, text.length, MAX_OVERLAP);
  for (let k = longest; k >= MIN_OVERLAP; k--) {
    if (previous.endsWith(text.slice(0, k))) return text.slice(k).trimStart();
  }
  return text;
}

/**
 * The passage's lines as paragraphs, with runs of bulleted lines and of consecutively
 * numbered lines as lists: ingestion keeps one line per paragraph or list item, and a
 * browser would run them together into one paragraph. A lone numbered line stays a
 * paragraph as written: "3. März 2020 trat ..." starts with a date, not an item.
 */
export function textBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  /** The first line of each numbered run, kept for a run that turns out to be one line. */
  const firstLines = new Map<TextBlock, string>();
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const last = blocks.at(-1);
    const numbered = NUMBERED.exec(line);
    const bulleted = numbered ? null : BULLETED.exec(line);
    if (numbered) {
      const n = Number(numbered[1]);
      const item = numbered[2] ?? '';
      if (last?.kind === 'numbered' && n === last.start + last.items.length)
        blocks[blocks.length - 1] = { ...last, items: [...last.items, item] };
      else {
        const block: TextBlock = { kind: 'numbered', start: n, items: [item] };
        firstLines.set(block, line);
        blocks.push(block);
      }
    } else if (bulleted) {
      const item = bulleted[1] ?? '';
      if (last?.kind === 'bulleted')
        blocks[blocks.length - 1] = { ...last, items: [...last.items, item] };
      else blocks.push({ kind: 'bulleted', items: [item] });
    } else {
      blocks.push({ kind: 'paragraph', text: line });
    }
  }
  return blocks.map((b) =>
    b.kind === 'numbered' && b.items.length === 1
      ? { kind: 'paragraph', text: firstLines.get(b) ?? b.items[0] ?? '' }
      : b,
  );
}
