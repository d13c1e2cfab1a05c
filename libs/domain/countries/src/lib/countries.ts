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

/** The participating State holding the OSCE Chairpersonship this year. */
export const CHAIRPERSONSHIP = { code: 'FI', year: 2025 } as const satisfies {
  readonly code: ParticipatingStateCode;
  readonly year: number;
};

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
