import { fold } from '@portal/api/text';

/**
 * Cardinal numbers written as words in the six languages ("five", "cinque", "пять"),
 * so that a how-many question is answered by "five field operations" as well as by "5",
 * and an expected "5" is found in "fünf". Russian numerals decline, so they are matched
 * by their stem.
 */
const NUMBERS: Readonly<Record<number, readonly string[]>> = {
  1: ['one', 'un', 'une', 'eins', 'ein', 'eine', 'uno', 'una', 'один', 'одна', 'одно', 'одн'],
  2: ['two', 'deux', 'zwei', 'due', 'dos', 'два', 'две', 'двух', 'двум'],
  3: ['three', 'trois', 'drei', 'tre', 'tres', 'три', 'трех', 'трём', 'тре'],
  4: ['four', 'quatre', 'vier', 'quattro', 'cuatro', 'четыре', 'четырех', 'четыр'],
  5: ['five', 'cinq', 'fünf', 'cinque', 'cinco', 'пять', 'пяти', 'пятью'],
  6: ['six', 'sechs', 'sei', 'seis', 'шесть', 'шести'],
  7: ['seven', 'sept', 'sieben', 'sette', 'siete', 'семь', 'семи'],
  8: ['eight', 'huit', 'acht', 'otto', 'ocho', 'восемь', 'восьми'],
  9: ['nine', 'neuf', 'neun', 'nove', 'nueve', 'девять', 'девяти'],
  10: ['ten', 'dix', 'zehn', 'dieci', 'diez', 'десять', 'десяти'],
  11: ['eleven', 'onze', 'elf', 'undici', 'once', 'одиннадцать', 'одиннадцати'],
  12: ['twelve', 'douze', 'zwölf', 'dodici', 'doce', 'двенадцать', 'двенадцати'],
  13: ['thirteen', 'treize', 'dreizehn', 'tredici', 'trece', 'тринадцать', 'тринадцати'],
  14: ['fourteen', 'quatorze', 'vierzehn', 'quattordici', 'catorce', 'четырнадцать'],
  15: ['fifteen', 'quinze', 'fünfzehn', 'quindici', 'quince', 'пятнадцать'],
  16: ['sixteen', 'seize', 'sechzehn', 'sedici', 'dieciséis', 'шестнадцать'],
  17: ['seventeen', 'dix-sept', 'siebzehn', 'diciassette', 'diecisiete', 'семнадцать'],
  18: ['eighteen', 'dix-huit', 'achtzehn', 'diciotto', 'dieciocho', 'восемнадцать'],
  19: ['nineteen', 'dix-neuf', 'neunzehn', 'diciannove', 'diecinueve', 'девятнадцать'],
  20: ['twenty', 'vingt', 'zwanzig', 'venti', 'veinte', 'двадцать', 'двадцати'],
  30: ['thirty', 'trente', 'dreißig', 'trenta', 'treinta', 'тридцать'],
  40: ['forty', 'quarante', 'vierzig', 'quaranta', 'cuarenta', 'сорок'],
  50: ['fifty', 'cinquante', 'fünfzig', 'cinquanta', 'cincuenta', 'пятьдесят'],
  57: [
    'fifty-seven',
    'cinquante-sept',
    'siebenundfünfzig',
    'cinquantasette',
    'cincuenta y siete',
    'пятьдесят семь',
  ],
  100: ['hundred', 'cent', 'hundert', 'cento', 'cien', 'сто'],
};

/** The article-like numbers ("un", "uno", "ein") count only when the question asks how many. */
const AMBIGUOUS = new Set(['un', 'une', 'ein', 'eine', 'uno', 'una', 'once', 'sei', 'tre', 'dos']);

const BY_WORD: ReadonlyMap<string, number> = new Map(
  Object.entries(NUMBERS).flatMap(([n, ws]) => ws.map((w) => [fold(w), Number(n)] as const)),
);

/** The number a single word denotes ("five" -> 5, "пяти" -> 5), or undefined. */
export function numberFromWord(word: string, includeAmbiguous = false): number | undefined {
  const folded = fold(word);
  if (/^\d+$/.test(folded)) return Number(folded);
  if (!includeAmbiguous && AMBIGUOUS.has(folded)) return undefined;
  return BY_WORD.get(folded);
}

/** All numbers a text states, in digits or words, in order of appearance. */
export function numbersIn(text: string, includeAmbiguous = false): number[] {
  const out: number[] = [];
  for (const token of text.match(/\d+(?:[.,\s]\d{3})*|[\p{L}]+(?:-[\p{L}]+)?/gu) ?? []) {
    const digits = token.replace(/[.,\s]/g, '');
    if (/^\d+$/.test(digits)) {
      out.push(Number(digits));
      continue;
    }
    const n = numberFromWord(token, includeAmbiguous);
    if (n !== undefined) out.push(n);
  }
  return out;
}

/** The words that write `n` in any of the six languages. */
export function wordsForNumber(n: number): readonly string[] {
  return NUMBERS[n] ?? [];
}
