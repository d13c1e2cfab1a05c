import type { Locale } from '@portal/domain/locales';
import { fold, words } from '@portal/api/text';
import type { SourcePassage } from '../answer/answer.types';
import type { PassageSearch } from '../retrieval/portal.retriever';

/**
 * Below this rarity (0 in every passage .. 1 in none) a word is common in the portal's
 * content. A person's name is in a few passages at most (about 0.8 and up with a few
 * thousand passages); "Central", "Office", "Police" are in hundreds.
 */
const COMMON_BELOW = 0.5;

/**
 * The capitalized words of the passages that are common in the index, by the passages'
 * language: "Central Asia" and "Programme Office" are written like "Jane Doe" but name no
 * person. One rarity lookup per language; nothing without the index's statistics.
 */
export async function commonCapitalized(
  search: PassageSearch,
  passages: readonly SourcePassage[],
): Promise<ReadonlyMap<Locale, ReadonlySet<string>>> {
  const rarity = search.rarity?.bind(search);
  if (!rarity) return new Map();
  const byLang = new Map<Locale, Set<string>>();
  for (const p of passages) {
    const seen = byLang.get(p.lang) ?? new Set<string>();
    byLang.set(p.lang, seen);
    for (const w of words(p.text)) if (/^\p{Lu}\p{Ll}/u.test(w)) seen.add(w.toLowerCase());
  }
  const out = new Map<Locale, ReadonlySet<string>>();
  await Promise.all(
    [...byLang].map(async ([lang, capitalized]) => {
      const byWord = await rarity([...capitalized], lang);
      const common = [...byWord].filter(([, r]) => r < COMMON_BELOW).map(([w]) => fold(w));
      out.set(lang, new Set(common));
    }),
  );
  return out;
}
