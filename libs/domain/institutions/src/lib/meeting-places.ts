import type { Localized } from '@portal/domain/locales';

/**
 * Where OSCE meetings took place, named in the six languages. City names are not in
 * `Intl.DisplayNames` (it knows regions, not cities), so they are written here once.
 */
export const MEETING_PLACES = {
  vienna: { en: 'Vienna', fr: 'Vienne', de: 'Wien', it: 'Vienna', ru: 'Вена', es: 'Viena' },
  lisbon: {
    en: 'Lisbon',
    fr: 'Lisbonne',
    de: 'Lissabon',
    it: 'Lisbona',
    ru: 'Лиссабон',
    es: 'Lisboa',
  },
  istanbul: {
    en: 'Istanbul',
    fr: 'Istanbul',
    de: 'Istanbul',
    it: 'Istanbul',
    ru: 'Стамбул',
    es: 'Estambul',
  },
  astana: { en: 'Astana', fr: 'Astana', de: 'Astana', it: 'Astana', ru: 'Астана', es: 'Astaná' },
  valletta: {
    en: 'Valletta',
    fr: 'La Valette',
    de: 'Valletta',
    it: 'La Valletta',
    ru: 'Валлетта',
    es: 'La Valeta',
  },
  prague: { en: 'Prague', fr: 'Prague', de: 'Prag', it: 'Praga', ru: 'Прага', es: 'Praga' },
  warsaw: {
    en: 'Warsaw',
    fr: 'Varsovie',
    de: 'Warschau',
    it: 'Varsavia',
    ru: 'Варшава',
    es: 'Varsovia',
  },
  tbilisi: {
    en: 'Tbilisi',
    fr: 'Tbilissi',
    de: 'Tiflis',
    it: 'Tbilisi',
    ru: 'Тбилиси',
    es: 'Tiflis',
  },
  tashkent: {
    en: 'Tashkent',
    fr: 'Tachkent',
    de: 'Taschkent',
    it: 'Tashkent',
    ru: 'Ташкент',
    es: 'Taskent',
  },
  bratislava: {
    en: 'Bratislava',
    fr: 'Bratislava',
    de: 'Bratislava',
    it: 'Bratislava',
    ru: 'Братислава',
    es: 'Bratislava',
  },
  malaga: { en: 'Málaga', fr: 'Malaga', de: 'Málaga', it: 'Malaga', ru: 'Малага', es: 'Málaga' },
  berlin: { en: 'Berlin', fr: 'Berlin', de: 'Berlin', it: 'Berlino', ru: 'Берлин', es: 'Berlín' },
  rome: { en: 'Rome', fr: 'Rome', de: 'Rom', it: 'Roma', ru: 'Рим', es: 'Roma' },
  deadSea: {
    en: 'Dead Sea, Jordan',
    fr: 'Mer Morte, Jordanie',
    de: 'Totes Meer, Jordanien',
    it: 'Mar Morto, Giordania',
    ru: 'Мертвое море, Иордания',
    es: 'Mar Muerto, Jordania',
  },
  online: {
    en: 'online',
    fr: 'en ligne',
    de: 'online',
    it: 'online',
    ru: 'онлайн',
    es: 'en línea',
  },
} as const satisfies Record<string, Localized>;
