import type { Locale } from '@portal/domain/locales';

/**
 * Language identification for the six official languages, written for short inputs
 * (a visitor's question of five words) as well as whole documents. Cyrillic decides
 * Russian at once; the Latin-script languages are told apart by their commonest words
 * (stopwords and question words, which short questions are made of), by letters only
 * one of them uses, and by typical word endings. No model, deterministic, ~microseconds.
 */

type LatinLocale = Exclude<Locale, 'ru'>;

const WORDS: Readonly<Record<LatinLocale, readonly string[]>> = {
  en: (
    'the of and to in is are was were be been it its that this these those for on with as by at ' +
    'from or an which who whom whose what when where why how many much does do did has have had ' +
    'not can could would should will their they there than into about also after before between ' +
    'under over one two three stand named renamed based founded'
  ).split(' '),
  fr: (
    'le la les des du de un une et est sont été être au aux en dans pour par sur avec qui que quoi ' +
    'quel quelle quels quelles quand où comment combien pourquoi ce cette ces il elle ils elles ne pas ' +
    'plus son sa ses leur leurs été était ont a à se lui y sont depuis signifie veut dire siège'
  ).split(' '),
  de: (
    'der die das den dem des ein eine einen einem einer und ist sind war waren wird werden mit von ' +
    'zu zum zur im in auf für aus bei nach über unter wer wen wem wessen was wann wo wie viele viel ' +
    'welche welcher welches warum nicht auch sich es sie er hat haben seit bedeutet steht sitz wurde'
  ).split(' '),
  it: (
    'il lo la i gli le un una uno di del della dello dei degli delle da dal dalla nel nella nei ' +
    'con per su sul sulla è sono era erano e che chi cosa quando dove come quanti quante quanto quale ' +
    'quali perché non anche si suo sua suoi loro ha hanno stato stata significa sede gli alle ai agli'
  ).split(' '),
  es: (
    'el la los las un una unos unas de del al y es son fue fueron en con por para sobre que quién ' +
    'quiénes qué cuándo dónde cómo cuántos cuántas cuánto cuál cuáles porqué no también se su sus ' +
    'lo le les ha han sido está están desde significa sede'
  ).split(' '),
};

const LEXICON: ReadonlyMap<string, readonly LatinLocale[]> = (() => {
  const map = new Map<string, LatinLocale[]>();
  for (const [locale, words] of Object.entries(WORDS) as [LatinLocale, readonly string[]][]) {
    for (const word of words) map.set(word, [...(map.get(word) ?? []), locale]);
  }
  return map;
})();

/** Letters (or elisions) that point to one language; weights reflect how telling they are. */
const MARKERS: readonly (readonly [RegExp, LatinLocale, number])[] = [
  [/[ñ¿¡]/g, 'es', 3],
  [/[áíóú]/g, 'es', 0.6],
  [/[ß]/g, 'de', 3],
  [/[äöü]/g, 'de', 1.5],
  [/[çœâêîûëï]/g, 'fr', 1.5],
  [/\b(?:d|qu|n|c|j|s)['’]/g, 'fr', 1.5],
  [/\b(?:dell|dall|nell|sull|all|un|quest|com)['’]/g, 'it', 2],
  [/[ìò]/g, 'it', 1.5],
  [/\b\p{L}+zione\b|\b\p{L}+zioni\b/gu, 'it', 1.5],
  [/\b\p{L}+ción\b|\b\p{L}+ciones\b/gu, 'es', 1.5],
  [/\b\p{L}+(?:ung|heit|keit|schaft)(?:en)?\b/gu, 'de', 1.5],
  [/\b\p{L}+(?:tion|ment)s?\b/gu, 'en', 0.3],
  [/\b\p{L}+tion(?:s)?\b/gu, 'fr', 0.3],
  [/\b\p{L}+(?:ing|ed)\b/gu, 'en', 0.8],
];

export interface LanguageGuess {
  readonly lang: Locale;
  /** 0..1: how much the winner stands out (0 = no evidence, the fallback was used). */
  readonly confidence: number;
}

export function guessLanguage(text: string, fallback: Locale = 'en'): LanguageGuess {
  const sample = text.slice(0, 20000);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return { lang: fallback, confidence: 0 };
  const cyrillic = sample.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  if (cyrillic / letters > 0.3) return { lang: 'ru', confidence: Math.min(1, cyrillic / letters) };

  const lower = sample.toLowerCase();
  const scores: Record<LatinLocale, number> = { en: 0, fr: 0, de: 0, it: 0, es: 0 };
  const tokens = lower.match(/\p{L}+/gu) ?? [];
  for (const token of tokens) {
    const owners = LEXICON.get(token);
    if (owners) for (const owner of owners) scores[owner] += 1 / owners.length;
  }
  for (const [pattern, locale, weight] of MARKERS) {
    scores[locale] += (lower.match(pattern)?.length ?? 0) * weight;
  }
  const ranked = (Object.entries(scores) as [LatinLocale, number][]).sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] === 0) return { lang: fallback, confidence: 0 };
  return { lang: best[0], confidence: (best[1] - (second?.[1] ?? 0)) / best[1] };
}

/** The most likely of the six languages, or `fallback` when the text gives no evidence. */
export function detectLanguage(text: string, fallback: Locale = 'en'): Locale {
  return guessLanguage(text, fallback).lang;
}
