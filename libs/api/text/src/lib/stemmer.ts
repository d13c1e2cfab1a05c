import type { Locale } from '@portal/domain/locales';

/**
 * Light stemmers: strip the commonest inflectional endings so that "policing", "police"
 * and "polices", or "operazioni" and "operazione", meet. They are deliberately
 * aggressive and imprecise; they only have to agree with themselves when a question and
 * a passage in the same language are compared.
 */

const SUFFIXES: Readonly<Record<Locale, readonly string[]>> = {
  en: [
    'ational',
    'ations',
    'ation',
    'ments',
    'ment',
    'ings',
    'ing',
    'ies',
    'ied',
    'ers',
    'er',
    'ed',
    'es',
    's',
    'e',
    'y',
  ],
  fr: [
    'ations',
    'ation',
    'ements',
    'ement',
    'ments',
    'ment',
    'ités',
    'ité',
    'euses',
    'euse',
    'eux',
    'ales',
    'aux',
    'al',
    'ées',
    'ée',
    'és',
    'er',
    'es',
    'e',
    's',
    'é',
  ],
  de: [
    'ungen',
    'ung',
    'heiten',
    'heit',
    'keiten',
    'keit',
    'schaften',
    'schaft',
    'lichen',
    'liche',
    'lich',
    'isch',
    'ern',
    'en',
    'em',
    'er',
    'es',
    'e',
    'n',
    's',
  ],
  it: [
    'azioni',
    'azione',
    'amenti',
    'amento',
    'menti',
    'mento',
    'ità',
    'ali',
    'ale',
    'ici',
    'ico',
    'iche',
    'ica',
    'ivi',
    'ivo',
    'ive',
    'iva',
    'are',
    'ere',
    'ire',
    'ati',
    'ato',
    'ate',
    'ata',
    'i',
    'e',
    'a',
    'o',
  ],
  es: [
    'aciones',
    'ación',
    'amientos',
    'amiento',
    'mientos',
    'miento',
    'idades',
    'idad',
    'ales',
    'al',
    'icos',
    'ico',
    'icas',
    'ica',
    'ivos',
    'ivo',
    'ivas',
    'iva',
    'ados',
    'ado',
    'adas',
    'ada',
    'ar',
    'er',
    'ir',
    'es',
    's',
    'os',
    'as',
    'o',
    'a',
    'e',
  ],
  ru: [
    'иями',
    'ями',
    'ами',
    'ией',
    'иях',
    'ого',
    'его',
    'ому',
    'ему',
    'ыми',
    'ими',
    'ая',
    'яя',
    'ое',
    'ее',
    'ие',
    'ые',
    'ую',
    'юю',
    'ой',
    'ей',
    'ий',
    'ый',
    'ом',
    'ем',
    'ах',
    'ях',
    'ов',
    'ев',
    'ам',
    'ям',
    'ия',
    'ию',
    'ии',
    'а',
    'я',
    'о',
    'е',
    'ы',
    'и',
    'у',
    'ю',
    'ь',
    'й',
  ],
};

const MIN_STEM = 3;
const MAX_STEM = 9;

/** Lower case without diacritics (ё -> е too), so accents never decide a match. */
export function fold(text: string): string {
  // Most words are plain ASCII, which has nothing to decompose: the assistant folds every
  // word of every sentence it reads, so the common case skips the Unicode work.
  if (/^[ -~]*$/.test(text)) return text.toLowerCase();
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ё/g, 'е');
}

/** Each language's suffixes, folded once: `stem` runs for every word the assistant reads. */
const FOLDED_SUFFIXES = new Map<Locale, readonly string[]>();

function foldedSuffixes(lang: Locale): readonly string[] {
  let suffixes = FOLDED_SUFFIXES.get(lang);
  if (!suffixes) {
    suffixes = SUFFIXES[lang].map((s) => fold(s));
    FOLDED_SUFFIXES.set(lang, suffixes);
  }
  return suffixes;
}

export function stem(word: string, lang: Locale): string {
  const folded = fold(word);
  if (folded.length <= MIN_STEM + 1 || /\d/.test(folded)) return folded;
  for (const suffix of foldedSuffixes(lang)) {
    if (folded.endsWith(suffix) && folded.length - suffix.length >= MIN_STEM) {
      return folded.slice(0, folded.length - suffix.length).slice(0, MAX_STEM);
    }
  }
  return folded.slice(0, MAX_STEM);
}

/** Words (letters and digits) in order, keeping their original spelling. */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:[-‑][\p{L}\p{N}]+)*/gu) ?? [];
}
