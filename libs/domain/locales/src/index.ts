export {
  LOCALES,
  DEFAULT_LOCALE,
  LOCALE_NAMES,
  LOCALE_TAGS,
  TEXT_SEARCH_CONFIGS,
  isLocale,
  fallbackChain,
  resolveTranslation,
} from './lib/locales';
export type { Locale, Localized, Resolved } from './lib/locales';
