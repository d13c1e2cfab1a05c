import { fold } from './stemmer';

/**
 * Cyrillic to Latin (a simplified BGN/PCGN romanization), and a phonetic key that lets
 * a Latin and a Cyrillic spelling of the same name meet: "Бишкек" and "Bishkek",
 * "Душанбе" and "Dushanbe", "Ашхабад" and "Ashgabat" share a key.
 */
const CYRILLIC: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  і: 'i',
  ї: 'yi',
  є: 'ye',
  ґ: 'g',
  ў: 'u',
  ј: 'j',
  љ: 'lj',
  њ: 'nj',
  ћ: 'c',
  ђ: 'dj',
  џ: 'dz',
};

export function transliterate(text: string): string {
  let out = '';
  for (const ch of text) {
    const lower = ch.toLowerCase();
    const latin = CYRILLIC[lower];
    if (latin === undefined) out += ch;
    else out += ch === lower ? latin : latin.charAt(0).toUpperCase() + latin.slice(1);
  }
  return out;
}

/**
 * A coarse sound key: Latin letters only, vowels dropped after the first letter, similar
 * consonants merged, doubles collapsed. Good for names, useless for ordinary words.
 */
export function phoneticKey(name: string): string {
  let s = fold(transliterate(name)).replace(/[^a-z]/g, '');
  s = s
    .replace(/kh|gh|ch|ck|q|c(?=[aou])|x/g, 'k')
    .replace(/sh|sch|zh|ç|c/g, 's')
    .replace(/ph/g, 'f')
    .replace(/w/g, 'v')
    .replace(/[gk]/g, 'k')
    .replace(/[dt]/g, 't')
    .replace(/[bp]/g, 'p')
    .replace(/[sz]/g, 's')
    .replace(/j|y/g, 'i');
  const head = s.charAt(0);
  const rest = s.slice(1).replace(/[aeiouh]/g, '');
  return (head + rest).replace(/(.)\1+/g, '$1');
}
