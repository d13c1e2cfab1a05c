import { LOCALES, type Locale } from '@portal/domain/locales';
import { findConcepts, getConcept } from '@portal/domain/policing';
import { isStopword, words, type TranslationLexicon } from '@portal/api/text';
import { questionType } from '../answer/answer-type';
import { questionFocus, RESPONSIBILITY_WORDS } from '../answer/question-focus';
import { conceptIds } from '../text/concepts';
import type { NameLexicon } from '../text/name-lexicon';

/** The question's content words in another language, as far as the learned lexicon knows them. */
export function translatedWords(
  question: string,
  from: Locale,
  to: Locale,
  lexicon: TranslationLexicon | undefined,
): string {
  if (!lexicon) return '';
  const out = new Set<string>();
  for (const w of words(question)) {
    if (w.length < 3 || isStopword(w)) continue;
    const best = lexicon.translate(w, from, to)[0];
    if (best) out.add(best.word);
  }
  return [...out].join(' ');
}

/**
 * Adds the other languages' acronyms and short names of the entities a question names, as
 * far as the question's script can write them (search carries the query into the other
 * scripts itself), and for a who-is-responsible question the language's words of being
 * responsible.
 */
export function expandQuery(question: string, lexicon: NameLexicon, lang: Locale): string {
  const extra = new Set<string>();
  if (questionFocus(question, lang, questionType(question, lang).type).responsibility)
    extra.add(RESPONSIBILITY_WORDS[lang]);
  for (const id of lexicon.find(question).keys()) {
    for (const name of lexicon.names(id))
      if (name.split(/\s+/).length <= 2 && writableIn(name, lang)) extra.add(name);
  }
  return extra.size ? `${question} ${[...extra].join(' ')}` : question;
}

/**
 * Names (every language's form) and thesaurus concepts (every language's terms) of the
 * question, or undefined when it has none. Numbers and acronyms are kept as they are.
 * For a `target` language only what a text in it can hold: its concept terms and the names
 * written in its script, so that each language's search plans and scores a fifth of the
 * words.
 */
export function anchorQuery(
  question: string,
  lexicon: NameLexicon,
  lang?: Locale,
  target?: Locale,
): string | undefined {
  const anchors = new Set<string>();
  for (const id of (lang ? lexicon.findIn(question, lang) : lexicon.find(question)).keys()) {
    if (id === 'osce') continue;
    for (const name of lexicon.names(id)) {
      if (name.split(/\s+/).length <= 3 && (!target || writableIn(name, target))) anchors.add(name);
    }
  }
  // Concepts also in inflected forms ("donne poliziotto" -> women in policing).
  const concepts = new Map(findConcepts(question).map((m) => [m.concept.id, m.concept]));
  for (const id of lang ? conceptIds(question, lang) : []) {
    const concept = getConcept(id);
    if (concept) concepts.set(id, concept);
  }
  for (const concept of concepts.values()) {
    if (['police', 'policing', 'participating-states'].includes(concept.id)) continue;
    // The shortest term per language: an acronym or a city rather than a long official name
    // whose common words ("human", "rights") would match everything.
    for (const locale of target ? [target] : LOCALES) {
      const term = [...concept.terms[locale]].sort(
        (a, b) => a.split(/\s+/).length - b.split(/\s+/).length,
      )[0];
      if (term) anchors.add(term);
    }
  }
  for (const w of question.match(/(?<![\p{L}])[\p{Lu}]{2,8}(?![\p{L}])/gu) ?? []) {
    if (!['OSCE', 'OSZE', 'ОБСЕ'].includes(w)) anchors.add(w);
  }
  for (const n of question.match(/\d[\d,.]*/g) ?? []) anchors.add(n);
  // Other names as written ("Helsinki", "Vucitrn"); German capitalizes every noun, so there
  // only the lexicon's names and acronyms count.
  if (lang !== 'de') {
    words(question).forEach((w, i) => {
      if (i > 0 && w.length >= 4 && /^\p{Lu}\p{Ll}/u.test(w) && !isStopword(w)) anchors.add(w);
    });
  }
  return anchors.size ? [...anchors].join(' ') : undefined;
}

/**
 * Whether a text in the language can hold the name as written: Russian texts write names
 * in Cyrillic, except acronyms ("ODIHR", "TAHCLE"); the other five never in Cyrillic.
 */
export function writableIn(name: string, lang: Locale): boolean {
  const cyrillic = /\p{Script=Cyrillic}/u.test(name);
  if (lang !== 'ru') return !cyrillic;
  return cyrillic || !/\p{Ll}/u.test(name);
}
