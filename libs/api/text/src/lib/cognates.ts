import type { Locale } from '@portal/domain/locales';
import { fold, stem } from './stemmer';
import { LRUCache } from 'lru-cache';
import { transliterate } from './transliterate';

/**
 * A word as it meets its cognates in the other languages: `key` is its spelling with the
 * six languages' ways of writing one sound merged (Latin letters; c/k/qu, ph/f, th/t, z/s,
 * y/i, doubled letters), `stem` the same for the word's stem in its own language.
 */
export interface CognateForm {
  readonly key: string;
  readonly stem: string;
  /** The key's first letter and its consonants: what survives a shifted or doubled vowel. */
  readonly skeleton: string;
}

/** Shared first letters of two keys that tell one word written in two languages. */
const SHARED_BEGINNING = 6;
/** A stem this short must be the whole stem of both words. */
const SHORT_STEM = 4;
/** Consonants in the same order that tell one long word whose vowels moved. */
const SHARED_CONSONANTS = 5;
/** Shorter words have too few consonants for their order to tell them apart. */
const LONG_WORD = 8;

/**
 * The adjective ending that English writes "-ic", Italian and Spanish "-ico", French
 * "-ique", German "-isch" and Russian "-ический" (romanized "-ichesk..."), with the
 * inflection after it: merged to the "-ik" the other spellings reach, so "ethnic",
 * "ethnisch" and "этнический" share a stem. At least three letters must come before it,
 * so a short word that only ends alike ("Tisch") keeps its own key.
 */
const ADJECTIVE_IC = /(?<=[a-z]{3})(?:isch(?:e[mnrs]?)?|ichesk[a-z]{0,3})$/;

/**
 * Spelling merged across orthographies, so that "candidate" and "Kandidat", "police" and
 * "Polizei", "commission" and "Kommission", "technical" and "tecnico" begin alike. Sounds
 * are not modelled beyond that: it only has to bring written cognates together.
 */
export function cognateKey(word: string): string {
  return fold(transliterate(word))
    .replace(/[^a-z]/g, '')
    .replace(ADJECTIVE_IC, 'ik')
    .replace(/sch/g, 's')
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/ch|ck|qu|q/g, 'k')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/c/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/z|ts/g, 's')
    .replace(/[yj]/g, 'i')
    .replace(/w/g, 'v')
    .replace(/(.)\1+/g, '$1');
}

/**
 * Words recur from sentence to sentence and question to question, and a form takes some
 * twenty regular-expression passes: the forms of the words read lately are kept.
 */
const FORMS = new LRUCache<string, CognateForm>({ max: 100_000 });

export function cognateForm(word: string, lang: Locale): CognateForm {
  const key = `${lang}\u0000${word}`;
  let form = FORMS.get(key);
  if (!form) FORMS.set(key, (form = computeCognateForm(word, lang)));
  return form;
}

function computeCognateForm(word: string, lang: Locale): CognateForm {
  const key = cognateKey(word);
  return {
    key,
    stem: cognateKey(stem(word, lang)),
    skeleton: (key.charAt(0) + key.slice(1).replace(/[aeiou]/g, '')).replace(/(.)\1+/g, '$1'),
  };
}

/**
 * Whether two words, each in its own language, are one word: six shared first letters of
 * their merged spellings ("kandidates" and "kandidaten"); for long words the same first
 * five consonants, as vowels shift and consonants double between languages
 * ("recommendations", "raccomandazioni"); for short words the same whole stem ("Serbs" and
 * "Serben" both "serb"), since a short prefix alone matches too much.
 */
export function areCognates(a: CognateForm, b: CognateForm): boolean {
  if (a.key.length >= SHARED_BEGINNING && b.key.length >= SHARED_BEGINNING) {
    if (a.key.slice(0, SHARED_BEGINNING) === b.key.slice(0, SHARED_BEGINNING)) return true;
  }
  if (
    a.key.length >= LONG_WORD &&
    b.key.length >= LONG_WORD &&
    a.skeleton.length >= SHARED_CONSONANTS &&
    a.skeleton.slice(0, SHARED_CONSONANTS) === b.skeleton.slice(0, SHARED_CONSONANTS)
  )
    return true;
  return a.stem.length >= SHORT_STEM && a.stem === b.stem;
}
