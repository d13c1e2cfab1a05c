import type { HistoryTurn } from '@portal/api/assistant';
import type { Locale } from '@portal/domain/locales';

export type EvalCategory =
  | 'who'
  | 'when'
  | 'how-many'
  | 'acronym'
  | 'list'
  | 'where'
  | 'what'
  | 'cross-lingual'
  | 'follow-up'
  | 'unanswerable';

/**
 * One evaluation question. `sources` name the passages that answer it: a page path
 * (`policing`, `about`, `odihr`, `mission-to-skopje`, `programmes/...`) or `doc:<file>` for a
 * document of tools/eval/documents. `facts` are case-insensitive patterns the answer must
 * contain. No sources = unanswerable: the assistant must refuse.
 */
export interface EvalCase {
  readonly id: string;
  readonly lang: Locale;
  readonly question: string;
  readonly category: EvalCategory;
  readonly history?: readonly HistoryTurn[];
  readonly sources?: readonly string[];
  readonly facts?: readonly string[];
}

const turn = (question: string, answer: string): HistoryTurn[] => [
  { role: 'user', content: question },
  { role: 'assistant', content: answer },
];

export const EVAL_SET: readonly EvalCase[] = [
  // who -> a body or a person
  {
    id: 'who-en-1',
    lang: 'en',
    category: 'who',
    question: 'Who coordinates OSCE police work?',
    sources: ['policing', 'secretariat', 'doc:spmu-mandate'],
    facts: ['Strategic Police Matters Unit|SPMU'],
  },
  {
    id: 'who-it-1',
    lang: 'it',
    category: 'who',
    question: 'Chi coordina le attività di polizia dell’OSCE?',
    sources: ['policing', 'secretariat'],
    facts: ['SPMU'],
  },
  {
    id: 'who-fr-1',
    lang: 'fr',
    category: 'who',
    question: 'Qui est le point focal des activités de police de l’OSCE ?',
    sources: ['policing', 'secretariat'],
    facts: ['SPMU|questions stratégiques de police'],
  },
  {
    id: 'who-de-1',
    lang: 'de',
    category: 'who',
    question: 'Wer ist die zentrale Anlaufstelle für die Polizeiarbeit der OSZE?',
    sources: ['policing', 'secretariat'],
    facts: ['SPMU|strategische Polizeiangelegenheiten'],
  },
  {
    id: 'who-ru-1',
    lang: 'ru',
    category: 'who',
    question: 'Кто координирует полицейскую деятельность ОБСЕ?',
    sources: ['policing', 'secretariat'],
    facts: ['SPMU|стратегическим вопросам полицейской'],
  },
  {
    id: 'who-es-1',
    lang: 'es',
    category: 'who',
    question: '¿Quién es el punto focal de las actividades policiales de la OSCE?',
    sources: ['policing', 'secretariat'],
    facts: ['SPMU|Asuntos Policiales Estratégicos'],
  },
  {
    id: 'who-en-2',
    lang: 'en',
    category: 'who',
    question: 'Who holds the OSCE Chairpersonship in 2025?',
    sources: ['about'],
    facts: ['Finland'],
  },
  {
    id: 'who-en-3',
    lang: 'en',
    category: 'who',
    question: 'Who trained police cadets from minority communities in North Macedonia?',
    sources: ['doc:skopje-police-development'],
    facts: ['Police Development Unit'],
  },
  {
    id: 'who-en-4',
    lang: 'en',
    category: 'who',
    question: 'Who leads the OSCE Secretariat?',
    sources: ['secretariat'],
    facts: ['Secretary General'],
  },
  // when -> a date or a year
  {
    id: 'when-en-1',
    lang: 'en',
    category: 'when',
    question: 'When was the Strategic Police Matters Unit established?',
    sources: ['doc:spmu-mandate'],
    facts: ['2002'],
  },
  {
    id: 'when-en-2',
    lang: 'en',
    category: 'when',
    question: 'When was POLIS launched?',
    sources: ['doc:spmu-mandate'],
    facts: ['2008'],
  },
  {
    id: 'when-de-1',
    lang: 'de',
    category: 'when',
    question: 'Wann wurde das BDIMR umbenannt?',
    sources: ['doc:bdimr-warschau'],
    facts: ['1992'],
  },
  {
    id: 'when-ru-1',
    lang: 'ru',
    category: 'when',
    question: 'Когда был открыт Колледж по вопросам управления границами?',
    sources: ['doc:dushanbe-kolledzh'],
    facts: ['2009'],
  },
  {
    id: 'when-fr-1',
    lang: 'fr',
    category: 'when',
    question: 'Quand l’Initiative de sécurité communautaire a-t-elle pris fin ?',
    sources: ['doc:kirghizistan-securite'],
    facts: ['2015'],
  },
  {
    id: 'when-es-1',
    lang: 'es',
    category: 'when',
    question: '¿Cuándo se creó la Red de Mujeres Policías de Europa Sudoriental?',
    sources: ['doc:mujeres-policia'],
    facts: ['2010'],
  },
  {
    id: 'when-en-3',
    lang: 'en',
    category: 'when',
    question: 'In which year did the Skopje Mission introduce community policing?',
    sources: ['doc:skopje-police-development'],
    facts: ['2003'],
  },
  {
    id: 'when-en-4',
    lang: 'en',
    category: 'when',
    question: 'When was the Court of Conciliation and Arbitration set up?',
    sources: ['court-of-conciliation-and-arbitration'],
    facts: ['1992'],
  },
  // how many -> a number
  {
    id: 'num-en-1',
    lang: 'en',
    category: 'how-many',
    question: 'How many participating States does the OSCE have?',
    sources: ['about'],
    facts: ['57'],
  },
  {
    id: 'num-fr-1',
    lang: 'fr',
    category: 'how-many',
    question: 'Combien de partenaires pour la coopération l’OSCE compte-t-elle ?',
    sources: ['about'],
    facts: ['11'],
  },
  {
    id: 'num-en-2',
    lang: 'en',
    category: 'how-many',
    question: 'How many police cadets did the Skopje Mission train between 2001 and 2003?',
    sources: ['doc:skopje-police-development'],
    facts: ['1,100'],
  },
  {
    id: 'num-en-3',
    lang: 'en',
    category: 'how-many',
    question: 'How many people work in the SPMU?',
    sources: ['doc:spmu-mandate'],
    facts: ['14'],
  },
  {
    id: 'num-ru-1',
    lang: 'ru',
    category: 'how-many',
    question: 'Сколько сотрудников прошли курсы колледжа в Душанбе?',
    sources: ['doc:dushanbe-kolledzh'],
    facts: ['3000'],
  },
  {
    id: 'num-de-1',
    lang: 'de',
    category: 'how-many',
    question: 'Wie viele Wahlen hat das BDIMR beobachtet?',
    sources: ['doc:bdimr-warschau'],
    facts: ['450'],
  },
  {
    id: 'num-es-1',
    lang: 'es',
    category: 'how-many',
    question: '¿Cuántos países reúne la Red de Mujeres Policías?',
    sources: ['doc:mujeres-policia'],
    facts: ['ocho|8'],
  },
  {
    id: 'num-en-4',
    lang: 'en',
    category: 'how-many',
    question: 'How many parliamentarians does the Parliamentary Assembly bring together?',
    sources: ['parliamentary-assembly'],
    facts: ['300'],
  },
  // acronyms
  {
    id: 'acr-en-1',
    lang: 'en',
    category: 'acronym',
    question: 'What does SPMU stand for?',
    sources: ['policing', 'secretariat', 'doc:spmu-mandate'],
    facts: ['Strategic Police Matters Unit'],
  },
  {
    id: 'acr-en-2',
    lang: 'en',
    category: 'acronym',
    question: 'What does POLIS stand for?',
    sources: ['doc:spmu-mandate'],
    facts: ['Policing OnLine Information System'],
  },
  {
    id: 'acr-de-1',
    lang: 'de',
    category: 'acronym',
    question: 'Wofür steht die Abkürzung BDIMR?',
    sources: ['doc:bdimr-warschau', 'odihr'],
    facts: ['demokratische Institutionen und Menschenrechte'],
  },
  {
    id: 'acr-en-3',
    lang: 'en',
    category: 'acronym',
    question: 'What does HCNM stand for?',
    sources: ['hcnm'],
    facts: ['High Commissioner on National Minorities'],
  },
  {
    id: 'acr-it-1',
    lang: 'it',
    category: 'acronym',
    question: 'Cosa significa la sigla SPMU?',
    sources: ['policing', 'secretariat'],
    facts: ['questioni strategiche di polizia'],
  },
  // lists, kept whole
  {
    id: 'list-en-1',
    lang: 'en',
    category: 'list',
    question: 'What are the two main categories of OSCE police-related activities?',
    sources: ['policing'],
    facts: ['Police development and reform', 'transnational organized crime'],
  },
  {
    id: 'list-en-2',
    lang: 'en',
    category: 'list',
    question: 'Which activities does the police programme in Kosovo include?',
    sources: ['programmes/', 'mission-in-kosovo'],
    facts: ['community policing', 'domestic violence'],
  },
  {
    id: 'list-ru-1',
    lang: 'ru',
    category: 'list',
    question: 'Какие темы охватывают курсы колледжа в Душанбе?',
    sources: ['doc:dushanbe-kolledzh'],
    facts: ['управление границами', 'торговле людьми', 'рисков'],
  },
  {
    id: 'list-en-3',
    lang: 'en',
    category: 'list',
    question: 'On which topics does the SPMU publish guidebooks?',
    sources: ['doc:spmu-mandate'],
    facts: ['democratic policing', 'intelligence-led policing', 'counter-terrorism'],
  },
  {
    id: 'list-it-1',
    lang: 'it',
    category: 'list',
    question: 'Quali sono le attività dei programmi di sviluppo e riforma della polizia?',
    sources: ['policing', 'programmes/'],
    facts: ['addestramento', 'violenza domestica'],
  },
  // where
  {
    id: 'where-en-1',
    lang: 'en',
    category: 'where',
    question: 'Where is ODIHR based?',
    sources: ['odihr', 'doc:bdimr-warschau'],
    facts: ['Warsaw|Warschau'],
  },
  {
    id: 'where-fr-1',
    lang: 'fr',
    category: 'where',
    question: 'Où se trouve le Haut Commissaire pour les minorités nationales ?',
    sources: ['hcnm'],
    facts: ['La Haye'],
  },
  {
    id: 'where-en-2',
    lang: 'en',
    category: 'where',
    question: 'Where did the Skopje Mission train police cadets?',
    sources: ['doc:skopje-police-development'],
    facts: ['Idrizovo'],
  },
  {
    id: 'where-es-1',
    lang: 'es',
    category: 'where',
    question: '¿Dónde tiene su secretaría la Asamblea Parlamentaria de la OSCE?',
    sources: ['parliamentary-assembly'],
    facts: ['Copenhague'],
  },
  // what / how
  {
    id: 'what-en-1',
    lang: 'en',
    category: 'what',
    question: 'What is POLIS?',
    sources: ['doc:spmu-mandate'],
    facts: ['digital library|Policing OnLine'],
  },
  {
    id: 'what-en-2',
    lang: 'en',
    category: 'what',
    question: 'How does the OSCE Mission to Serbia support police reform?',
    sources: ['mission-to-serbia', 'programmes/'],
    facts: ['accountability|legislative reform|advice'],
  },
  {
    id: 'what-de-1',
    lang: 'de',
    category: 'what',
    question: 'Wie werden Beschlüsse in der OSZE gefasst?',
    sources: ['about'],
    facts: ['Konsens'],
  },
  {
    id: 'what-en-3',
    lang: 'en',
    category: 'what',
    question: 'What does the Mission in Kosovo do for public safety?',
    sources: ['mission-in-kosovo', 'programmes/'],
    facts: ['police school|community safety|police'],
  },
  // cross-lingual: question in one language, source in another
  {
    id: 'xl-en-1',
    lang: 'en',
    category: 'cross-lingual',
    question: 'When was the Border Management Staff College in Dushanbe opened?',
    sources: ['doc:dushanbe-kolledzh'],
    facts: ['2009'],
  },
  {
    id: 'xl-it-1',
    lang: 'it',
    category: 'cross-lingual',
    question: 'Quanti consiglieri di polizia ha dispiegato l’Iniziativa di sicurezza comunitaria?',
    sources: ['doc:kirghizistan-securite'],
    facts: ['30'],
  },
  {
    id: 'xl-en-2',
    lang: 'en',
    category: 'cross-lingual',
    question: 'When did the Community Security Initiative in Kyrgyzstan start?',
    sources: ['doc:kirghizistan-securite'],
    facts: ['2011'],
  },
  {
    id: 'xl-fr-1',
    lang: 'fr',
    category: 'cross-lingual',
    question: 'Quand le POLIS a-t-il été lancé ?',
    sources: ['doc:spmu-mandate'],
    facts: ['2008'],
  },
  {
    id: 'xl-es-1',
    lang: 'es',
    category: 'cross-lingual',
    question: '¿Cuántos agentes de la policía de fronteras formó la Misión en Skopje?',
    sources: ['doc:skopje-police-development'],
    facts: ['250'],
  },
  {
    id: 'xl-ru-1',
    lang: 'ru',
    category: 'cross-lingual',
    question: 'Когда было создано SPMU?',
    sources: ['doc:spmu-mandate'],
    facts: ['2002'],
  },
  {
    id: 'xl-de-1',
    lang: 'de',
    category: 'cross-lingual',
    question: 'Wie viele Polizeiexperten umfasst das Netzwerk der SPMU?',
    sources: ['doc:spmu-mandate'],
    facts: ['200'],
  },
  {
    id: 'xl-en-3',
    lang: 'en',
    category: 'cross-lingual',
    question: 'In how many participating States was the TAHCLE training programme carried out?',
    sources: ['doc:bdimr-warschau'],
    facts: ['18'],
  },
  // follow-ups: the entity comes from the history
  {
    id: 'fu-en-1',
    lang: 'en',
    category: 'follow-up',
    question: 'And when was it renamed?',
    history: turn('Where is ODIHR based?', 'ODIHR is based in Warsaw [1]'),
    sources: ['doc:bdimr-warschau'],
    facts: ['1992'],
  },
  {
    id: 'fu-en-2',
    lang: 'en',
    category: 'follow-up',
    question: 'How many staff does it have?',
    history: turn('What does SPMU stand for?', 'Strategic Police Matters Unit [1]'),
    sources: ['doc:spmu-mandate'],
    facts: ['14'],
  },
  {
    id: 'fu-ru-1',
    lang: 'ru',
    category: 'follow-up',
    question: 'А сколько человек прошли его курсы?',
    history: turn('Когда был открыт колледж в Душанбе?', 'В 2009 году [1]'),
    sources: ['doc:dushanbe-kolledzh'],
    facts: ['3000'],
  },
  {
    id: 'fu-fr-1',
    lang: 'fr',
    category: 'follow-up',
    question: 'Et quand a-t-elle pris fin ?',
    history: turn(
      'Quand l’Initiative de sécurité communautaire a-t-elle été lancée ?',
      'En 2011 [1]',
    ),
    sources: ['doc:kirghizistan-securite'],
    facts: ['2015'],
  },
  {
    id: 'fu-en-3',
    lang: 'en',
    category: 'follow-up',
    question: 'And the border police?',
    history: turn('How many police cadets did the Skopje Mission train?', '1,100 [1]'),
    sources: ['doc:skopje-police-development'],
    facts: ['250'],
  },
  // unanswerable: topic words of real passages, an answer never given
  {
    id: 'un-en-1',
    lang: 'en',
    category: 'unanswerable',
    question: 'Who is the current head of the Strategic Police Matters Unit?',
  },
  {
    id: 'un-en-2',
    lang: 'en',
    category: 'unanswerable',
    question: 'What is the annual budget of the SPMU?',
  },
  {
    id: 'un-en-3',
    lang: 'en',
    category: 'unanswerable',
    question: 'When did the OSCE Mission in Kosovo open its police school in Vushtrri?',
  },
  {
    id: 'un-it-1',
    lang: 'it',
    category: 'unanswerable',
    question: 'Chi dirige la Missione OSCE in Kosovo?',
  },
  {
    id: 'un-fr-1',
    lang: 'fr',
    category: 'unanswerable',
    question: 'Quel est le budget de l’Initiative de sécurité communautaire ?',
  },
  {
    id: 'un-de-1',
    lang: 'de',
    category: 'unanswerable',
    question: 'Wie viele Mitarbeiter hat das BDIMR?',
  },
  {
    id: 'un-ru-1',
    lang: 'ru',
    category: 'unanswerable',
    question: 'Кто является ректором колледжа в Душанбе?',
  },
  {
    id: 'un-es-1',
    lang: 'es',
    category: 'unanswerable',
    question: '¿Cuántas mujeres policías forman parte de la red?',
  },
  {
    id: 'un-en-4',
    lang: 'en',
    category: 'unanswerable',
    question: 'How many police officers serve in the Mission to Montenegro?',
  },
  {
    id: 'un-en-5',
    lang: 'en',
    category: 'unanswerable',
    question: 'When was the Programme Office in Dushanbe renamed?',
  },
  {
    id: 'un-en-6',
    lang: 'en',
    category: 'unanswerable',
    question: 'Who is the Secretary General of the OSCE?',
  },
  {
    id: 'un-en-7',
    lang: 'en',
    category: 'unanswerable',
    question: 'What is the recipe for tiramisu?',
  },
];
