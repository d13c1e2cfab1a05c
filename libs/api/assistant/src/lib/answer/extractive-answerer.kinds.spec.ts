import type { SourcePassage } from './answer.types';
import { ExtractiveAnswerer } from './extractive-answerer';
import { examplesListed, isSeries } from './series';
import { documentPassage } from './document-passage.fixture';

describe('ExtractiveAnswerer by kind of question', () => {
  const answerer = new ExtractiveAnswerer();

  describe('across languages and kinds', () => {
    it('lets a sentence naming the asked-for person lead over one sharing a few more words', () => {
      const passage = documentPassage(
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
      const passage = documentPassage(
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
        documentPassage(
          '23',
          'en',
          'Cyber conference',
          'The cyber conference in Tallinn was opened by the Estonian Police and Border Guard Board.',
        ),
        documentPassage(
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
        documentPassage(
          '25',
          'en',
          'Canine unit',
          'The new canine unit of the border police works from Narva.',
        ),
        documentPassage(
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
      const passage = documentPassage(
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

    it('takes the sentence that enumerates the list, though a bystander shares more words', () => {
      const passage = documentPassage(
        '31',
        'en',
        'Harbour safety seminar',
        'A seminar on harbour safety was held in Varna in 2019, hosted by the port authority. ' +
          'Acknowledging the need for safer harbours, the ministers adopted a plan. ' +
          'The need to train harbour pilots, to mark channels, to light the piers, to clear wrecks and to ' +
          'drill crews was also stressed.',
      );
      const result = answerer.answer(
        'What did the 2019 harbour safety seminar in Varna say needed to be done?',
        'en',
        [passage],
      );
      expect(result.answer).toContain('to mark channels');
    });

    it('lists every item of a numbered list whose items are explained in between', () => {
      const passage = documentPassage(
        '29',
        'en',
        'Harbour plan',
        'The harbour plan of Varna sets three goals:\n1) Safer harbours.\n' +
          'Harbour patrols will double in the summer.\n2) Faster rescue at sea.\n' +
          'Boats get new radios.\n3) Cleaner water.',
      );
      const result = answerer.answer('What goals does the harbour plan of Varna set?', 'en', [
        passage,
      ]);
      expect(result.answer).toContain('Faster rescue at sea');
      expect(result.answer).toContain('Cleaner water');
      expect(result.answer).not.toContain('new radios');
    });

    it('takes a person presented in a role as the asked-for role across languages', () => {
      // "Curatore" has no translation the answerer knows; "the keeper of the police archive"
      // is a role by its construction, and the archive, Moldova and 2019 tie it to the question.
      const passage = documentPassage(
        '28',
        'en',
        'Police archive opens to researchers',
        'The OSCE helped Moldova open the police archive to researchers in 2019. ' +
          'Irina Bodrug, the keeper of the police archive, showed the first visitors the files.',
      );
      const question =
        "Chi era il curatore dell'archivio di polizia che l'OSCE ha aiutato ad aprire in Moldavia nel 2019?";
      const result = answerer.answer(question, 'it', [passage]);
      expect(result.refused).toBe(false);
      expect(result.answer).toContain('Irina Bodrug');
    });

    it('answers "in which city" only with a sentence that names a place', () => {
      const passage = documentPassage(
        '30',
        'en',
        'Ruritanian Chairmanship',
        'The Ruritanian Chairmanship held its closing conference in the winter with the ' +
          'foreign ministers; the city hosted the ministers for two days.',
      );
      const question = 'In which city did the Ruritanian Chairmanship hold its closing conference?';
      expect(answerer.answer(question, 'en', [passage]).refused).toBe(true);
      const named = documentPassage(
        '31',
        'en',
        'Ruritanian Chairmanship',
        'The closing conference of the Ruritanian Chairmanship was held in Lakeport in December.',
      );
      const result = answerer.answer(question, 'en', [passage, named]);
      expect(result.refused).toBe(false);
      expect(result.answer).toContain('Lakeport');
    });

    it('does not answer from a passage about another country than the one asked about', () => {
      const passage = documentPassage(
        '32',
        'en',
        'Chairmanship',
        'The Finnish Chairmanship held its closing meeting of foreign ministers in Helsinki in December.',
      );
      const question =
        "Which city hosted the foreign ministers at the end of Portugal's Chairmanship?";
      expect(answerer.answer(question, 'en', [passage]).refused).toBe(true);
      expect(
        answerer.answer(
          'Which city hosted the foreign ministers at the end of the Finnish Chairmanship?',
          'en',
          [passage],
        ).answer,
      ).toContain('Helsinki');
    });

    it('meets cognates spelt differently in another language ("Croats", "Kroaten")', () => {
      const passage = documentPassage(
        '29',
        'de',
        'Grenzschule Osch',
        'Die Grenzschule in Osch nahm im Frühjahr ihre ersten Schüler auf. ' +
          'Unter den Inspektoren des Kurses waren 12 Kroaten und 9 Slowenen.',
      );
      const result = answerer.answer(
        'How many Croats were among the inspectors of the course?',
        'en',
        [passage],
      );
      expect(result.refused).toBe(false);
      expect(result.answer).toContain('12 Kroaten');
    });

    it('splits an acronym compound so that another language finds the acronym', () => {
      const analysis = answerer.analyze('Wann startete das VIRTUS-Programm?', 'de');
      const words = analysis.terms.map((t) => t.folded);
      expect(words).toEqual(expect.arrayContaining(['virtus', 'programm']));
      expect(analysis.terms.find((t) => t.folded === 'virtus')?.invariant).toBe(true);
      const passage = documentPassage(
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
      const passage = documentPassage(
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

  describe('lists written as prose', () => {
    it('takes "A, B and C" for the list a question asks for', () => {
      const meeting = (anchor: number, text: string): SourcePassage => ({
        id: `doc:33#p${anchor}`,
        title: 'Border chiefs meet in Tirana',
        text,
        url: `/en/documents/33#p${anchor}`,
        lang: 'en',
        score: 0.9,
        documentId: '33',
      });
      const result = answerer.answer(
        'Which subjects came up at the 2022 Tirana meeting of border chiefs?',
        'en',
        [
          meeting(
            1,
            'The 2022 Tirana meeting of border chiefs brought together delegations from nine countries. ' +
              'The meeting was hosted by the border police of Albania.',
          ),
          meeting(
            2,
            'Delegates spoke about migration flows, document fraud and the exchange of risk analyses.',
          ),
        ],
      );
      expect(result.refused).toBe(false);
      expect(result.answer).toContain('document fraud');
    });

    it('counts one comma as a series only when a conjunction soon closes it', () => {
      expect(isSeries('Delegates spoke about migration, document fraud and risk analysis.')).toBe(
        true,
      );
      expect(
        isSeries('Les délégués ont parlé de migration, de fraude documentaire et de risques.'),
      ).toBe(true);
      expect(isSeries('In 2019, the mission opened a training centre for the border police.')).toBe(
        false,
      );
    });

    it('counts the items an example marker leads in, and no more', () => {
      expect(
        examplesListed('The board discussed matters such as port fees, pilotage and ice breaking.'),
      ).toBe(3);
      expect(
        examplesListed('Die Sitzung behandelte Themen wie etwa Lotsenwesen und Eisbrechen.'),
      ).toBe(2);
      expect(
        examplesListed(
          'Обсуждались вопросы, такие как лоцманская проводка, ледокольные работы и сборы.',
        ),
      ).toBe(3);
      // One item, then the sentence goes on.
      expect(
        examplesListed(
          'With partners such as the harbour board, our plan is to grow into a regional hub for training and research.',
        ),
      ).toBe(0);
      expect(examplesListed('The board discussed port fees, pilotage and ice breaking.')).toBe(0);
    });

    it('answers a list question with the list an example marker leads in, not only a list of names', () => {
      const passage = documentPassage(
        '42',
        'en',
        'Harbour masters meet in Gdansk',
        'The conference of harbour masters of the Baltic took place on 3-4 March 2021 in Gdansk. ' +
          'It brought together harbour masters from Poland, Germany, Denmark, Sweden and Finland, and the port authorities of Gdansk. ' +
          'Matters such as pilotage fees, winter navigation and the training of tug crews were discussed at the conference.',
      );
      const result = answerer.answer(
        'Which subjects came up at the 2021 conference of Baltic harbour masters in Gdansk?',
        'en',
        [passage],
      );
      expect(result.refused).toBe(false);
      // Quoted in reading order, after the sentences of the same passage before it.
      expect(result.answer).toContain('Matters such as pilotage fees, winter navigation');
    });

    it('makes room for the list itself after sentences that took the room of an answer', () => {
      const passage = documentPassage(
        '43',
        'en',
        'Harbour seminar on winter navigation',
        'A harbour seminar on winter navigation was held in Constanta on 5 November 2019, funded by the port authority of Constanta and organized by the harbour masters association together with the coast guard and the navy. ' +
          'The harbour seminar highlighted that the harbour masters association of the Black Sea coast clearly has the experience that makes it a relevant and useful platform for winter navigation and harbour safety matters. ' +
          'Acknowledging the need to address winter navigation, the harbour masters of the coast have adopted two joint statements on harbour safety in recent years. ' +
          'The need to train pilots, to mark channels, to share ice reports, to involve fishing communities and to fund new tugs was also stressed.',
      );
      const result = answerer.answer(
        'What did the 2019 Black Sea harbour seminar on winter navigation say needed to be done?',
        'en',
        [passage],
      );
      expect(result.refused).toBe(false);
      expect(result.answer).toContain('to involve fishing communities and to fund new tugs');
    });
  });
});
