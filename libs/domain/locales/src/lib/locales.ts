/** The OSCE's six official languages, in the order the portal lists them. */
export const LOCALES = ['en', 'fr', 'de', 'it', 'ru', 'es'] as const;

export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'en';

/** Each language named in itself, as the language switcher shows it. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = {
  en: 'English',
  fr: 'Français',
  de: 'Deutsch',
  it: 'Italiano',
  ru: 'Русский',
  es: 'Español',
};

/** BCP 47 tags for Intl formatting (dates, numbers, collation). */
export const LOCALE_TAGS: Readonly<Record<Locale, string>> = {
  en: 'en-GB',
  fr: 'fr-FR',
  de: 'de-DE',
  it: 'it-IT',
  ru: 'ru-RU',
  es: 'es-ES',
};

/** PostgreSQL text-search configuration that stems each language. */
export const TEXT_SEARCH_CONFIGS: Readonly<Record<Locale, string>> = {
  en: 'english',
  fr: 'french',
  de: 'german',
  it: 'italian',
  ru: 'russian',
  es: 'spanish',
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The order in which translations are tried for a requested locale: the locale itself,
 * then English, then Italian (the language the portal's first content was written in),
 * then the rest in the portal's order.
 */
export function fallbackChain(requested: Locale): readonly Locale[] {
  const chain: Locale[] = [requested];
  for (const next of ['en', 'it', ...LOCALES] as Locale[]) {
    if (!chain.includes(next)) chain.push(next);
  }
  return chain;
}

export interface Resolved<T> {
  readonly locale: Locale;
  readonly value: T;
}

/**
 * Picks the best available translation for `requested` following `fallbackChain`.
 * Returns undefined only when no locale has a value at all.
 */
export function resolveTranslation<T>(
  translations: Partial<Record<Locale, T>>,
  requested: Locale,
): Resolved<T> | undefined {
  for (const locale of fallbackChain(requested)) {
    const value = translations[locale];
    if (value !== undefined && value !== null) return { locale, value };
  }
  return undefined;
}

/** A value given in every locale; a missing one fails to compile. */
export type Localized<T = string> = Readonly<Record<Locale, T>>;
