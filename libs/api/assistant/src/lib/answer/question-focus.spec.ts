import { questionType } from './answer-type';
import { numberNextToFocus, questionFocus, spellsOut } from './question-focus';
import { numberFromWord } from '../text/number-words';
import { fold, words } from '../text/stemmer';
import type { Locale } from '@portal/domain/locales';

const focus = (q: string, lang: Locale) => questionFocus(q, lang, questionType(q, lang).type);
const isNumber = (t: string) => /^\d/.test(t) || numberFromWord(t) !== undefined;

describe('questionFocus', () => {
  it('finds the asked-for noun, head-final in English and German, head-first elsewhere', () => {
    expect(focus('What is the annual budget of the SPMU?', 'en').head).toBe('budget');
    expect(focus('Quel est le budget de l’Initiative ?', 'fr').head).toBe('budget');
    expect(focus('Кто является ректором колледжа в Душанбе?', 'ru')).toMatchObject({
      head: 'ректором',
      wantsPerson: true,
    });
    expect(focus('What is POLIS?', 'en').head).toBeUndefined();
  });

  it('asks for a body when "who" is about co-ordinating, a person when about a head', () => {
    expect(focus('Who coordinates OSCE police work?', 'en')).toMatchObject({
      responsibility: true,
      wantsPerson: false,
    });
    expect(focus('Who is the current head of the SPMU?', 'en').wantsPerson).toBe(true);
    expect(focus('Qui est le point focal des activités de police ?', 'fr').wantsPerson).toBe(false);
  });

  it('wants the number next to the counted noun', () => {
    const f = focus('¿Cuántas mujeres policías forman parte de la red?', 'es');
    const tokens = words('La red reúne a mujeres policías de ocho países de la región.').map(fold);
    expect(numberNextToFocus(f, tokens, isNumber, ['es'])).toBe(false);
    const staff = focus('How many staff does the SPMU have?', 'en');
    const s = words('The SPMU has a staff of 14 people.').map(fold);
    expect(numberNextToFocus(staff, s, isNumber, ['en'])).toBe(true);
  });
});

describe('spellsOut', () => {
  it('reads acronyms from initials, inner capitals and compounds', () => {
    expect(
      spellsOut('POLIS', words('POLIS, the Policing OnLine Information System, was launched')),
    ).toBe(true);
    expect(
      spellsOut(
        'BDIMR',
        words('Das Büro für demokratische Institutionen und Menschenrechte (BDIMR)'),
      ),
    ).toBe(true);
    expect(spellsOut('POLIS', words('POLIS is a digital library and expert network'))).toBe(false);
  });
});
