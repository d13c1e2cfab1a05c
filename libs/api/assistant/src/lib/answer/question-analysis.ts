import type { Locale } from '@portal/domain/locales';
import { findConcepts } from '@portal/domain/policing';
import { conceptIds, conceptsIn, eventsIn } from '../text/concepts';
import { numberFromWord } from '../text/number-words';
import type { NameLexicon } from '../text/name-lexicon';
import { fold, stem, words, isStopword, phoneticKey, cognateForm } from '@portal/api/text';
import { dateAskedAt, questionParts, questionType } from './answer-type';
import type { QuestionAnalysis, QuestionPart, Term } from './evidence.types';
import type { AnswerContext } from './extractive-options';
import { mentionsResponsibility, questionFocus, type QuestionFocus } from './question-focus';

/** Entities that almost every passage mentions; they count little. */
export const UBIQUITOUS = new Set(['osce']);

/**
 * `rarity` (0 common .. 1 unknown to the index, by folded word) weighs the question's
 * plain words: a sentence that misses a rare word ("ferry") misses what the question
 * is about, one that misses a common word ("help") does not.
 */
export function analyzeQuestion(
  lexicon: NameLexicon,
  question: string,
  lang: Locale,
  context: AnswerContext = {},
): QuestionAnalysis {
  const { rarity, translations } = context;
  const type = questionType(question, lang);
  const found = lexicon.findIn(question, lang);
  const entities = new Map<string, number>();
  let rest = fold(question).replace(/[’']/g, "'");
  for (const [id, spans] of found) {
    // "OSCE" is in nearly every passage: it cannot tell an answer from a bystander.
    entities.set(id, UBIQUITOUS.has(id) && type.type !== 'acronym' ? 0.3 : 2);
    for (const span of spans) rest = rest.replace(span, ' ');
  }
  const originals = new Map(words(question).map((w, i) => [fold(w), { w, i }]));
  const conceptOf = new Map<string, Set<string>>();
  const addConcept = (w: string, id: string) =>
    conceptOf.set(fold(w), new Set([...(conceptOf.get(fold(w)) ?? []), id]));
  for (const match of findConcepts(question)) {
    for (const w of words(match.term)) addConcept(w, match.concept.id);
  }
  const questionTokens = words(question);
  for (const hit of conceptsIn(question, lang)) {
    for (const w of questionTokens.slice(hit.from, hit.to + 1)) addConcept(w, hit.id);
  }
  const terms: Term[] = [];
  const numbers = new Set<number>();
  for (const token of withAcronymParts(words(rest), originals)) {
    if (isStopword(token) || token.length < 2) continue;
    const original = originals.get(token);
    const n = numberFromWord(token);
    if (n !== undefined) numbers.add(n);
    // German capitalizes every noun: there only acronyms are sure to be names.
    const capitalized = !!original && original.i > 0 && /^\p{Lu}/u.test(original.w);
    const name = !!original && (isAcronym(original.w) || (lang !== 'de' && capitalized));
    terms.push({
      folded: token,
      stems: stemsOf(token, [lang]),
      weight: name ? 2 : /^\d+$/.test(token) ? 1.5 : plainWeight(rarity?.get(token)),
      translations: translations?.stemsIn(token, lang) ?? new Map(),
      name,
      invariant: /\d/.test(token) || (!!original && isAcronym(original.w)),
      number: n,
      // A German noun may still be a name ("Duschanbe"): its sound is kept too, and it is
      // only ever compared with capitalized words of the passage.
      key: name || capitalized ? phoneticKey(stem(token, lang)) : '',
      cognate: cognateForm(token, lang),
      concepts: [...(conceptOf.get(token) ?? [])],
      responsibility: mentionsResponsibility(token),
    });
  }
  const focus = questionFocus(question, lang, type.type);
  const focusConcepts = conceptsOfFocus(focus, lang, conceptOf);
  return {
    lang,
    type,
    parts: partsOf(question, lang, found, terms, conceptOf),
    terms,
    entities,
    numbers,
    focus,
    focusConcepts,
    events: type.type === 'date' ? eventsIn(whenClause(question), lang) : new Set(),
    questionWords: new Set(words(question).map(fold)),
    commonWords: context.commonWords ?? new Map(),
  };
}

/**
 * Each part of a compound question with the keys of the entities and terms it says (a word
 * said in two parts belongs to both); OSCE, said everywhere, belongs to none.
 */
function partsOf(
  question: string,
  lang: Locale,
  found: ReadonlyMap<string, readonly string[]>,
  terms: readonly Term[],
  conceptOf: ReadonlyMap<string, ReadonlySet<string>>,
): QuestionPart[] {
  return questionParts(question, lang).map(({ kind, text, written }) => {
    // "odihr-direktor" is said as its two terms too (see `withAcronymParts`).
    const said = new Set(words(text).flatMap((w) => [w, ...w.split(/[-‑]/)]));
    const keys = new Set<string>();
    for (const [id, spans] of found)
      if (!UBIQUITOUS.has(id) && spans.some((span) => text.includes(fold(span))))
        keys.add(`e:${id}`);
    terms.forEach((term, i) => {
      if (said.has(term.folded)) keys.add(`t:${i}`);
    });
    const focus = questionFocus(written, lang, kind);
    return { kind, keys, focus, focusConcepts: conceptsOfFocus(focus, lang, conceptOf) };
  });
}

/** The concepts of the asked-for noun phrase: how it is recognized in another language. */
function conceptsOfFocus(
  focus: QuestionFocus,
  lang: Locale,
  conceptOf: ReadonlyMap<string, ReadonlySet<string>>,
): Set<string> {
  const out = new Set<string>();
  for (const w of focus.words) for (const id of conceptOf.get(w) ?? []) out.add(id);
  if (focus.words.length) for (const id of conceptIds(focus.words.join(' '), lang)) out.add(id);
  return out;
}

/**
 * "ODIHR-Direktor", "TAHCLE-Programm": a compound of an acronym and a word is taken as the two,
 * for the acronym is what another language's passage spells alike. The parts are added to `originals`
 * as written so that they are recognized as an acronym and a word.
 */
function withAcronymParts(
  tokens: readonly string[],
  originals: Map<string, { w: string; i: number }>,
): string[] {
  const out: string[] = [];
  for (const token of tokens) {
    const original = originals.get(token);
    const parts = original?.w.split(/[-‑]/) ?? [];
    if (parts.length < 2 || !parts.some(isAcronym)) {
      out.push(token);
      continue;
    }
    for (const part of parts) {
      const folded = fold(part);
      if (!originals.has(folded)) originals.set(folded, { w: part, i: original?.i ?? 0 });
      out.push(folded);
    }
  }
  return out;
}

export function stemsOf(word: string, langs: readonly Locale[]): Set<string> {
  return new Set(langs.map((l) => stem(word, l)));
}

export function isAcronym(word: string): boolean {
  return /^[\p{Lu}][\p{Lu}\p{Ll}]?[\p{Lu}]+$/u.test(word) && word.length >= 2 && word.length <= 8;
}

/** A plain word's weight: 1 when its rarity is unknown, 0.4 (everywhere) to 2 (nowhere). */
function plainWeight(rarity: number | undefined): number {
  return rarity === undefined ? 1 : 0.4 + 1.6 * rarity;
}

/**
 * The part of a question that asks for the date: "which city hosted the meeting that closed
 * the Chairmanship, and in which month" asks when the meeting was, not when anything closed.
 */
export function whenClause(question: string): string {
  return question.slice(dateAskedAt(question) ?? 0);
}
