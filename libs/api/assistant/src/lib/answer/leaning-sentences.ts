import type { Sentence } from '../text/sentences';

/**
 * Sentences that cannot be quoted on their own: one that leans on the sentence before it
 * ("It also trains ...", "The Mission ...", "Son département ..."), and lines that state
 * nothing (a heading, a photo credit) and so cannot be what another sentence leans on.
 */

/** "The Mission ...": a body the page is about, named by the title if not by the sentence before. */
const DEFINITE_REFERENCE =
  /^(?:\S+\s+){0,5}the (?:unit|office|mission|college|network|programme|initiative|centre|project)(?![\p{L}])/iu;

/** "It ...", "Its office ...": says nothing on its own, whose office being in the sentence before. */
const PRONOUN =
  /^(?:it|this|they|il|elle|ils|elles|es|er|sie|dieses|diese|esso|essa|questa|questo|él|ella|esta|este|он|она|оно|они|этот|эта|its|their|son|sa|ses|leur|leurs|sein|seine|seinen|seiner|ihr|ihre|ihren|ihrer|(?:il|la|i|le)\s+(?:suo|sua|suoi|sue|loro)|su|sus|его|её|ее|их)(?![\p{L}])/iu;

/** How a sentence leans on the one before: not, by a pronoun, or by "the Mission". */
export function leansOn(text: string): 'none' | 'pronoun' | 'definite' {
  const trimmed = text.trim();
  if (PRONOUN.test(trimmed)) return 'pronoun';
  return DEFINITE_REFERENCE.test(trimmed) ? 'definite' : 'none';
}

/**
 * A heading-like line ("OSCE Secretariat, Vienna") or a photo credit ("(OSCE/Jane Roe)"):
 * short and not ended like a sentence, it states no fact.
 */
export function statesNothing(sentence: Sentence, tokens: number): boolean {
  return !sentence.listItem && !/[.!?:;]$/.test(sentence.text.trim()) && tokens < 12;
}
