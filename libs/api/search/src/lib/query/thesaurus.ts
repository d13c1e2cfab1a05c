import { LOCALES, Locale } from '@portal/domain/locales';
import { ParsedQuery, QueryTerm, words } from './query-parser';

/** A concept with its names in each language (the shape the policing thesaurus gives). */
export interface ThesaurusConcept {
  readonly id: string;
  readonly terms: Partial<Record<Locale, readonly string[]>>;
}

/**
 * Minimal stand-in until the policing thesaurus lands in @portal/domain/policing; the
 * expansion below only needs `findConcepts`.
 */
const CONCEPTS: readonly ThesaurusConcept[] = [
  {
    id: 'community-policing',
    terms: {
      en: ['community policing'],
      fr: ['police de proximité'],
      de: ['bürgernahe Polizeiarbeit'],
      it: ['polizia di prossimità'],
      ru: ['охрана общественного порядка на местах'],
      es: ['policía comunitaria'],
    },
  },
  {
    id: 'police-reform',
    terms: {
      en: ['police reform'],
      fr: ['réforme de la police'],
      de: ['Polizeireform'],
      it: ['riforma della polizia'],
      ru: ['реформа полиции'],
      es: ['reforma policial'],
    },
  },
  {
    id: 'police',
    terms: {
      en: ['police', 'policing'],
      fr: ['police'],
      de: ['Polizei'],
      it: ['polizia'],
      ru: ['полиция'],
      es: ['policía'],
    },
  },
];

function fold(text: string): string {
  return words(text.normalize('NFD').replace(/\p{M}/gu, '')).join(' ');
}

export function findConcepts(text: string): ThesaurusConcept[] {
  const haystack = ` ${fold(text)} `;
  return CONCEPTS.filter((c) =>
    Object.values(c.terms).some((terms) => terms?.some((t) => haystack.includes(` ${fold(t)} `))),
  );
}

/**
 * The query as it is searched in each other language: every thesaurus concept found in
 * the text becomes one clause of its names in that language (as phrases); words not
 * covered by a concept are kept as they are (names, acronyms and numbers often are the
 * same everywhere).
 */
export function expandAcrossLocales(
  text: string,
  lang: Locale,
  query: ParsedQuery,
  strict: boolean,
): Partial<Record<Locale, ParsedQuery>> {
  const concepts = findConcepts(text);
  const covered = new Set(
    concepts.flatMap((c) => (c.terms[lang] ?? []).flatMap((t) => fold(t).split(' '))),
  );
  // Words outside any concept travel to other languages only when they look like names,
  // acronyms or numbers ("Moldova", "OSCE", "2024"), which are often spelt the same.
  const names = new Set(
    (text.normalize('NFC').match(/[\p{L}\p{M}\p{N}]+/gu) ?? [])
      .filter((w) => /^\p{Lu}/u.test(w) || /\p{N}/u.test(w))
      .map((w) => w.toLowerCase()),
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
  const out: Partial<Record<Locale, ParsedQuery>> = {};
  for (const locale of LOCALES) {
    if (locale === lang) continue;
    const conceptClauses: QueryTerm[][] = concepts
      .map((c) =>
        (c.terms[locale] ?? []).map((t) => ({ text: words(t).join(' '), phrase: t.includes(' ') })),
      )
      .filter((clause) => clause.length > 0);
    out[locale] = translatable
      ? { clauses: [...conceptClauses, ...named], exclude: query.exclude }
      : { clauses: [], exclude: [] };
  }
  return out;
}
