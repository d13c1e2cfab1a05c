import { LOCALES, LOCALE_NAMES, fallbackChain, isLocale, resolveTranslation } from './locales';

describe('locales', () => {
  it('names each of the six languages in itself', () => {
    expect(LOCALES.map((l) => LOCALE_NAMES[l])).toEqual([
      'English',
      'Français',
      'Deutsch',
      'Italiano',
      'Русский',
      'Español',
    ]);
  });

  it('accepts only the six locale codes', () => {
    expect(LOCALES.every(isLocale)).toBe(true);
    expect(isLocale('xx')).toBe(false);
    expect(isLocale('EN')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });

  it('falls back through English, then Italian, then the rest', () => {
    expect(fallbackChain('ru')).toEqual(['ru', 'en', 'it', 'fr', 'de', 'es']);
    expect(fallbackChain('en')).toEqual(['en', 'it', 'fr', 'de', 'ru', 'es']);
    expect(fallbackChain('it')).toEqual(['it', 'en', 'fr', 'de', 'ru', 'es']);
  });

  it('resolves the best available translation and says which locale it used', () => {
    expect(resolveTranslation({ it: 'Polizia', en: 'Policing' }, 'ru')).toEqual({
      locale: 'en',
      value: 'Policing',
    });
    expect(resolveTranslation({ it: 'Polizia' }, 'de')).toEqual({ locale: 'it', value: 'Polizia' });
    expect(resolveTranslation({ es: 'Policía' }, 'de')).toEqual({ locale: 'es', value: 'Policía' });
    expect(resolveTranslation({}, 'de')).toBeUndefined();
  });
});
