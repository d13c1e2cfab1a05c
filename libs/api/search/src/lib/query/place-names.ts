import { COUNTRY_CODES, countryName, type CountryCode } from '@portal/domain/countries';
import { LOCALES, type Locale } from '@portal/domain/locales';
import { normalizeTerm } from '@portal/domain/policing';

/** A country named in a query, with its name in every language (as the thesaurus's concepts). */
export interface PlaceMatch {
  /** `country:<code>`: the same key in every language. */
  readonly id: string;
  /** The name as the visitor wrote it, normalised. */
  readonly term: string;
  readonly names: Readonly<Record<Locale, string>>;
}

interface PlaceIndex {
  /** Normalised name (in one language) -> country, per language. */
  readonly byName: ReadonlyMap<Locale, ReadonlyMap<string, CountryCode>>;
  /** The stems a country's adjectives are built on ("ital", "italien"), per language. */
  readonly byStem: ReadonlyMap<Locale, ReadonlyMap<string, CountryCode>>;
  readonly longest: number;
}

/**
 * The endings that make a country's name an adjective or the name of its people, per
 * language (folded): "Italian", "italienischen", "ouzbèke", "albanese", "moldavos". Russian
 * adjectives change the stem itself ("Италия", "итальянский") and are not read this way.
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

/**
 * The stems a one-word name builds adjectives on: the name, the name without its final
 * vowel ("Italia" -> "itali"), without a final "ia", "ie", "en" or "ei" ("Albania" ->
 * "alban", "Schweden" -> "schwed"), and without "-istan"/"-stan" ("Uzbekistan" -> "uzbek",
 * the one case where the stem alone names the people: "Uzbek", "Kazakh").
 */
function adjectiveStems(name: string): { stem: string; bare: boolean }[] {
  const out = [{ stem: name, bare: false }];
  if (/[aeiouy]$/.test(name)) out.push({ stem: name.slice(0, -1), bare: false });
  if (/(?:ia|ie|en|ei)$/.test(name)) out.push({ stem: name.slice(0, -2), bare: false });
  const stan = /i?stan$/.exec(name);
  if (stan) out.push({ stem: name.slice(0, stan.index), bare: true });
  return out.filter((s) => s.stem.length >= MIN_STEM);
}

let index: PlaceIndex | undefined;

/** Built on first use: six Intl.DisplayNames for 68 countries. */
function placeIndex(): PlaceIndex {
  if (index) return index;
  let longest = 1;
  const byName = new Map<Locale, Map<string, CountryCode>>();
  const byStem = new Map<Locale, Map<string, CountryCode>>();
  for (const locale of LOCALES) {
    const names = new Map<string, CountryCode>();
    const stems = new Map<string, CountryCode>();
    for (const code of COUNTRY_CODES) {
      const name = normalizeTerm(countryName(code, locale));
      if (!name) continue;
      names.set(name, code);
      longest = Math.max(longest, name.split(' ').length);
      if (name.includes(' ')) continue;
      for (const { stem, bare } of adjectiveStems(name)) {
        stems.set(stem, code);
        if (bare) names.set(stem, code);
      }
    }
    byName.set(locale, names);
    byStem.set(locale, stems);
  }
  index = { byName, byStem, longest };
  return index;
}

/**
 * The countries a query names in its own language, longest name first and without
 * overlaps ("Bosnia and Herzegovina" before "Bosnia"). Country names differ between
 * languages more than other names do ("Italy", "Italia", "Italie", "Италия"), so search
 * carries them into each language by name, not as written.
 */
export function findPlaces(text: string, lang: Locale): PlaceMatch[] {
  const tokens = normalizeTerm(text).split(' ').filter(Boolean);
  const { byName, longest } = placeIndex();
  const names = byName.get(lang) ?? new Map<string, CountryCode>();
  const found: PlaceMatch[] = [];
  const seen = new Set<CountryCode>();
  for (let i = 0; i < tokens.length;) {
    let advanced = 1;
    for (let n = Math.min(longest, tokens.length - i); n >= 1; n--) {
      const term = tokens.slice(i, i + n).join(' ');
      const code = names.get(term) ?? (n === 1 ? adjectiveOf(term, lang) : undefined);
      if (!code) continue;
      if (!seen.has(code)) {
        seen.add(code);
        const localized = {} as Record<Locale, string>;
        for (const l of LOCALES) localized[l] = countryName(code, l);
        found.push({ id: `country:${code}`, term, names: localized });
      }
      advanced = n;
      break;
    }
    i += advanced;
  }
  return found;
}

/** The country whose adjective or people a word is ("italienischen" -> IT), if any. */
function adjectiveOf(word: string, lang: Locale): CountryCode | undefined {
  const endings = ADJECTIVE_ENDINGS[lang];
  const stems = placeIndex().byStem.get(lang);
  if (!stems || endings.size === 0) return undefined;
  for (let k = word.length - 1; k >= MIN_STEM; k--) {
    const code = stems.get(word.slice(0, k));
    if (code && endings.has(word.slice(k))) return code;
  }
  return undefined;
}
