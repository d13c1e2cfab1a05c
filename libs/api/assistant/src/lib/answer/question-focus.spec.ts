import { questionType } from './answer-type';
import {
  namesAPerson,
  namesAppositiveRole,
  mentionsResponsibility,
  numberNextToFocus,
  questionFocus,
  spellsOut,
} from './question-focus';
import { numberFromWord } from '../text/number-words';
import { fold, words } from '@portal/api/text';
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

  it('reads an English noun phrase to its head, however many words come before it', () => {
    expect(focus('How many armoured river patrol boats has the unit bought?', 'en')).toMatchObject({
      head: 'boats',
      words: ['river', 'patrol', 'boats'],
    });
    // The plural ends the phrase before a verb in the present tense.
    expect(focus('How many police officers work in the new unit?', 'en').head).toBe('officers');
    expect(focus('Quante motovedette fluviali blindate ha comprato?', 'it').head).toBe(
      'motovedette',
    );
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

describe('mentionsResponsibility', () => {
  it('takes the verb "chair" for leading, not the name of an office', () => {
    expect(mentionsResponsibility('The working group is chaired by the Netherlands.')).toBe(true);
    expect(mentionsResponsibility('The Chairpersonship rotates every year.')).toBe(false);
  });
});

describe('mentionsResponsibility with nouns that only look like verbs', () => {
  it.each([
    ['Training in leadership skills for sergeants.', false],
    ['The centre has its headquarters in Riga.', false],
    ['The unit leads the reform of the traffic police.', true],
    ['A deputy minister headed the delegation.', true],
    ['The course covers evidence-led investigations.', false],
    ['Центр готовит руководящих сотрудников полиции.', false],
    ['Центр работает под руководством министерства.', true],
    ['Центром руководит бывший посол.', true],
  ])('%s -> %s', (text, expected) => {
    expect(mentionsResponsibility(text)).toBe(expected);
  });
});

describe('questionFocus ends the counted noun phrase at a verb', () => {
  it('takes "volunteers", not the verb after it, as the head', () => {
    const q = 'How many volunteers joined the clean-up in Riga?';
    expect(questionFocus(q, 'en', questionType(q).type).head).toBe('volunteers');
  });
});

describe('questionFocus of a compound question with a count', () => {
  it('takes the counted noun after "how many", not the first noun of the question', () => {
    const q = 'Wo lag das Trainingszentrum, und wie viele Ausbilder arbeiteten dort?';
    expect(questionFocus(q, 'de', 'number').head).toBe('ausbilder');
    const en = 'Where was the depot, and how many trucks were sent there?';
    expect(questionFocus(en, 'en', 'number').head).toBe('trucks');
  });
});

describe('namesAPerson with the words the content uses throughout', () => {
  const common = new Set(['northern', 'region', 'customs', 'office']);

  it('takes no pair of common capitalized words for a name', () => {
    const tokens = words('Delegates from the Northern Region met at the Customs Office.');
    expect(namesAPerson(tokens, new Set(), [])).toBe(true);
    expect(namesAPerson(tokens, new Set(), [], common)).toBe(false);
  });

  it('still finds a name beside them', () => {
    const tokens = words('Mira Kovac of the Customs Office opened the meeting.');
    expect(namesAPerson(tokens, new Set(), [], common)).toBe(true);
  });

  it('finds a name written with a middle initial', () => {
    const tokens = words('Harbour master: Tomas J. Vella, since May.');
    expect(namesAPerson(tokens, new Set(['harbour', 'master']), [], common)).toBe(true);
    // An initial alone beside a word is no name.
    expect(namesAPerson(words('Plan B. Vella'), new Set(['plan']), [], common)).toBe(false);
  });
});

describe('namesAppositiveRole', () => {
  const none = new Set<string>();

  it('reads a role from the construction "Name Surname, the <noun> of ..."', () => {
    expect(namesAppositiveRole('Irina Bodrug, the keeper of the archive, spoke.', none, [])).toBe(
      true,
    );
    expect(namesAppositiveRole("Paul Lenoir, animateur du réseau d'entraide.", none, [])).toBe(
      true,
    );
    expect(namesAppositiveRole('Anna Ricci, custode dell’archivio, ha parlato.', none, [])).toBe(
      true,
    );
  });

  it('takes no list of places, or a name of a known body, for a person in a role', () => {
    expect(namesAppositiveRole('Vienna, Warsaw and Prague hosted the talks.', none, [])).toBe(
      false,
    );
    expect(
      namesAppositiveRole('Border Police, the agency of the ministry, met.', none, [
        'border police',
      ]),
    ).toBe(false);
  });
});
