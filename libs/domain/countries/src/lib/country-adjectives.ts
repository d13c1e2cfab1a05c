import { LOCALES, type Locale } from '@portal/domain/locales';
import { COUNTRY_CODES, countryName, type CountryCode } from './countries';

/**
 * The endings that make a country's name an adjective or the name of its people, per
 * language (lower case, without accents): "Italian", "albanischen", "kazakhe", "albanese",
 * "moldavos". Russian adjectives change the stem itself ("Италия", "итальянский") and are
 * not read this way.
 */
const ADJECTIVE_ENDINGS: Readonly<Record<Locale, ReadonlySet<string>>> = {
  en: new Set('an ans ian ians ese ish ic i is ean eans'.split(' ')),
  de: new Set('isch ische ischen ischer isches ischem er ern'.split(' ')),
  fr: new Set(
    'ien iens ienne iennes en ens enne ennes ain ains aine aines ais aise aises ois oise oises e es'.split(
      ' ',
    ),
  ),
  it: new Set('ano ana ani ane ese esi o a i e ino ina ini ine'.split(' ')),
  es: new Set('ano ana anos anas es esa eses esas o a os as ense enses'.split(' ')),
  ru: new Set(),
};

/** Shortest stem read as a country's: "Ital" still, not three letters of any word. */
const MIN_STEM = 4;

/** Lower case without accents, as the stems are kept. */
function plain(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/**
 * The stems a one-word name builds adjectives on: the name, the name without its final
 * vowel ("Italia" -> "itali"), without a final "ia", "ie", "en", "ei" or "ien" ("Albania"
 * -> "alban", "Schweden" -> "schwed", "Albanien" -> "alban"), and without "-istan"/"-stan" ("Uzbekistan" -> "uzbek",
 * the one case where the stem alone names the people: "Uzbek", "Kazakh").
 */
function adjectiveStems(name: string): { stem: string; bare: boolean }[] {
  const out = [{ stem: name, bare: false }];
  if (/[aeiouy]$/.test(name)) out.push({ stem: name.slice(0, -1), bare: false });
  if (/(?:ia|ie|en|ei)$/.test(name)) out.push({ stem: name.slice(0, -2), bare: false });
  if (name.endsWith('ien')) out.push({ stem: name.slice(0, -3), bare: false });
  const stan = /i?stan$/.exec(name);
  if (stan) out.push({ stem: name.slice(0, stan.index), bare: true });
  return out.filter((s) => s.stem.length >= MIN_STEM);
}

interface StemIndex {
  /** Stem -> country, per language. */
  readonly stems: ReadonlyMap<Locale, ReadonlyMap<string, CountryCode>>;
  /** Stems that alone name a people ("uzbek"), per language. */
  readonly bare: ReadonlyMap<Locale, ReadonlyMap<string, CountryCode>>;
}

let index: StemIndex | undefined;

/** Built on first use, from the portal's name of each country in each language. */
function stemIndex(): StemIndex {
  if (index) return index;
  const stems = new Map<Locale, Map<string, CountryCode>>();
  const bare = new Map<Locale, Map<string, CountryCode>>();
  for (const locale of LOCALES) {
    const byStem = new Map<string, CountryCode>();
    const byBare = new Map<string, CountryCode>();
    for (const code of COUNTRY_CODES) {
      const name = plain(countryName(code, locale));
      if (!name || /[\s-]/.test(name)) continue;
      for (const s of adjectiveStems(name)) {
        byStem.set(s.stem, code);
        if (s.bare) byBare.set(s.stem, code);
      }
    }
    stems.set(locale, byStem);
    bare.set(locale, byBare);
  }
  index = { stems, bare };
  return index;
}

/**
 * The country a word of the language is the adjective or people of ("albanischen" -> AL,
 * "Albanians" -> AL, "Kazakh" -> KZ), from its name's stem and the language's endings; not
 * the name itself, which the name lists know.
 */
export function countryOfAdjective(word: string, lang: Locale): CountryCode | undefined {
  const w = plain(word);
  const { stems, bare } = stemIndex();
  const bareCode = bare.get(lang)?.get(w);
  if (bareCode) return bareCode;
  const endings = ADJECTIVE_ENDINGS[lang];
  const byStem = stems.get(lang);
  if (!byStem || endings.size === 0) return undefined;
  for (let k = w.length - 1; k >= MIN_STEM; k--) {
    const code = byStem.get(w.slice(0, k));
    if (code && endings.has(w.slice(k))) return code;
  }
  return undefined;
}
