import { pickLocale } from './preferred-locale';
import { stripLocale } from './menu-items';

describe('pickLocale', () => {
  it('follows Accept-Language quality order and base languages', () => {
    expect(pickLocale('de-CH;q=0.5, it-IT, en;q=0.8')).toBe('it');
    expect(pickLocale('pt-BR, ru;q=0.3')).toBe('ru');
    expect(pickLocale(['es-419', 'en'])).toBe('es');
  });

  it('falls back to English', () => {
    expect(pickLocale(undefined)).toBe('en');
    expect(pickLocale('ja, zh;q=0.9')).toBe('en');
    expect(pickLocale('fr;q=0')).toBe('en');
  });
});

describe('stripLocale', () => {
  it('drops the locale segment and keeps the rest', () => {
    expect(stripLocale('/fr/countries/at')).toBe('/countries/at');
    expect(stripLocale('/it/search?q=polizia')).toBe('/search?q=polizia');
    expect(stripLocale('/en')).toBe('/');
    expect(stripLocale('/en/')).toBe('/');
  });
});
