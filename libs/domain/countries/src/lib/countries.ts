import { LOCALES, LOCALE_TAGS } from '@portal/domain/locales';
import type { Locale, Localized } from '@portal/domain/locales';

export const COUNTRY_GROUPS = ['participating', 'asian-partner', 'mediterranean-partner'] as const;

export type CountryGroup = (typeof COUNTRY_GROUPS)[number];

interface CountryEntry {
  readonly code: string;
  readonly slug: string;
  /** The name the OSCE's English menu uses. */
  readonly name: string;
  readonly officialName: string;
}

/** The 57 participating States in the order of the OSCE's menu. */
export const PARTICIPATING_STATES = [
  { code: 'AL', slug: 'albania', name: 'Albania', officialName: 'Republic of Albania' },
  { code: 'AD', slug: 'andorra', name: 'Andorra', officialName: 'Principality of Andorra' },
  { code: 'AM', slug: 'armenia', name: 'Armenia', officialName: 'Republic of Armenia' },
  { code: 'AT', slug: 'austria', name: 'Austria', officialName: 'Republic of Austria' },
  { code: 'AZ', slug: 'azerbaijan', name: 'Azerbaijan', officialName: 'Republic of Azerbaijan' },
  { code: 'BE', slug: 'belgium', name: 'Belgium', officialName: 'Kingdom of Belgium' },
  { code: 'BY', slug: 'belarus', name: 'Belarus', officialName: 'Republic of Belarus' },
  {
    code: 'BA',
    slug: 'bosnia-and-herzegovina',
    name: 'Bosnia and Herzegovina',
    officialName: 'Bosnia and Herzegovina',
  },
  { code: 'BG', slug: 'bulgaria', name: 'Bulgaria', officialName: 'Republic of Bulgaria' },
  { code: 'CA', slug: 'canada', name: 'Canada', officialName: 'Canada' },
  { code: 'HR', slug: 'croatia', name: 'Croatia', officialName: 'Republic of Croatia' },
  { code: 'CY', slug: 'cyprus', name: 'Cyprus', officialName: 'Republic of Cyprus' },
  { code: 'CZ', slug: 'czech-republic', name: 'Czech Republic', officialName: 'Czech Republic' },
  { code: 'DK', slug: 'denmark', name: 'Denmark', officialName: 'Kingdom of Denmark' },
  { code: 'EE', slug: 'estonia', name: 'Estonia', officialName: 'Republic of Estonia' },
  { code: 'FI', slug: 'finland', name: 'Finland', officialName: 'Republic of Finland' },
  { code: 'FR', slug: 'france', name: 'France', officialName: 'French Republic' },
  { code: 'GE', slug: 'georgia', name: 'Georgia', officialName: 'Georgia' },
  { code: 'DE', slug: 'germany', name: 'Germany', officialName: 'Federal Republic of Germany' },
  { code: 'GR', slug: 'greece', name: 'Greece', officialName: 'Hellenic Republic' },
  { code: 'VA', slug: 'holy-see', name: 'Holy See', officialName: 'Holy See' },
  { code: 'HU', slug: 'hungary', name: 'Hungary', officialName: 'Hungary' },
  { code: 'IS', slug: 'iceland', name: 'Iceland', officialName: 'Iceland' },
  { code: 'IE', slug: 'ireland', name: 'Ireland', officialName: 'Ireland' },
  { code: 'IT', slug: 'italy', name: 'Italy', officialName: 'Italian Republic' },
  { code: 'KZ', slug: 'kazakhstan', name: 'Kazakhstan', officialName: 'Republic of Kazakhstan' },
  { code: 'KG', slug: 'kyrgyzstan', name: 'Kyrgyzstan', officialName: 'Kyrgyz Republic' },
  { code: 'LV', slug: 'latvia', name: 'Latvia', officialName: 'Republic of Latvia' },
  {
    code: 'LI',
    slug: 'liechtenstein',
    name: 'Liechtenstein',
    officialName: 'Principality of Liechtenstein',
  },
  { code: 'LT', slug: 'lithuania', name: 'Lithuania', officialName: 'Republic of Lithuania' },
  {
    code: 'LU',
    slug: 'luxembourg',
    name: 'Luxembourg',
    officialName: 'Grand Duchy of Luxembourg',
  },
  { code: 'MT', slug: 'malta', name: 'Malta', officialName: 'Republic of Malta' },
  { code: 'MD', slug: 'moldova', name: 'Moldova', officialName: 'Republic of Moldova' },
  { code: 'MC', slug: 'monaco', name: 'Monaco', officialName: 'Principality of Monaco' },
  { code: 'MN', slug: 'mongolia', name: 'Mongolia', officialName: 'Mongolia' },
  { code: 'ME', slug: 'montenegro', name: 'Montenegro', officialName: 'Montenegro' },
  {
    code: 'NL',
    slug: 'netherlands',
    name: 'The Netherlands',
    officialName: 'Kingdom of the Netherlands',
  },
  {
    code: 'MK',
    slug: 'north-macedonia',
    name: 'North Macedonia',
    officialName: 'Republic of North Macedonia',
  },
  { code: 'NO', slug: 'norway', name: 'Norway', officialName: 'Kingdom of Norway' },
  { code: 'PL', slug: 'poland', name: 'Poland', officialName: 'Republic of Poland' },
  { code: 'PT', slug: 'portugal', name: 'Portugal', officialName: 'Portuguese Republic' },
  { code: 'RO', slug: 'romania', name: 'Romania', officialName: 'Romania' },
  {
    code: 'RU',
    slug: 'russian-federation',
    name: 'Russian Federation',
    officialName: 'Russian Federation',
  },
  { code: 'SM', slug: 'san-marino', name: 'San Marino', officialName: 'Republic of San Marino' },
  { code: 'RS', slug: 'serbia', name: 'Serbia', officialName: 'Republic of Serbia' },
  { code: 'SK', slug: 'slovakia', name: 'Slovakia', officialName: 'Slovak Republic' },
  { code: 'SI', slug: 'slovenia', name: 'Slovenia', officialName: 'Republic of Slovenia' },
  { code: 'ES', slug: 'spain', name: 'Spain', officialName: 'Kingdom of Spain' },
  { code: 'SE', slug: 'sweden', name: 'Sweden', officialName: 'Kingdom of Sweden' },
  { code: 'CH', slug: 'switzerland', name: 'Switzerland', officialName: 'Swiss Confederation' },
  { code: 'TJ', slug: 'tajikistan', name: 'Tajikistan', officialName: 'Republic of Tajikistan' },
  { code: 'TR', slug: 'turkiye', name: 'Türkiye', officialName: 'Republic of Türkiye' },
  { code: 'TM', slug: 'turkmenistan', name: 'Turkmenistan', officialName: 'Turkmenistan' },
  { code: 'UA', slug: 'ukraine', name: 'Ukraine', officialName: 'Ukraine' },
  {
    code: 'GB',
    slug: 'united-kingdom',
    name: 'United Kingdom',
    officialName: 'United Kingdom of Great Britain and Northern Ireland',
  },
  {
    code: 'US',
    slug: 'united-states-of-america',
    name: 'United States of America',
    officialName: 'United States of America',
  },
  { code: 'UZ', slug: 'uzbekistan', name: 'Uzbekistan', officialName: 'Republic of Uzbekistan' },
] as const satisfies readonly CountryEntry[];

export const ASIAN_PARTNERS = [
  {
    code: 'AF',
    slug: 'afghanistan',
    name: 'Afghanistan',
    officialName: 'Islamic Republic of Afghanistan',
  },
  { code: 'AU', slug: 'australia', name: 'Australia', officialName: 'Commonwealth of Australia' },
  { code: 'JP', slug: 'japan', name: 'Japan', officialName: 'Japan' },
  {
    code: 'KR',
    slug: 'republic-of-korea',
    name: 'Republic of Korea',
    officialName: 'Republic of Korea',
  },
  { code: 'TH', slug: 'thailand', name: 'Thailand', officialName: 'Kingdom of Thailand' },
] as const satisfies readonly CountryEntry[];

export const MEDITERRANEAN_PARTNERS = [
  {
    code: 'DZ',
    slug: 'algeria',
    name: 'Algeria',
    officialName: "People's Democratic Republic of Algeria",
  },
  { code: 'EG', slug: 'egypt', name: 'Egypt', officialName: 'Arab Republic of Egypt' },
  { code: 'IL', slug: 'israel', name: 'Israel', officialName: 'State of Israel' },
  { code: 'JO', slug: 'jordan', name: 'Jordan', officialName: 'Hashemite Kingdom of Jordan' },
  { code: 'MA', slug: 'morocco', name: 'Morocco', officialName: 'Kingdom of Morocco' },
  { code: 'TN', slug: 'tunisia', name: 'Tunisia', officialName: 'Republic of Tunisia' },
] as const satisfies readonly CountryEntry[];

type Entry =
  | (typeof PARTICIPATING_STATES)[number]
  | (typeof ASIAN_PARTNERS)[number]
  | (typeof MEDITERRANEAN_PARTNERS)[number];

export type ParticipatingStateCode = (typeof PARTICIPATING_STATES)[number]['code'];
export type PartnerCode =
  (typeof ASIAN_PARTNERS)[number]['code'] | (typeof MEDITERRANEAN_PARTNERS)[number]['code'];
export type CountryCode = Entry['code'];
export type CountrySlug = Entry['slug'];

export interface Country {
  readonly code: CountryCode;
  readonly slug: CountrySlug;
  readonly group: CountryGroup;
  /** English name as the OSCE uses it in its menus (e.g. 'The Netherlands'). */
  readonly name: string;
  readonly officialName: string;
}

function withGroup(entries: readonly Entry[], group: CountryGroup): Country[] {
  return entries.map((entry) => ({ ...entry, group }));
}

/** Participating States first, then Asian and Mediterranean Partners for Co-operation. */
export const COUNTRIES: readonly Country[] = [
  ...withGroup(PARTICIPATING_STATES, 'participating'),
  ...withGroup(ASIAN_PARTNERS, 'asian-partner'),
  ...withGroup(MEDITERRANEAN_PARTNERS, 'mediterranean-partner'),
];

export const COUNTRY_CODES: readonly CountryCode[] = COUNTRIES.map((c) => c.code);

/**
 * The participating State holding the OSCE Chairpersonship this year: Switzerland in 2026,
 * as the Ministerial Council decided in December 2024 (Finland held it in 2025).
 */
export const CHAIRPERSONSHIP = { code: 'CH', year: 2026 } as const satisfies {
  readonly code: ParticipatingStateCode;
  readonly year: number;
};

/**
 * The year each country became a participating State or Partner for Co-operation.
 * Sources:
 * - the 35 States of the Helsinki Final Act took part from the CSCE's opening in 1973
 *   (https://webintra.cvce.eu/en/collections/unit-content/-/unit/d5906df5-4f83-4603-85f7-0cabc24b9fe1/b00527aa-78f5-47cf-9ab5-2440fc59ae92);
 *   the Russian Federation continues the USSR's participation, Germany that of both German
 *   States, so both count from 1973;
 * - Albania 1991 (https://ambasadat.gov.al/unov-osbe/en/shqiperia-ne-osbe);
 * - Estonia, Latvia, Lithuania 1991; ten former Soviet republics in January 1992; Croatia,
 *   Georgia, Slovenia in March 1992; Serbia (as the Federal Republic of Yugoslavia) 2000
 *   (https://www.osce.org/who/timeline/1990s/05);
 * - Andorra 1996, Bosnia and Herzegovina 1992, Czech Republic 1993 (admission table at
 *   http://azkurs.org/title-the-organization-for-security-and-co-operation-in-europe.html);
 *   Slovakia 1993 like the Czech Republic, both succeeding Czechoslovakia on 1 January 1993
 *   (the same table; Slovakia's row is not in the excerpt read, so it is inferred);
 * - North Macedonia 12 October 1995 (https://mfa.gov.mk/en/page/430/osce);
 * - Montenegro 2006 (http://osce.org/cio/84562); Mongolia 21 November 2012
 *   (https://www.bmeia.gv.at/en/the-ministry/press/announcements/2012/mongolei-wird-57-mitglied-der-osze/);
 * - Asian Partners: Japan 1992, Republic of Korea 1994, Thailand 2000, Afghanistan 2003,
 *   Australia 2009 (http://www.wien-osze.diplo.de/Vertretung/wienosce/en/03/170227_20Asienpartner_20ENG.html);
 * - Mediterranean Partners: Algeria, Egypt, Israel, Morocco, Tunisia 1995, Jordan 1998
 *   (https://vdocuments.site/the-osce-mediterranean-partnership-four-years-after-the-to-address-threats.html).
 */
const JOINED: Readonly<Record<CountryCode, number>> = {
  AL: 1991,
  AD: 1996,
  AM: 1992,
  AT: 1973,
  AZ: 1992,
  BE: 1973,
  BY: 1992,
  BA: 1992,
  BG: 1973,
  CA: 1973,
  HR: 1992,
  CY: 1973,
  CZ: 1993,
  DK: 1973,
  EE: 1991,
  FI: 1973,
  FR: 1973,
  GE: 1992,
  DE: 1973,
  GR: 1973,
  VA: 1973,
  HU: 1973,
  IS: 1973,
  IE: 1973,
  IT: 1973,
  KZ: 1992,
  KG: 1992,
  LV: 1991,
  LI: 1973,
  LT: 1991,
  LU: 1973,
  MT: 1973,
  MD: 1992,
  MC: 1973,
  MN: 2012,
  ME: 2006,
  NL: 1973,
  MK: 1995,
  NO: 1973,
  PL: 1973,
  PT: 1973,
  RO: 1973,
  RU: 1973,
  SM: 1973,
  RS: 2000,
  SK: 1993,
  SI: 1992,
  ES: 1973,
  SE: 1973,
  CH: 1973,
  TJ: 1992,
  TR: 1973,
  TM: 1992,
  UA: 1992,
  GB: 1973,
  US: 1973,
  UZ: 1992,
  AF: 2003,
  AU: 2009,
  JP: 1992,
  KR: 1994,
  TH: 2000,
  DZ: 1995,
  EG: 1995,
  IL: 1995,
  JO: 1998,
  MA: 1995,
  TN: 1995,
};

/** The year the country became a participating State or Partner for Co-operation. */
export function joinedYear(code: CountryCode): number {
  return JOINED[code];
}

const BY_CODE: ReadonlyMap<string, Country> = new Map(COUNTRIES.map((c) => [c.code, c]));
const BY_SLUG: ReadonlyMap<string, Country> = new Map(COUNTRIES.map((c) => [c.slug, c]));

export function isCountryCode(value: unknown): value is CountryCode {
  return typeof value === 'string' && BY_CODE.has(value);
}

export function isCountryGroup(value: unknown): value is CountryGroup {
  return typeof value === 'string' && (COUNTRY_GROUPS as readonly string[]).includes(value);
}

export function getCountry(code: CountryCode): Country {
  return BY_CODE.get(code) as Country;
}

/** Looks a country up by its ISO code (any case) or slug; undefined when unknown. */
export function findCountry(codeOrSlug: string): Country | undefined {
  return BY_CODE.get(codeOrSlug.toUpperCase()) ?? BY_SLUG.get(codeOrSlug.toLowerCase());
}

export function countriesInGroup(group: CountryGroup): readonly Country[] {
  return COUNTRIES.filter((c) => c.group === group);
}

/**
 * Where the OSCE's own usage differs from the CLDR short names that `Intl.DisplayNames`
 * returns (official long forms, names a State asked for, names in OSCE documents).
 */
const NAME_OVERRIDES: Partial<Record<CountryCode, Partial<Localized>>> = {
  BA: { en: 'Bosnia and Herzegovina' },
  BY: { fr: 'Bélarus', es: 'Belarús' },
  CZ: {
    en: 'Czech Republic',
    fr: 'République tchèque',
    de: 'Tschechische Republik',
    it: 'Repubblica Ceca',
    ru: 'Чешская Республика',
    es: 'República Checa',
  },
  KG: { ru: 'Кыргызстан' },
  RU: {
    en: 'Russian Federation',
    fr: 'Fédération de Russie',
    de: 'Russische Föderation',
    it: 'Federazione Russa',
    ru: 'Российская Федерация',
    es: 'Federación de Rusia',
  },
  TR: { en: 'Türkiye', fr: 'Türkiye', es: 'Türkiye' },
  US: {
    en: 'United States of America',
    fr: "États-Unis d'Amérique",
    de: 'Vereinigte Staaten von Amerika',
    it: "Stati Uniti d'America",
    ru: 'Соединенные Штаты Америки',
    es: 'Estados Unidos de América',
  },
  VA: {
    en: 'Holy See',
    fr: 'Saint-Siège',
    de: 'Heiliger Stuhl',
    it: 'Santa Sede',
    ru: 'Святой Престол',
    es: 'Santa Sede',
  },
  KR: {
    en: 'Republic of Korea',
    fr: 'République de Corée',
    de: 'Republik Korea',
    it: 'Repubblica di Corea',
    ru: 'Республика Корея',
    es: 'República de Corea',
  },
};

/** Colloquial and former names people still type, for cross-lingual matching. */
const EXTRA_ALIASES: Partial<Record<CountryCode, readonly string[]>> = {
  BY: ['Belorussia', 'Byelorussia', 'Белоруссия', 'Weißrussland', 'Bielorussia'],
  CZ: ['Czechia', 'Tschechien', 'Tchéquie', 'Cechia', 'Чехия', 'Chequia'],
  GB: [
    'UK',
    'Great Britain',
    'Britain',
    'Grande-Bretagne',
    'Großbritannien',
    'Gran Bretagna',
    'Великобритания',
    'Gran Bretaña',
  ],
  KG: ['Kyrgyz Republic', 'Kirghizia', 'Киргизия'],
  KR: ['South Korea', 'Korea'],
  MD: ['Moldavia', 'Moldau'],
  MK: ['Macedonia', 'FYROM', 'Македония'],
  NL: ['The Netherlands', 'Holland', 'Olanda', 'Holanda', 'Голландия'],
  RU: ['Russia', 'Russie', 'Russland', 'Россия', 'Rusia'],
  TR: ['Turkey', 'Turquie', 'Türkei', 'Turchia', 'Турция', 'Turquía'],
  US: ['USA', 'United States', 'US', 'США', 'EE. UU.', 'Stati Uniti'],
  VA: ['Vatican', 'Vatican City', 'Vaticano', 'Ватикан', 'Vatikan'],
};

// One formatter per locale, built on first use: constructing Intl objects is not free.
const displayNames = new Map<Locale, Intl.DisplayNames>();

function regionNames(locale: Locale): Intl.DisplayNames {
  let names = displayNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([LOCALE_TAGS[locale]], { type: 'region', fallback: 'code' });
    displayNames.set(locale, names);
  }
  return names;
}

/** The country's name in `locale`, as the OSCE writes it. */
export function countryName(code: CountryCode, locale: Locale): string {
  return NAME_OVERRIDES[code]?.[locale] ?? regionNames(locale).of(code) ?? code;
}

/** The country's name in all six locales. */
export function countryNamesByLocale(code: CountryCode): Localized {
  return Object.fromEntries(LOCALES.map((l) => [l, countryName(code, l)])) as Localized;
}

/**
 * Every name the country goes by: the OSCE's names and the CLDR names in the six
 * locales, the English menu and official names, and common aliases. Deduplicated.
 */
export function countryNames(code: CountryCode): string[] {
  const country = getCountry(code);
  const names = [
    ...LOCALES.map((l) => countryName(code, l)),
    ...LOCALES.map((l) => regionNames(l).of(code) ?? ''),
    country.name,
    country.officialName,
    ...(EXTRA_ALIASES[code] ?? []),
  ];
  return [...new Set(names.filter((n) => n.length > 0))];
}
