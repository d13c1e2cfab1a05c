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

type Rarity = ReadonlyMap<Locale, ReadonlyMap<string, number>>;

/**
 * The capitalized words of the passages (lower-cased), by the passages' language: those
 * beside another capitalized word, since a person's name is two of them in a row ("Jane
 * Doe", see `namesAPerson`); a capital that opens a sentence alone names no one, and its
 * rarity need not be looked up.
 */
export function capitalizedWords(passages: readonly SourcePassage[]): Map<Locale, Set<string>> {
  const byLang = new Map<Locale, Set<string>>();
  for (const p of passages) {
    const seen = byLang.get(p.lang) ?? new Set<string>();
    byLang.set(p.lang, seen);
    const tokens = words(p.text);
    const capital = tokens.map((w) => /^\p{Lu}\p{Ll}/u.test(w));
    tokens.forEach((w, i) => {
      if (capital[i] && (capital[i - 1] || capital[i + 1])) seen.add(w.toLowerCase());
    });
  }
  return byLang;
}

/**
 * Of the capitalized words, those common in the index, folded, by language: "Central Asia"
 * and "Programme Office" are written like "Jane Doe" but name no person.
 */
export function commonAmong(
  capitalized: ReadonlyMap<Locale, ReadonlySet<string>>,
  rarity: Rarity,
): Map<Locale, ReadonlySet<string>> {
  const out = new Map<Locale, ReadonlySet<string>>();
  for (const [lang, seen] of capitalized) {
    const byWord = rarity.get(lang) ?? new Map<string, number>();
    out.set(lang, new Set([...seen].filter((w) => (byWord.get(w) ?? 1) < COMMON_BELOW).map(fold)));
  }
  return out;
}

/**
 * The capitalized words of the passages that are common in the index, by the passages'
 * language. One rarity lookup for every language; nothing without the index's statistics.
 */
export async function commonCapitalized(
  search: PassageSearch,
  passages: readonly SourcePassage[],
): Promise<ReadonlyMap<Locale, ReadonlySet<string>>> {
  if (!search.rarity) return new Map();
  const capitalized = capitalizedWords(passages);
  return commonAmong(capitalized, await search.rarity(lists(capitalized)));
}

/** Word sets as the lists a rarity lookup takes. */
export function lists(
  byLang: ReadonlyMap<Locale, ReadonlySet<string>>,
): Map<Locale, readonly string[]> {
  return new Map([...byLang].map(([lang, set]) => [lang, [...set]]));
}
