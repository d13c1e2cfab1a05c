import type { SearchHitType } from '@portal/domain/content';
import type { Locale } from '@portal/domain/locales';

const RRF_K = 60;

/** A passage standing for its item in a ranking (rows as PostgreSQL returns them). */
export interface ItemPassage {
  readonly id: string;
  readonly item_type: SearchHitType;
  readonly item_id: string;
  readonly locale: Locale;
}

export interface ScoredPassage extends ItemPassage {
  readonly score: number;
}

/** Reciprocal-rank fusion: each list adds 1 / (k + rank) to every id it ranks. */
export function fuse(lists: readonly (readonly string[])[]): { id: string; score: number }[] {
  const scores = new Map<string, number>();
  for (const list of lists) {
    list.forEach((id, rank) => scores.set(id, (scores.get(id) ?? 0) + 1 / (RRF_K + rank + 1)));
  }
  return [...scores.entries()]
    .map(([id, score]) => ({ id, score }))
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}

/**
 * Fuses the full-text ranking of items with the nearest passages by embedding, item by
 * item (an item found by both counts once, with its full-text passage), and returns the
 * requested page of the fused ranking, scored by fusion, and how many items only the
 * vectors found.
 */
export function fuseItemRankings(
  text: readonly ScoredPassage[],
  vector: readonly ItemPassage[],
  page: { readonly page: number; readonly size: number },
): { rows: ScoredPassage[]; onlyVector: number } {
  const rows = new Map<string, ScoredPassage>();
  const key = (r: ItemPassage) => `${r.item_type}\u0000${r.item_id}`;
  for (const r of text) rows.set(key(r), r);
  const vectorItems: string[] = [];
  for (const v of vector) {
    const k = key(v);
    if (!vectorItems.includes(k)) vectorItems.push(k);
    if (!rows.has(k)) rows.set(k, { ...v, score: 0 });
  }
  const fused = fuse([text.map(key), vectorItems]);
  const onlyVector = vectorItems.filter((k) => !text.some((r) => key(r) === k)).length;
  const start = (page.page - 1) * page.size;
  return {
    onlyVector,
    rows: fused.slice(start, start + page.size).flatMap(({ id, score }) => {
      const r = rows.get(id);
      return r ? [{ ...r, score }] : [];
    }),
  };
}
