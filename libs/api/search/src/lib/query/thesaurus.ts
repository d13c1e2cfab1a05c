import { LOCALES, Locale } from '@portal/domain/locales';
import { findConcepts } from '@portal/domain/policing';
import { isStopword } from '@portal/api/text';
import { findPlaces } from './place-names';
import { ParsedQuery, QueryTerm, words } from './query-parser';

function fold(text: string): string {
  return words(text.normalize('NFD').replace(/\p{M}/gu, '')).join(' ');
}

/** The query in another language, and which of the visitor's words it says there. */
export interface LocaleQuery extends ParsedQuery {
  /**
   * The visitor's words (as typed) that this language's query carries, as a concept's
   * names or as the same name; ranking weighs a passage by the share of the query it
   * could match, so a language that can say only part of the query cannot score like a
   * full match.
   */
  readonly expressed: string;
  /**
   * One key per clause, naming the visitor's word or concept the clause says (`c:<concept>`
   * or `w:<word>`): the same in every language, so a word and its translations can be
   * counted as one term when choosing which terms find the candidates.
   */
  readonly keys: readonly string[];
}

/** Key of a word outside any concept (see `LocaleQuery.keys`). */
function wordKey(text: string): string {
  return `w:${fold(text)}`;
}

/**
 * The keys (see `LocaleQuery.keys`) of the visitor's own clauses: a clause whose words a
 * concept of the thesaurus covers is that concept, any other is its first word.
 */
export function ownClauseKeys(
  text: string,
  lang: Locale,
  clauses: readonly (readonly QueryTerm[])[],
): string[] {
  const cacheKey = `${lang}\u0000${text}`;
  let matches = OWN_CONCEPTS.get(cacheKey);
  if (!matches) {
    matches = namedConcepts(text, lang).map((m) => ({
      id: m.id,
      words: new Set(fold(m.term).split(' ')),
    }));
    OWN_CONCEPTS.set(cacheKey, matches);
    if (OWN_CONCEPTS.size > MAX_CACHED_EXPANSIONS) {
      OWN_CONCEPTS.delete(OWN_CONCEPTS.keys().next().value as string);
    }
  }
  const found = matches;
  return clauses.map((clause) => {
    const first = fold(clause[0]?.text ?? '').split(' ');
    const concept = found.find((m) => first.every((w) => m.words.has(w)));
    return concept ? `c:${concept.id}` : wordKey(clause[0]?.text ?? '');
  });
}

/**
 * How a word outside the thesaurus is said in another language: the translations learned
 * from the portal's aligned content (`@portal/api/text`) and the index's written cognates,
 * each an alternative (none if nothing is known). `id` names what it knows: expansions are
 * cached by it.
 */
export interface WordTranslator {
  readonly id: string | number;
  translate(word: string, from: Locale, to: Locale): readonly string[];
}

/** A concept of the thesaurus or a country the text names, with its names per language. */
interface NamedConcept {
  readonly id: string;
  /** As found in the text's language. */
  readonly term: string;
  readonly terms: Partial<Record<Locale, readonly string[]>>;
}

function namedConcepts(text: string, lang: Locale): NamedConcept[] {
  return [
    ...findConcepts(text, lang).map((m) => ({
      id: m.concept.id,
      term: m.term,
      terms: m.concept.terms,
    })),
    ...findPlaces(text, lang).map((m) => ({
      id: m.id,
      term: m.term,
      terms: Object.fromEntries(Object.entries(m.names).map(([l, n]) => [l, [n]])),
    })),
  ];
}

/**
 * The query as it is searched in each other language, through the policing thesaurus and
 * the countries' names: every concept or country found in the text becomes one clause of
 * its names in that language; words outside any concept are kept when they look like
 * names, acronyms or numbers (often spelt the same everywhere) and, when any word will
 * do, carried over by the translator.
 */

export function expandAcrossLocales(
  text: string,
  lang: Locale,
  query: ParsedQuery,
  strict: boolean,
  translator?: WordTranslator,
): Partial<Record<Locale, LocaleQuery>> {
  // The expansion depends on the text alone (query is parsed from it) and the translator,
  // and matching it against every concept's terms costs more than the rest of planning:
  // remember it.
  const key = `${lang}\u0000${strict ? 1 : 0}\u0000${translator?.id ?? 0}\u0000${text}`;
  const cached = EXPANSIONS.get(key);
  if (cached) {
    EXPANSIONS.delete(key);
    EXPANSIONS.set(key, cached);
    return cached;
  }
  const out = expand(text, lang, query, strict, translator);
  EXPANSIONS.set(key, out);
  if (EXPANSIONS.size > MAX_CACHED_EXPANSIONS) {
    EXPANSIONS.delete(EXPANSIONS.keys().next().value as string);
  }
  return out;
}

const MAX_CACHED_EXPANSIONS = 1000;
/** The concepts found in a visitor's text, by language and text (oldest first). */
const OWN_CONCEPTS = new Map<string, { id: string; words: Set<string> }[]>();
/** Least recently used first (a Map keeps insertion order). */
const EXPANSIONS = new Map<string, Partial<Record<Locale, LocaleQuery>>>();

function expand(
  text: string,
  lang: Locale,
  query: ParsedQuery,
  strict: boolean,
  translator: WordTranslator | undefined,
): Partial<Record<Locale, LocaleQuery>> {
  const matches = namedConcepts(text, lang);
  const covered = new Set(matches.flatMap((m) => fold(m.term).split(' ')));
  // Words outside any concept travel to other languages only when they look like names,
  // acronyms or numbers ("Moldova", "OSCE", "2024"), which are often spelt the same; a
  // capital that only starts the sentence ("How", "Wer") does not make a name.
  const names = new Set(
    (text.normalize('NFC').match(/[\p{L}\p{M}\p{N}]+/gu) ?? [])
      .filter((w) => /^\p{Lu}/u.test(w) || /\p{N}/u.test(w))
      .map((w) => w.toLowerCase())
      .filter((w) => !isStopword(w, lang)),
  );
  const isCovered = (t: QueryTerm) =>
    fold(t.text)
      .split(' ')
      .every((w) => covered.has(w));
  const rest = query.clauses.filter((clause) => !clause.every(isCovered));
  // A clause that is neither a concept nor a name cannot be said in the other languages:
  // when every word is required (strict) those languages are left out; when any word will
  // do, the other words are simply not searched there.
  const named = rest.filter((clause) =>
    clause.every((t) => t.text.split(' ').every((w) => names.has(w))),
  );
  const translatable =
    !strict ||
    rest.every((clause) => clause.every((t) => t.text.split(' ').every((w) => names.has(w))));
  const namedWords = new Set(named.flatMap((clause) => clause.flatMap((t) => t.text.split(' '))));
  const out: Partial<Record<Locale, LocaleQuery>> = {};
  for (const locale of LOCALES) {
    if (locale === lang) continue;
    const said = matches.filter((m) => (m.terms[locale] ?? []).length > 0);
    const conceptClauses: QueryTerm[][] = said.map((m) =>
      (m.terms[locale] ?? []).map((t) => ({
        text: words(t).join(' '),
        phrase: t.includes(' '),
      })),
    );
    const conceptKeys = said.map((m) => `c:${m.id}`);
    const saidWords = new Set(said.flatMap((m) => fold(m.term).split(' ')));
    const expressed = query.clauses
      .flat()
      .flatMap((t) => t.text.split(' '))
      .filter((w) => namedWords.has(w) || saidWords.has(fold(w)));
    // When any word will do, the other words go as the content's learned translations.
    const translated: QueryTerm[][] = [];
    const translatedKeys: string[] = [];
    const localNamed: (readonly QueryTerm[])[] = [...named];
    if (!strict && translator) {
      for (const clause of rest) {
        for (const t of clause) {
          if (t.phrase) continue;
          const said = translator.translate(t.text, lang, locale);
          if (said.length === 0) continue;
          const alternatives = [...new Set(said.map((w) => words(w).join(' ')))];
          // A name is searched as written already; its cognates join it ("Balkan", "Balcani").
          const own = named.indexOf(clause);
          if (own >= 0) {
            localNamed[own] = [
              ...localNamed[own],
              ...alternatives.map((text) => ({ text, phrase: false })),
            ];
            continue;
          }
          translated.push(alternatives.map((text) => ({ text, phrase: false })));
          translatedKeys.push(wordKey(t.text));
          expressed.push(t.text);
        }
      }
    }
    out[locale] = translatable
      ? {
          clauses: [...conceptClauses, ...localNamed, ...translated],
          exclude: query.exclude,
          expressed: expressed.join(' '),
          keys: [
            ...conceptKeys,
            ...named.map((clause) => wordKey(clause[0]?.text ?? '')),
            ...translatedKeys,
          ],
        }
      : { clauses: [], exclude: [], expressed: '', keys: [] };
  }
  return out;
}
