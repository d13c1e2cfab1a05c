import {
  COUNTRY_CODES,
  countryName,
  countryOfAdjective,
  type CountryCode,
} from '@portal/domain/countries';
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
  readonly longest: number;
}

let index: PlaceIndex | undefined;

/** Built on first use: six Intl.DisplayNames for 68 countries. */
function placeIndex(): PlaceIndex {
  if (index) return index;
  let longest = 1;
  const byName = new Map<Locale, Map<string, CountryCode>>();
  for (const locale of LOCALES) {
    const names = new Map<string, CountryCode>();
    for (const code of COUNTRY_CODES) {
      const name = normalizeTerm(countryName(code, locale));
      if (!name) continue;
      names.set(name, code);
      longest = Math.max(longest, name.split(' ').length);
    }
    byName.set(locale, names);
  }
  index = { byName, longest };
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
      const code = names.get(term) ?? (n === 1 ? countryOfAdjective(term, lang) : undefined);
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
