import type { SourcePassage } from './answer.types';
import { ExtractiveAnswerer } from './extractive-answerer';
import { documentPassage } from './document-passage.fixture';
import { TranslationLexicon } from '@portal/api/text';

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

  it('answers each part of a compound question with a sentence about that part', () => {
    const page = (n: number, text: string) =>
      documentPassage('40', 'en', 'A maritime training school for the coast guards', text, n);
    const passages = [
      page(
        1,
        'On 12 May 2016 in Geneva the harbour council adopted a decision to open a maritime training school for the coast guards of the Black Sea.',
      ),
      page(
        2,
        'The maritime training school will coordinate with the harbour council and cooperate with the Council of Europe and other partners. ' +
          'Courses will last six weeks. The head office will be in Burgas.',
      ),
    ];
    const result = answerer.answer(
      'When did the harbour council of the Black Sea states decide to open a maritime training school for coast guards, and where was its head office to be?',
      'en',
      passages,
    );
    expect(result.refused).toBe(false);
    // The date's sentence names where the council met, and the sentence before the office's
    // a body with a place in its name ("coordinate" meets "head"): neither says where the
    // office is.
    expect(result.answer).toContain('12 May 2016');
    expect(result.answer).toContain('Burgas');
  });

  it('counts what each part of a compound question counts', () => {
    const passage = documentPassage(
      '41',
      'en',
      'Harbour police academy: first year',
      'In its first year the harbour police academy of the coast guard hired 40 new instructors from six countries. ' +
        'The training programme was funded by the port authority and the coast guard. ' +
        'The mobile training teams of the academy worked in 12 coastal districts.',
    );
    const result = answerer.answer(
      'How many new instructors did the harbour police academy of the coast guard hire in its first year, and in how many districts?',
      'en',
      [passage],
      // "districts" is a common word of the index: sharing it adds little to an answer.
      { rarity: new Map([['districts', 0.1]]) },
    );
    expect(result.refused).toBe(false);
    expect(result.answer).toContain('40 new instructors');
    // "12 coastal districts" counts no instructors, but it is what the second part asks.
    expect(result.answer).toContain('12 coastal districts');
  });

  it('adds no date of another place than the one asked about', () => {
    const result = answerer.answer('When did the border police academy in Serbia open?', 'en', [
      documentPassage(
        '44',
        'en',
        'Border police academy in Serbia',
        'The border police academy in Serbia opened in 2012 with support from the ministry.',
      ),
      documentPassage(
        '45',
        'en',
        'Training for border guards',
        'A border police academy in Montenegro opened in 2015 and has trained guards for the mountain crossings since then.',
      ),
    ]);
    expect(result.refused).toBe(false);
    expect(result.answer).toContain('2012');
    expect(result.answer).not.toContain('Montenegro');
  });

  it('quotes the sentence naming the asked-for country before one that leaves it unsaid', () => {
    const office: SourcePassage = {
      id: 'document:31:it#p2',
      title: 'Sicurezza delle frontiere',
      text:
        'L’Ufficio dell’OSCE sostiene il Tagikistan nella sicurezza delle frontiere e nella buona governance. ' +
        'Da anni forma le guardie di frontiera e le unità cinofile della polizia di confine.',
      url: '/it/documents/31#p2',
      lang: 'it',
      score: 0.5,
      documentId: '31',
    };
    const result = answerer.answer(
      'Come aiuta l’OSCE le guardie di frontiera in Tagikistan?',
      'it',
      [office],
    );
    expect(result.refused).toBe(false);
    expect(result.answer).toMatch(/^L’Ufficio dell’OSCE sostiene il Tagikistan.*Da anni forma/s);
  });

  it('dates a renaming only from a sentence that says it, not from another date of the body', () => {
    const office: SourcePassage = {
      id: 'document:32:en#p1',
      title: 'Harbour office of Split',
      text:
        'Harbour office of Split: Ana Horvat, in office since 3 May 2021. ' +
        'The harbour office of Split keeps the register of ships.',
      url: '/en/documents/32#p1',
      lang: 'en',
      score: 0.5,
      documentId: '32',
    };
    const ask = (q: string) => answerer.answer(q, 'en', [office]);
    expect(ask('When was the harbour office of Split renamed?').refused).toBe(true);
    // "The fair that closed the season" is what is dated, not a closing.
    const fair: SourcePassage = {
      ...office,
      id: 'document:33:en#p1',
      title: 'Port fairs',
      text: 'The last port fair of the 2019 season was held in Koper in October 2019.',
      url: '/en/documents/33#p1',
      documentId: '33',
    };
    const season = answerer.answer(
      'Which port hosted the fair that closed the 2019 season, and in which month and year?',
      'en',
      [fair],
    );
    expect(season.answer).toContain('October 2019');
    // A beginning may go unsaid ("since"), so that date still answers when it started.
    expect(ask('Since when has Ana Horvat led the harbour office of Split?').answer).toContain(
      '3 May 2021',
    );
  });

  it('takes a day of the week for a when-question about a recurring meeting', () => {
    const board: SourcePassage = {
      id: 'document:8:it#p1',
      title: 'Consiglio portuale',
      text:
        'Il consiglio portuale di Bari riunisce i rappresentanti del porto, della dogana e della città. ' +
        'Le sue sedute si tengono di solito ogni martedì nella vecchia dogana.',
      url: '/it/documents/8#p1',
      lang: 'it',
      score: 0.5,
      documentId: '8',
    };
    const result = answerer.answer('Quando si riunisce il consiglio portuale di Bari?', 'it', [
      board,
    ]);
    expect(result.refused).toBe(false);
    expect(result.holdsKind).toBe(true);
    expect(result.answer).toContain('ogni martedì');
  });

  it('answers each kind a compound question asks for, from one passage', () => {
    const academy: SourcePassage = {
      id: 'document:12:en#p1',
      title: 'Harbour academy of Varna',
      text:
        'The harbour academy of Varna opened its doors to cadets from the whole coast in March 2012. ' +
        'Ten cadets from Burgas joined in the second year. ' +
        'Petra Ilieva, a former coast guard captain, has run the academy since then.',
      url: '/en/documents/12#p1',
      lang: 'en',
      score: 0.6,
      documentId: '12',
    };
    const result = answerer.answer(
      'When did the harbour academy of Varna open its doors to cadets, and who leads it?',
      'en',
      [academy],
    );
    expect(result.refused).toBe(false);
    expect(result.answer).toContain('March 2012');
    expect(result.answer).toContain('Petra Ilieva');
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

    it('quotes a list whole when its lead-in joins an answer led by another sentence', () => {
      const result = answerer.answer('Who coordinates harbour safety work?', 'en', [
        documentPassage(
          '21',
          'en',
          'Coast guard visit',
          'The harbour safety co-ordinator, Captain Lena Ortiz (second left), visits the harbour safety school in Port Vell, May 2020.',
        ),
        documentPassage(
          '22',
          'en',
          'Harbour safety',
          'The port authority co-ordinates harbour safety work, which falls into two main areas:\n' +
            '- inspection and certification of vessels, cranes and loading equipment according to the national maritime code, with particular attention to fire prevention, rescue drills, the storage of fuel and chemicals, emergency lighting, first aid posts and the safety of dock workers on every shift;\n' +
            '- training of port staff, pilots and tug crews from the region to enable them to prevent collisions, oil spills, cargo fires, falls from gangways and accidents during the loading, unloading and storage of dangerous goods in the port.',
        ),
      ]);
      expect(result.answer).toContain('which falls into two main areas:');
      expect(result.answer).toContain('- inspection and certification of vessels');
      expect(result.answer).toContain('- training of port staff');
    });

    it('never quotes a photo credit for what "the Mission" or "it" refers to', () => {
      const report = documentPassage(
        '12',
        'en',
        'Mission to Valdoria – Border policing',
        'Recruits practise a vehicle search at the border crossing near Ostrava Gate, May 2019.\n' +
          '(Photo: Valdoria Mission/Ana Petrova)\n' +
          "The Mission's border unit trains new customs officers in risk analysis.\n" +
          '(Photo: Valdoria Mission/Ivo Marek)\n' +
          'It also equips the crossing points with document scanners.',
      );
      const trains = answerer.answer('Who trains new customs officers in risk analysis?', 'en', [
        report,
      ]);
      expect(trains.refused).toBe(false);
      expect(trains.answer).toContain("The Mission's border unit trains");
      expect(trains.answer).not.toContain('Photo');
      const equips = answerer.answer('Which crossing points get document scanners?', 'en', [
        report,
      ]);
      expect(equips.answer).not.toContain('Photo');
      expect(equips.answer).not.toMatch(/^It also equips/);
    });

    it('never opens with a possessive whose owner is in the sentence left out', () => {
      const result = answerer.answer('Qui dirige le centre de formation des garde-côtes ?', 'fr', [
        documentPassage(
          '31',
          'fr',
          'Autorité portuaire',
          "L'Autorité portuaire de Port Vell gère les quais et les phares de la région. " +
            'Son centre de formation des garde-côtes est dirigé par la commandante Irène Vidal.',
        ),
      ]);
      expect(result.answer).toContain('Irène Vidal');
      expect(result.answer).not.toMatch(/^Son /);
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
});
