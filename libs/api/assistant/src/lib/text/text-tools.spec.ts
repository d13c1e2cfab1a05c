import { numberFromWord, numbersIn } from './number-words';
import { isStopword, phoneticKey, stem, transliterate } from '@portal/api/text';

describe('number words', () => {
  it('reads numbers in six languages', () => {
    expect(
      ['five', 'cinque', 'cinq', 'fünf', 'cinco', 'пять', 'пяти'].map((w) => numberFromWord(w)),
    ).toEqual([5, 5, 5, 5, 5, 5, 5]);
    expect(numbersIn('It has 57 participating States and twelve field operations')).toEqual([
      57, 12,
    ]);
    expect(numbersIn('un ufficio')).toEqual([]);
    expect(numbersIn('un ufficio', true)).toEqual([1]);
  });
});

describe('stem', () => {
  it('brings inflections together', () => {
    expect(stem('policing', 'en')).toBe(stem('police', 'en'));
    expect(stem('operazioni', 'it')).toBe(stem('operazione', 'it'));
    expect(stem('полиции', 'ru')).toBe(stem('полиция', 'ru'));
    expect(stem('Aktivitäten', 'de')).toBe(stem('aktivitat', 'de'));
    expect(stem('actividades', 'es')).toBe(stem('actividad', 'es'));
  });
});

describe('stopwords', () => {
  it('knows question words', () => {
    expect(isStopword('Who', 'en')).toBe(true);
    expect(isStopword('сколько', 'ru')).toBe(true);
    expect(isStopword('police', 'en')).toBe(false);
  });
});

describe('transliteration', () => {
  it('romanizes and keys names', () => {
    expect(transliterate('Бишкек')).toBe('Bishkek');
    expect(phoneticKey('Душанбе')).toBe(phoneticKey('Dushanbe'));
    expect(phoneticKey('Ашхабад')).toBe(phoneticKey('Ashgabat'));
    expect(phoneticKey('Астана')).toBe(phoneticKey('Astana'));
  });
});
