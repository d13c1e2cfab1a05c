import {
  FIELD_OPERATIONS,
  INSTITUTIONS,
  OSCE_ACRONYM,
  OSCE_NAME,
  STRUCTURES,
} from '@portal/domain/institutions';
import { LOCALES } from '@portal/domain/locales';
import type { Locale, Localized } from '@portal/domain/locales';
import { CONCEPT_SOURCES } from './thesaurus-data';
import type { ConceptTopic } from './thesaurus-data';

export interface Concept {
  readonly id: string;
  readonly topic: ConceptTopic;
  /** Equivalent terms per language, the preferred term first. */
  readonly terms: Localized<readonly string[]>;
}

export interface ConceptMatch {
  readonly concept: Concept;
  /** The thesaurus term found, as the thesaurus writes it. */
  readonly term: string;
  readonly locale: Locale;
}

/**
 * Lower case, accents and other combining marks removed (NFD), every run of characters
 * that are not letters or digits turned into one space, so that "Police-public",
 * "police public" and "POLICE–PUBLIC" compare equal in every script.
 */
export function normalizeTerm(text: string): string {
  return tokenize(text).join(' ');
}

function tokenize(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token.length > 0);
}

/** Builds a value for every locale; a typed loop, since Object.fromEntries loses the keys. */
function perLocale<T>(build: (locale: Locale) => T): Localized<T> {
  const result = {} as Record<Locale, T>;
  for (const locale of LOCALES) result[locale] = build(locale);
  return result;
}

function fromSource(value: string): readonly string[] {
  return value.split('|').map((term) => term.trim());
}

function localizedTerms(
  ...parts: readonly (Localized | undefined)[]
): Localized<readonly string[]> {
  return perLocale((locale) => [...new Set(parts.flatMap((part) => (part ? [part[locale]] : [])))]);
}

function organizationConcepts(): Concept[] {
  const institutionSlugs = new Set<string>(INSTITUTIONS.map((i) => i.slug));
  return [
    { id: 'osce', topic: 'organization', terms: localizedTerms(OSCE_NAME, OSCE_ACRONYM) },
    ...INSTITUTIONS.map((i): Concept => ({
      id: `institution:${i.slug}`,
      topic: 'organization',
      terms: localizedTerms(i.name, i.acronym),
    })),
    ...STRUCTURES.filter((s) => !institutionSlugs.has(s.slug)).map((s): Concept => ({
      id: `structure:${s.slug}`,
      topic: 'organization',
      terms: localizedTerms(s.name, s.acronym),
    })),
    ...FIELD_OPERATIONS.map((op): Concept => ({
      id: `field-operation:${op.slug}`,
      topic: 'organization',
      terms: localizedTerms(op.name),
    })),
  ];
}

/**
 * About a hundred concepts of the OSCE's fields of work (policing first), each with its
 * terms in the six languages, followed by the OSCE's own bodies and field operations.
 * Used to expand a query in one language into the other five.
 */
export const THESAURUS: readonly Concept[] = /* @__PURE__ */ buildThesaurus();

function buildThesaurus(): Concept[] {
  return [
    ...CONCEPT_SOURCES.map((source): Concept => ({
      id: source.id,
      topic: source.topic,
      terms: perLocale((locale) => fromSource(source.terms[locale])),
    })),
    ...organizationConcepts(),
  ];
}

interface IndexEntry {
  readonly concept: Concept;
  readonly term: string;
  readonly locale: Locale;
}

interface ThesaurusIndex {
  readonly byTerm: ReadonlyMap<string, readonly IndexEntry[]>;
  readonly byId: ReadonlyMap<string, Concept>;
  /**
   * For each token that begins a term, the token counts of the terms it begins, longest
   * first: a phrase lookup tries only those, not every length at every word of a text.
   */
  readonly lengthsByFirst: ReadonlyMap<string, readonly number[]>;
}

let index: ThesaurusIndex | undefined;

/**
 * Built on the first lookup, once; every lookup afterwards is a Map access. Building it
 * lazily (and THESAURUS marked pure) lets a bundle that imports only other parts of this
 * library, such as the portal's activity labels, leave the thesaurus out.
 */
function thesaurusIndex(): ThesaurusIndex {
  if (index) return index;
  const byTerm = new Map<string, IndexEntry[]>();
  const lengths = new Map<string, Set<number>>();
  for (const concept of THESAURUS) {
    for (const locale of LOCALES) {
      for (const term of concept.terms[locale]) {
        const tokens = tokenize(term);
        if (tokens.length === 0) continue;
        const first = tokens[0] as string;
        lengths.set(first, (lengths.get(first) ?? new Set<number>()).add(tokens.length));
        const key = tokens.join(' ');
        const entries = byTerm.get(key) ?? [];
        if (!entries.some((e) => e.concept === concept && e.locale === locale)) {
          entries.push({ concept, term, locale });
        }
        byTerm.set(key, entries);
      }
    }
  }
  const lengthsByFirst = new Map(
    [...lengths].map(([first, counts]) => [first, [...counts].sort((a, b) => b - a)]),
  );
  index = { byTerm, byId: new Map(THESAURUS.map((c) => [c.id, c])), lengthsByFirst };
  return index;
}

export function getConcept(id: string): Concept | undefined {
  return thesaurusIndex().byId.get(id);
}

/** The concepts that have `term` (compared normalized) among their terms in `fromLocale`, or in any locale. */
export function conceptsForTerm(term: string, fromLocale?: Locale): readonly Concept[] {
  const entries = thesaurusIndex().byTerm.get(normalizeTerm(term)) ?? [];
  const concepts = entries
    .filter((entry) => fromLocale === undefined || entry.locale === fromLocale)
    .map((entry) => entry.concept);
  return [...new Set(concepts)];
}

/**
 * The terms equivalent to `term` in all six languages (the term itself left out), e.g.
 * 'polizia di prossimità' -> ['community policing', 'police-public partnership', ...,
 * 'police de proximité', ..., 'policía comunitaria', ...]. Empty when the term is unknown.
 */
export function expandTerm(term: string, fromLocale?: Locale): string[] {
  const key = normalizeTerm(term);
  const result = new Set<string>();
  for (const concept of conceptsForTerm(term, fromLocale)) {
    for (const locale of LOCALES) {
      for (const candidate of concept.terms[locale]) {
        if (normalizeTerm(candidate) !== key) result.add(candidate);
      }
    }
  }
  return [...result];
}

/** Like `expandTerm`, grouped by language, e.g. to build one query per text-search configuration. */
export function expandTermByLocale(
  term: string,
  fromLocale?: Locale,
): Localized<readonly string[]> {
  const concepts = conceptsForTerm(term, fromLocale);
  return perLocale((locale) => [...new Set(concepts.flatMap((c) => c.terms[locale]))]);
}

/**
 * The thesaurus terms that occur in `text` as whole words, longest match first and
 * without overlaps, one match per concept, in order of appearance.
 */
export function findConcepts(text: string, locale?: Locale): ConceptMatch[] {
  const tokens = tokenize(text);
  const { byTerm, lengthsByFirst } = thesaurusIndex();
  const matches: ConceptMatch[] = [];
  const seen = new Set<string>();
  let i = 0;
  while (i < tokens.length) {
    let advanced = 1;
    for (const n of lengthsByFirst.get(tokens[i] as string) ?? []) {
      if (i + n > tokens.length) continue;
      const entries = byTerm.get(
        n === 1 ? (tokens[i] as string) : tokens.slice(i, i + n).join(' '),
      );
      const usable = entries?.filter((e) => locale === undefined || e.locale === locale);
      if (!usable || usable.length === 0) continue;
      for (const entry of usable) {
        if (seen.has(entry.concept.id)) continue;
        seen.add(entry.concept.id);
        matches.push({ concept: entry.concept, term: entry.term, locale: entry.locale });
      }
      advanced = n;
      break;
    }
    i += advanced;
  }
  return matches;
}
