import { dateAskedAt, questionParts, questionType } from './answer-type';

describe('questionType', () => {
  it.each([
    ['Who coordinates police-related activities?', 'person'],
    ['Chi coordina le attività di polizia?', 'person'],
    ['Кто возглавляет БДИПЧ?', 'person'],
    ['When was ODIHR established?', 'date'],
    ['In che anno è stato fondato il BIDDH?', 'date'],
    ['¿Cuándo se creó la OIDDH?', 'date'],
    ['How many participating States does the OSCE have?', 'number'],
    ['Combien d’États participants compte l’OSCE ?', 'number'],
    ['Сколько государств-участников в ОБСЕ?', 'number'],
    ['Where is ODIHR based?', 'place'],
    ['Wo hat das BDIMR seinen Sitz?', 'place'],
    ['Dove ha sede il BIDDH?', 'place'],
    ['What are the two main categories of police activities?', 'list'],
    ['Quali sono le categorie principali?', 'list'],
    ['What is community policing?', 'definition'],
    ['An welchem Wochentag öffnet das Archiv der Mission?', 'date'],
    ['In welchem Gründungsjahr steht die Akademie im Register?', 'date'],
    ['С каких пор работает учебный центр в Душанбе?', 'date'],
  ])('%s -> %s', (q, type) => {
    expect(questionType(q).type).toBe(type);
  });

  it.each([
    ['What does SPMU stand for?', 'SPMU'],
    ['Que signifie le sigle BIDDH ?', 'BIDDH'],
    ['Cosa significa la sigla SPMU?', 'SPMU'],
    ['Как расшифровывается БДИПЧ?', 'БДИПЧ'],
    ['What is ODIHR?', 'ODIHR'],
  ])('%s expands %s', (q, acronym) => {
    expect(questionType(q)).toMatchObject({ type: 'acronym', acronym });
  });
});

describe('questionType of compound questions and interrogative determiners', () => {
  it.each([
    ['In which town did the conference open?', 'place'],
    ['Welcher Minister eröffnete die Tagung?', 'person'],
    ['В каком году открылся центр?', 'date'],
    ['Quale città ospita il segretariato?', 'place'],
  ])('%s -> %s', (q, type) => {
    expect(questionType(q).type).toBe(type);
  });

  it('keeps every kind a compound question asks for', () => {
    const t = questionType('When did the academy open, and how many cadets graduated?');
    expect(t.types).toEqual(expect.arrayContaining(['date', 'number']));
  });
});

describe('questionType of an interrogative with a plural noun', () => {
  it.each([
    ['Which regions does the new academy serve?', 'list'],
    ['What practical skills courses did the college add?', 'list'],
    ['Quels outils la mission a-t-elle livrés ?', 'list'],
    ['¿Qué herramientas entregó la misión?', 'list'],
    ['Welcher BDIMR-Direktor eröffnete die Tagung?', 'person'],
    ['In which years was the centre funded?', 'date'],
    ['What does the status report say?', 'definition'],
    ['What equipment did the mission buy?', 'definition'],
    ['Which process created the unit?', 'definition'],
  ])('%s -> %s', (q, type) => {
    expect(questionType(q).type).toBe(type);
  });
});

describe('questionType of a kind named by a noun', () => {
  it('marks "which city" as named, "where" not', () => {
    expect(questionType('In which city did the academy open?')).toMatchObject({
      type: 'place',
      named: true,
    });
    expect(questionType('Where did the academy open?').named).toBeUndefined();
  });
});

describe('questionType of German date compounds', () => {
  it('reads them in German only', () => {
    expect(questionType('An welchem Stichtag endet die Frist?', 'de').type).toBe('date');
    expect(questionType('What percentage of the trainees were women?', 'en').type).not.toBe('date');
  });
});

describe('dateAskedAt', () => {
  it.each([
    ['Which port hosted the conference that opened the year, and in which month?', 'which month?'],
    ['Since when has the centre trained border guards?', 'Since when has'],
    ['Quale ufficio ha aperto la sede, e in che anno?', 'in che anno?'],
    ['А с каких пор действует программа?', 'с каких пор'],
  ])('%s asks for a date from "%s"', (question, from) => {
    expect(question.slice(dateAskedAt(question) ?? question.length)).toMatch(
      new RegExp(`^${from.replace('?', '\\?')}`),
    );
  });

  it('finds none in a question that asks for no date', () => {
    expect(dateAskedAt('Who trains the border guards in Dushanbe?')).toBeUndefined();
  });
});

describe('questionParts', () => {
  it('splits a compound question at each question word, in order', () => {
    expect(
      questionParts(
        'When did the harbour authority open its school, and where is its head office?',
      ),
    ).toEqual([
      {
        kind: 'date',
        text: 'when did the harbour authority open its school, and ',
        written: 'When did the harbour authority open its school, and ',
      },
      { kind: 'place', text: 'where is its head office?', written: 'where is its head office?' },
    ]);
    // The same kind twice is two parts; "in quale città" is one question word, not two.
    expect(
      questionParts('Quanti corsi ha tenuto la scuola, e quanti allievi ha formato?', 'it').map(
        (p) => p.kind,
      ),
    ).toEqual(['number', 'number']);
    expect(
      questionParts('In quale città si trova la scuola e quando ha aperto?', 'it').map(
        (p) => p.kind,
      ),
    ).toEqual(['place', 'date']);
  });

  it('finds no parts in a single question', () => {
    expect(questionParts('Where is the head office of the harbour authority?')).toEqual([]);
    expect(questionParts('Which courses does the school offer?')).toEqual([]);
  });
});
