import type { SourcePassage } from './answer.types';
import { DEFAULT_EXTRACTIVE_OPTIONS, ExtractiveAnswerer } from './extractive-answerer';
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

describe('ExtractiveAnswerer counts', () => {
  const answerer = new ExtractiveAnswerer();

  it('takes "2,000" for a count and a bare 2008 for a year', () => {
    const polis: SourcePassage = {
      id: 'document:7:en#p3',
      title: 'POLIS',
      text: 'POLIS was launched in 2008. POLIS is a digital library that gives access to more than 2,000 documents on democratic policing.',
      url: '/en/documents/7#p3',
      lang: 'en',
      score: 0.5,
      documentId: '7',
    };
    const result = answerer.answer('How many documents does POLIS offer?', 'en', [polis]);
    expect(result.refused).toBe(false);
    expect(result.answer).toContain('2,000');
    expect(result.answer).not.toContain('2008');
  });

  describe('answers that read as answers', () => {
    const academy: SourcePassage = {
      id: 'doc:9#p1',
      title: 'Harbour police academy',
      text:
        'The harbour police academy opened in Port Vell in 2011. ' +
        'It admitted 80 cadets in its first year. ' +
        'The curriculum covers the following subjects:\n' +
        '- maritime law;\n' +
        '- search and rescue;\n' +
        '- customs inspections.\n' +
        'Funding came from the regional coast guard fund.',
      url: '/en/documents/9#p1',
      lang: 'en',
      score: 0.9,
      documentId: '9',
    };

    it('brings the items of a lead-in that ends in a colon', () => {
      const result = answerer.answer(
        'Which subjects does the harbour police academy curriculum cover?',
        'en',
        [academy],
      );
      expect(result.refused).toBe(false);
      expect(result.answer).toContain('- maritime law;');
      expect(result.answer).toContain('- customs inspections.');
    });

    it('answers each part of a compound question', () => {
      const result = answerer.answer(
        'When did the harbour police academy open, and who funded it?',
        'en',
        [academy],
      );
      expect(result.answer).toContain('2011');
      expect(result.answer).toContain('regional coast guard fund');
    });

    it('never opens with a pronoun whose sentence is left out', () => {
      const result = answerer.answer('How many cadets were admitted in the first year?', 'en', [
        academy,
      ]);
      expect(result.answer).toContain('80 cadets');
      expect(result.answer.indexOf('harbour police academy')).toBeLessThan(
        result.answer.indexOf('It admitted'),
      );
    });

    it('refuses when a word the index does not know is missing from the sources', () => {
      const rarity = new Map([
        ['submarine', 1],
        ['navigation', 0.9],
        ['training', 0.1],
        ['harbour', 0.6],
        ['police', 0.05],
        ['academy', 0.5],
      ]);
      const result = answerer.answer(
        'Does the harbour police academy offer submarine navigation training?',
        'en',
        [academy],
        { rarity },
      );
      expect(result.refused).toBe(true);
    });
  });

  describe('across languages with learned translations', () => {
    const lexicon = TranslationLexicon.learn([
      { group: 'a#p1', lang: 'en', text: 'The harbour lighthouse guides fishing boats.' },
      { group: 'a#p1', lang: 'it', text: 'Il faro del porto guida i pescherecci.' },
      { group: 'b#p1', lang: 'en', text: 'Fishing boats sell at the harbour market.' },
      { group: 'b#p1', lang: 'it', text: 'I pescherecci vendono al mercato del porto.' },
      { group: 'c#p1', lang: 'en', text: 'A new lighthouse stands by the harbour.' },
      { group: 'c#p1', lang: 'it', text: 'Un nuovo faro si trova vicino al porto.' },
    ]);
    const bari: SourcePassage = {
      id: 'doc:7#p1',
      title: 'Bari',
      text: 'Il faro del porto di Bari fu acceso nel 1869. La città conta molti pescherecci.',
      url: '/it/documents/7#p1',
      lang: 'it',
      score: 0.8,
      documentId: '7',
    };

    it('recognizes the question words in the passage through the lexicon', () => {
      const question = 'When was the harbour lighthouse of Bari first lit?';
      const without = answerer.answer(question, 'en', [bari]);
      const withLexicon = answerer.answer(question, 'en', [bari], { translations: lexicon });
      expect(withLexicon.refused).toBe(false);
      expect(withLexicon.answer).toContain('1869');
      expect(withLexicon.confidence).toBeGreaterThan(without.confidence);
    });

    it('answers "who" from another language only with a name of a person', () => {
      const passage: SourcePassage = {
        ...bari,
        text: 'Il faro del porto di Bari risale al 1869. Nel 2001 il restauro del faro del porto di Bari fu affidato a Marta Colonna.',
      };
      const result = answerer.answer('Who restored the Bari harbour lighthouse?', 'en', [passage], {
        translations: lexicon,
      });
      expect(result.answer).toContain('Marta Colonna');
    });
  });

  describe('in a conversation', () => {
    const depot: SourcePassage = {
      id: 'doc:5#p1',
      title: 'Rail police depot',
      text:
        'The rail police depot in Ostrava trains dog handlers. ' +
        'The rail police depot in Ostrava also repairs patrol vehicles for the region.',
      url: '/en/documents/5#p1',
      lang: 'en',
      score: 0.9,
      documentId: '5',
    };

    it('does not say again what it already said', () => {
      const said = 'The rail police depot in Ostrava trains dog handlers. [1]';
      const result = answerer.answer(
        'What else does the rail police depot in Ostrava do?',
        'en',
        [depot],
        { said },
      );
      expect(result.answer).toContain('repairs patrol vehicles');
      expect(result.answer).not.toContain('dog handlers');
    });

    it('refuses an off-topic request that only shares a domain word', () => {
      const result = answerer.answer('Tell me a funny story about the rail police', 'en', [depot], {
        rarity: new Map([
          ['tell', 0.2],
          ['funny', 1],
          ['story', 0.9],
          ['rail', 0.7],
          ['police', 0.05],
        ]),
      });
      expect(result.refused).toBe(true);
    });
  });

  it('answers a when-question from the sentence with the date, not the one sharing more words', () => {
    const passage: SourcePassage = {
      id: 'doc:11#p1',
      title: 'Projekt LUMEN',
      text: 'Das Projekt LUMEN begann 2016 in Skopje. Seit dem Beginn hat LUMEN 90 Lotsen geschult.',
      url: '/de/documents/11#p1',
      lang: 'de',
      score: 0.9,
      documentId: '11',
    };
    const result = answerer.answer('When did the LUMEN beginning happen?', 'en', [passage]);
    expect(result.refused).toBe(false);
    expect(result.answer).toContain('2016');
  });

  describe('across languages and kinds', () => {
    const doc = (id: string, lang: SourcePassage['lang'], title: string, text: string) => ({
      id: `doc:${id}#p1`,
      title,
      text,
      url: `/${lang}/documents/${id}#p1`,
      lang,
      score: 0.9,
      documentId: id,
    });

    it('lets a sentence naming the asked-for person lead over one sharing a few more words', () => {
      const passage = doc(
        '21',
        'en',
        'Harbour police academy',
        'The harbour police academy in Varna trains harbour police officers for the coast guard. ' +
          'Since 2019 the academy has been run by Petra Ilieva, who came from the coast guard.',
      );
      const result = answerer.answer(
        'Who runs the harbour police academy for the coast guard in Varna?',
        'en',
        [passage],
      );
      expect(result.refused).toBe(false);
      expect(result.answer).toContain('Petra Ilieva');
    });

    it('takes a role beside a name as who leads, whatever the verb', () => {
      const passage = doc(
        '22',
        'en',
        'Forensic training centre',
        'The forensic training centre opened in 2015 with support from the mission. ' +
          '"Evidence must survive the courtroom," said Tomas Weber, Director of the forensic training centre.',
      );
      const result = answerer.answer('Who headed the forensic training centre?', 'en', [passage]);
      expect(result.refused).toBe(false);
      expect(result.answer).toContain('Tomas Weber');
    });

    it('wants a person for "which <role>", and reads hyphenated first names as names', () => {
      const passages = [
        doc(
          '23',
          'en',
          'Cyber conference',
          'The cyber conference in Tallinn was opened by the Estonian Police and Border Guard Board.',
        ),
        doc(
          '24',
          'en',
          'Cyber conference',
          'At the cyber conference in Tallinn, the keynote came from Director Anne-Marie Kask.',
        ),
      ];
      const result = answerer.answer(
        'Which director spoke at the cyber conference in Tallinn?',
        'en',
        passages,
      );
      expect(result.refused).toBe(false);
      expect(result.answer).toContain('Anne-Marie Kask');
    });

    it('does not take a place for the answer to who', () => {
      const passages = [
        doc(
          '25',
          'en',
          'Canine unit',
          'The new canine unit of the border police works from Narva.',
        ),
        doc(
          '26',
          'en',
          'Canine unit',
          'The canine unit of the border police is led by Inspector Mart Saar since 2021.',
        ),
      ];
      const result = answerer.answer(
        'Who leads the canine unit of the border police?',
        'en',
        passages,
      );
      expect(result.answer).toContain('Mart Saar');
    });

    it('counts across languages next to a noun spelt alike ("ambulanze", "ambulances")', () => {
      const passage = doc(
        '27',
        'en',
        'Donation to the rescue service',
        'The OSCE donated 14 ambulances to the rescue service of Montenegro in 2018.',
      );
      const result = answerer.answer(
        "Quante ambulanze ha donato l'OSCE al servizio di soccorso del Montenegro?",
        'it',
        [passage],
      );
      expect(result.refused).toBe(false);
      expect(result.answer).toContain('14');
    });

    it('splits an acronym compound so that another language finds the acronym', () => {
      const analysis = answerer.analyze('Wann startete das VIRTUS-Programm?', 'de');
      const words = analysis.terms.map((t) => t.folded);
      expect(words).toEqual(expect.arrayContaining(['virtus', 'programm']));
      expect(analysis.terms.find((t) => t.folded === 'virtus')?.invariant).toBe(true);
      const passage = doc(
        '28',
        'en',
        'VIRTUS',
        'The VIRTUS programme for police trainers started in 2012.',
      );
      const result = answerer.answer('Wann startete das VIRTUS-Programm?', 'de', [passage]);
      expect(result.refused).toBe(false);
      expect(result.answer).toContain('2012');
    });

    it('hears a German noun that is a name in another spelling ("Oschkara", "Oshkara")', () => {
      const analysis = answerer.analyze('Wer eröffnete 2019 das Zentrum in Oschkara?', 'de');
      const term = analysis.terms.find((t) => t.folded === 'oschkara');
      expect(term?.key).toBeTruthy();
      const passage = doc(
        '29',
        'en',
        'Training centre',
        'In 2019 the training centre in Oshkara was opened by Minister Aziz Karimov.',
      );
      const result = answerer.answer('Wer eröffnete 2019 das Zentrum in Oschkara?', 'de', [
        passage,
      ]);
      expect(result.refused).toBe(false);
      expect(result.answer).toContain('Aziz Karimov');
    });
  });

  describe('lists introduced by a lead-in', () => {
    const page = (anchor: number, text: string): SourcePassage => ({
      id: `doc:31#p${anchor}`,
      title: 'Regional academy',
      text,
      url: `/en/documents/31#p${anchor}`,
      lang: 'en',
      score: 0.9,
      documentId: '31',
    });

    it('reads a lead-in as the continuation of the passage before, and brings its items', () => {
      const passages = [
        page(
          1,
          'The regional police academy in Ohrid was founded by the ministry in 2009. ' +
            'The academy reports yearly to the ministry on its curriculum and budget, which grow each year.',
        ),
        page(
          2,
          'Its curriculum covers above all:\n- forensic interviewing;\n- crowd management;\n- first aid.',
        ),
      ];
      const result = answerer.answer(
        'Which subjects does the curriculum of the police academy in Ohrid cover?',
        'en',
        passages,
      );
      expect(result.refused).toBe(false);
      expect(result.answer).toContain('forensic interviewing');
      expect(result.answer).toContain('first aid');
    });
  });

  describe('refusing what the sources do not say', () => {
    const academy: SourcePassage = {
      id: 'doc:41#p1',
      title: 'Ohrid police academy',
      text:
        'The Ohrid police academy, led by its Director, trains police officers from the region. ' +
        'The academy opened in 2009 with support from the mission.',
      url: '/en/documents/41#p1',
      lang: 'en',
      score: 0.9,
      documentId: '41',
    };

    it('refuses "who is the <role>" when no sentence names a person', () => {
      const result = answerer.answer('Who is the Director of the Ohrid police academy?', 'en', [
        academy,
      ]);
      expect(result.refused).toBe(true);
    });

    it('trusts "what is the <noun> of X" less when X is found but never the noun', () => {
      const asked = 'What is the budget of the Ohrid police academy?';
      const lenient = new ExtractiveAnswerer(undefined, {
        ...DEFAULT_EXTRACTIVE_OPTIONS,
        unfocusedPenalty: 0,
      });
      const without = answerer.answer(asked, 'en', [academy]).confidence;
      expect(lenient.answer(asked, 'en', [academy]).confidence - without).toBeCloseTo(
        DEFAULT_EXTRACTIVE_OPTIONS.unfocusedPenalty,
      );
      const withBudget: SourcePassage = {
        ...academy,
        id: 'doc:41#p2',
        url: '/en/documents/41#p2',
        text: 'The budget of the Ohrid police academy is EUR 2 million a year.',
      };
      const answered = answerer.answer(asked, 'en', [academy, withBudget]);
      expect(answered.refused).toBe(false);
      expect(answered.answer).toContain('EUR 2 million');
    });

    it("takes no form of the question's own name for the place or person it asks for", () => {
      const chair: SourcePassage = {
        id: 'doc:43#p1',
        title: 'Chairpersonship',
        text:
          'The Swedish Chairpersonship of 2021 set out its priorities for the year. ' +
          'It focused on conflict resolution and the security of journalists.',
        url: '/en/documents/43#p1',
        lang: 'en',
        score: 0.9,
        documentId: '43',
      };
      const asked = "Which city hosted the closing meeting of Sweden's 2021 Chairpersonship?";
      expect(answerer.answer(asked, 'en', [chair]).refused).toBe(true);
      const withCity: SourcePassage = {
        ...chair,
        id: 'doc:43#p2',
        url: '/en/documents/43#p2',
        text: 'The closing meeting of the Swedish Chairpersonship took place in Stockholm in December 2021.',
      };
      const answered = answerer.answer(asked, 'en', [chair, withCity]);
      expect(answered.refused).toBe(false);
      expect(answered.answer).toContain('Stockholm');
    });

    it('does not answer from a passage in another language about another place', () => {
      const college: SourcePassage = {
        id: 'doc:42#p1',
        title: 'Колледж',
        text: 'Колледж готовит руководящих сотрудников пограничных служб. Колледжем руководит директор.',
        url: '/ru/documents/42#p1',
        lang: 'ru',
        score: 0.9,
        documentId: '42',
      };
      const result = answerer.answer('Chi dirige la Missione OSCE in Serbia?', 'it', [college]);
      expect(result.refused).toBe(true);
    });

    it('reads a name from an earlier passage of the same document in another language', () => {
      const opening: SourcePassage = {
        id: 'doc:44#p1',
        title: 'Nuovi mezzi per la polizia di frontiera',
        text: "La Missione dell'OSCE in Serbia ha presentato ieri a Belgrado i risultati del suo progetto.",
        url: '/it/documents/44#p1',
        lang: 'it',
        score: 0.9,
        documentId: '44',
      };
      const figures: SourcePassage = {
        ...opening,
        id: 'doc:44#p2',
        url: '/it/documents/44#p2',
        text: 'Dal 2015 il progetto è coordinato da Marta Rossi, commissaria di polizia.',
      };
      const asked = 'Who has led the OSCE project in Serbia since 2015?';
      // The passage alone does not say where: no answer from it.
      expect(answerer.answer(asked, 'en', [figures]).refused).toBe(true);
      const answered = answerer.answer(asked, 'en', [opening, figures]);
      expect(answered.refused).toBe(false);
      expect(answered.answer).toContain('Marta Rossi');
    });
  });
});
