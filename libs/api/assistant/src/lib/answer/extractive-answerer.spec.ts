import type { SourcePassage } from './answer.types';
import { ExtractiveAnswerer } from './extractive-answerer';
import { TranslationLexicon } from '@portal/api/text';

const passages: SourcePassage[] = [
  {
    id: 'doc:1#p1',
    title: 'ODIHR',
    text:
      'The Office for Democratic Institutions and Human Rights (ODIHR) is based in Warsaw, Poland. ' +
      'It was established in 1991 as the Office for Free Elections and was renamed in 1992. ' +
      'ODIHR observes elections and supports police reform through human rights training.',
    url: '/en/documents/1#p1',
    lang: 'en',
    score: 0.9,
    documentId: '1',
  },
  {
    id: 'page:policing#p4',
    title: 'Ordine pubblico',
    text:
      "In seno al Segretariato OSCE, l'Unità per le questioni strategiche di polizia del Dipartimento per le minacce transnazionali (SPMU) è il punto focale per le attività dell'OSCE connesse alle attività di polizia, che sono suddivise in due categorie principali:\n" +
      '- Sviluppo e riforma della polizia secondo i principi di una polizia democratica;\n' +
      "- rafforzamento delle capacità delle forze dell'ordine degli Stati partecipanti.",
    url: '/it/policing#p4',
    lang: 'it',
    score: 0.8,
  },
  {
    id: 'doc:2#p1',
    title: 'Field operations',
    text: 'Twelve OSCE field operations run police development and reform programmes. The Mission in Kosovo trains police officers.',
    url: '/en/documents/2#p1',
    lang: 'en',
    score: 0.7,
    documentId: '2',
  },
];

describe('ExtractiveAnswerer', () => {
  const answerer = new ExtractiveAnswerer();

  it('answers a where-question with the place and cites it', () => {
    const result = answerer.answer('Where is ODIHR based?', 'en', passages);
    expect(result.refused).toBe(false);
    expect(result.answer).toContain('Warsaw');
    expect(result.answer).toMatch(/\[1\]/);
    expect(result.citations[0]).toMatchObject({ n: 1, url: '/en/documents/1#p1', documentId: '1' });
  });

  it('answers a when-question with a year', () => {
    const result = answerer.answer('When was ODIHR renamed?', 'en', passages);
    expect(result.refused).toBe(false);
    expect(result.answer).toContain('1992');
  });

  it('answers how-many with a number written as a word', () => {
    const result = answerer.answer(
      'How many field operations run police programmes?',
      'en',
      passages,
    );
    expect(result.refused).toBe(false);
    expect(result.answer).toContain('Twelve');
  });

  it('answers across languages and says the source language', () => {
    const result = answerer.answer(
      'Who is the focal point for police-related activities? (SPMU)',
      'en',
      passages,
    );
    expect(result.refused).toBe(false);
    expect(result.answer).toContain('The source is in Italian');
    expect(result.citations[0]?.lang).toBe('it');
  });

  it('keeps a list whole', () => {
    const result = answerer.answer(
      'Quali sono le due categorie principali delle attività di polizia?',
      'it',
      passages,
    );
    expect(result.refused).toBe(false);
    expect(result.answer).toContain('Sviluppo e riforma');
    expect(result.answer).toContain('rafforzamento delle capacità');
  });

  it('expands an acronym', () => {
    const result = answerer.answer('What does ODIHR stand for?', 'en', passages);
    expect(result.answer).toContain('Office for Democratic Institutions and Human Rights');
  });

  it('refuses when the sentence lacks an answer of the asked type', () => {
    const result = answerer.answer('How many elections did ODIHR observe?', 'en', passages);
    expect(result.refused).toBe(true);
    expect(result.citations).toEqual([]);
  });

  it('refuses when the key entity is absent, in the question language', () => {
    const result = answerer.answer(
      'Dove ha sede il Rappresentante per la libertà dei mezzi di informazione?',
      'it',
      passages,
    );
    expect(result.refused).toBe(true);
    expect(result.answer).toMatch(/Non ho trovato/);
  });

  it('cites every number it uses and quotes every citation', () => {
    const result = answerer.answer(
      'Where is ODIHR based and when was it established?',
      'en',
      passages,
    );
    const used = [...result.answer.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
    expect(new Set(used)).toEqual(new Set(result.citations.map((c) => c.n)));
  });
});

describe('ExtractiveAnswerer across languages', () => {
  const answerer = new ExtractiveAnswerer();
  const college: SourcePassage = {
    id: 'document:9:ru#p1',
    title: 'Колледж по вопросам управления границами в Душанбе',
    text: 'Колледж ОБСЕ по вопросам управления границами был открыт в Душанбе в 2009 году. С тех пор курсы прошли более 3000 сотрудников из 50 стран.',
    url: '/ru/documents/9#p1',
    lang: 'ru',
    score: 0.5,
    documentId: '9',
  };

  it("gives an expansion found in both languages in the visitor's own, though the other ranked first", () => {
    const passage = (id: string, lang: 'en' | 'de', text: string): SourcePassage => ({
      id: `doc:${id}#p1`,
      title: 'Border college',
      text,
      url: `/${lang}/documents/${id}#p1`,
      lang,
      score: 0.8,
      documentId: id,
    });
    const aside = passage('9', 'en', 'Border officials from Central Asia met in Vienna.');
    const result = answerer.answer('What does BMSC stand for?', 'en', [
      passage(
        '7',
        'de',
        'Das Border Management Staff College (BMSC) der OSZE in Duschanbe bildet seit 2009 Grenzbeamte aus.',
      ),
      aside,
      { ...aside, id: 'doc:9#p2', url: '/en/documents/9#p2' },
      passage(
        '8',
        'en',
        'The Border Management Staff College (BMSC) of the OSCE in Dushanbe has trained border officials since 2009.',
      ),
    ]);
    expect(result.answer).toMatch(/^The Border Management Staff College \(BMSC\) of the OSCE/);
    expect(result.citations[0]?.url).toBe('/en/documents/8#p1');
  });

  it('answers from a passage whose names are translated, and says the source is in Russian', () => {
    const result = answerer.answer(
      'When was the Border Management Staff College in Dushanbe opened?',
      'en',
      [college],
    );
    expect(result.refused).toBe(false);
    expect(result.answer).toMatch(/^The source is in Russian:/);
    expect(result.answer).toContain('2009');
    expect(result.citations[0]?.url).toBe('/ru/documents/9#p1');
  });

  it('counts only the asked-for noun, recognized through a learned translation', () => {
    const translations = TranslationLexicon.learn([
      { group: 'a#p1', lang: 'en', text: 'Ten officers guard the port.' },
      { group: 'a#p1', lang: 'ru', text: 'Десять сотрудников охраняют порт.' },
      { group: 'b#p1', lang: 'en', text: 'The officers train every week.' },
      { group: 'b#p1', lang: 'ru', text: 'Сотрудники тренируются каждую неделю.' },
    ]);
    const result = answerer.answer(
      'How many officers attended the college in Dushanbe?',
      'en',
      [college],
      { translations },
    );
    expect(result.refused).toBe(false);
    expect(result.answer).toContain('3000');
    expect(
      answerer.answer('How many elections did the college in Dushanbe observe?', 'en', [college], {
        translations,
      }).refused,
    ).toBe(true);
  });

  it('refuses when nothing but a city links the question to a passage in another language', () => {
    const result = answerer.answer('When was the Programme Office in Dushanbe renamed?', 'en', [
      college,
    ]);
    expect(result.refused).toBe(true);
  });

  it('does not take a beginning for the end the question asks about', () => {
    const network: SourcePassage = {
      id: 'document:8:es#p1',
      title: 'Red de mujeres policías',
      text: 'La Misión de la OSCE en Serbia apoyó en 2010 la creación de la Red de Mujeres Policías de Europa Sudoriental.',
      url: '/es/documents/8#p1',
      lang: 'es',
      score: 0.5,
      documentId: '8',
    };
    expect(
      answerer.answer('Wann wurde das Netzwerk der Polizistinnen aufgelöst?', 'de', [network])
        .refused,
    ).toBe(true);
    const created = answerer.answer('Wann wurde das Netzwerk der Polizistinnen gegründet?', 'de', [
      network,
    ]);
    expect(created.refused).toBe(false);
    expect(created.answer).toMatch(/^Die Quelle ist auf Spanisch:.*2010/);
  });
});
