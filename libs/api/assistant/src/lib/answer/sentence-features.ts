import type { Locale } from '@portal/domain/locales';
import { findConcepts } from '@portal/domain/policing';
import { conceptIds } from '../text/concepts';
import { numbersIn } from '../text/number-words';
import type { NameLexicon } from '../text/name-lexicon';
import { areCognates, cognateForm, fold, stem, words, phoneticKey } from '@portal/api/text';
import type { SentenceFeatures, Term } from './evidence.types';
import { stemsOf } from './question-analysis';
import { mentionsResponsibility } from './question-focus';

/** What a sentence offers for matching: tokens, stems, names, numbers, concepts. */
export function sentenceFeatures(
  lexicon: NameLexicon,
  text: string,
  passageLang: Locale,
  questionLang: Locale,
): SentenceFeatures {
  const tokens = words(text);
  const folded = tokens.map(fold);
  const langs = passageLang === questionLang ? [passageLang] : [passageLang, questionLang];
  // A compound's parts too ("TAHCLE-Programm" is also TAHCLE), as questions are taken apart.
  const parts = folded.flatMap((t) => (/[-‑]/.test(t) ? [t, ...t.split(/[-‑]/)] : [t]));
  const stems = new Set(parts.flatMap((t) => [...stemsOf(t, langs)]));
  const keys = new Set(
    tokens
      .filter((t, i) => i > 0 && /^\p{Lu}/u.test(t))
      .map((t) => phoneticKey(stem(t, passageLang))),
  );
  return {
    lang: passageLang,
    tokens,
    folded,
    cognates: tokens.map((t) => cognateForm(t, passageLang)),
    stems,
    keys,
    entities: new Set(lexicon.findIn(text, passageLang).keys()),
    numbers: new Set(numbersIn(text, true)),
    counts: new Set(countsIn(text)),
    concepts: new Set([
      ...findConcepts(text).map((m) => m.concept.id),
      ...conceptIds(text, passageLang),
    ]),
    responsible: mentionsResponsibility(text),
  };
}

export function termMatch(term: Term, f: SentenceFeatures): number {
  if (term.concepts.some((c) => f.concepts.has(c))) return 1;
  if (term.responsibility && f.responsible) return 1;
  for (const s of term.stems) if (f.stems.has(s)) return 1;
  for (const s of term.translations.get(f.lang) ?? []) if (f.stems.has(s)) return 0.9;
  if (term.number !== undefined && f.numbers.has(term.number)) return 1;
  // Another form of the word, or its cognate in another language ("ministry", "ministero",
  // "министерство"; "candidates", "Kandidaten").
  if (f.cognates.some((c) => areCognates(term.cognate, c))) return 0.8;
  if (term.key.length >= 3 && f.keys.has(term.key)) return 0.9;
  return 0;
}

/** Recognizable in a passage of another language. */
export function translatable(term: Term): boolean {
  return (
    term.name ||
    term.invariant ||
    term.concepts.length > 0 ||
    term.number !== undefined ||
    term.translations.size > 0
  );
}

/**
 * Years are dates, not counts: a bare four-digit number from 1800 to 2100 is left out,
 * "2,000 documents" is kept.
 */
export function countsIn(text: string): number[] {
  const out: number[] = [];
  for (const token of text.match(/\d+(?:[.,\s]\d{3})*/g) ?? []) {
    const n = Number(token.replace(/[.,\s]/g, ''));
    if (/^\d{4}$/.test(token) && n >= 1800 && n <= 2100) continue;
    out.push(n);
  }
  return [...out, ...numbersIn(text.replace(/\d/g, ' '), true)];
}

export function similar(a: string, b: string): boolean {
  const sa = new Set(words(a).map(fold));
  const sb = new Set(words(b).map(fold));
  const shared = [...sa].filter((w) => sb.has(w)).length;
  return shared / Math.max(1, Math.min(sa.size, sb.size)) > 0.7;
}
