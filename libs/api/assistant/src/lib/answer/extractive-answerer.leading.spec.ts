import type { SourcePassage } from './answer.types';
import { DEFAULT_EXTRACTIVE_OPTIONS, ExtractiveAnswerer } from './extractive-answerer';
import { documentPassage } from './document-passage.fixture';

describe('ExtractiveAnswerer by kind of question', () => {
  const answerer = new ExtractiveAnswerer();

  describe('"who" answered by a person or by a body', () => {
    const meeting = (anchor: number, text: string) =>
      documentPassage('35', 'en', 'Customs chiefs meet in Skopje', text, anchor);
    const passages = [
      meeting(
        1,
        'The Skopje meeting of customs chiefs was organized by the Strategic Police Matters Unit.',
      ),
      meeting(
        2,
        'Mira Kovac, Director of the Customs Administration, opened the meeting of the customs chiefs.',
      ),
    ];
    const asked = 'Who opened the 2023 Skopje meeting of regional customs chiefs?';
    const leading = (unnamedPersonShare: number) =>
      new ExtractiveAnswerer(undefined, {
        ...DEFAULT_EXTRACTIVE_OPTIONS,
        unnamedPersonShare,
        maxSentences: 1,
      }).answer(asked, 'en', passages).answer;

    it('leads with the sentence naming a person over a close one naming only a body', () => {
      expect(leading(DEFAULT_EXTRACTIVE_OPTIONS.unnamedPersonShare)).toContain('Mira Kovac');
      // Weighed alike, the body's sentence, a little closer to the question's words, leads.
      expect(leading(1)).toContain('Strategic Police Matters Unit');
    });
  });

  describe('passages about another place than the question names', () => {
    it('cannot outrank one that names it, even in another language', () => {
      const chair: SourcePassage = {
        id: 'doc:37#p2',
        title: 'Signing of the 1990 treaty',
        text: 'Finland, as chair, represented the Nordic states at the signing of the treaty in 1990, Minister Virtanen said.',
        url: '/en/documents/37#p2',
        lang: 'en',
        score: 0.9,
        documentId: '37',
      };
      const signing: SourcePassage = {
        id: 'doc:38#p1',
        title: 'Il trattato del 1990',
        text: 'La Norvegia venne rappresentata da Kari Nordmann, allora ministra degli esteri.',
        url: '/it/documents/38#p1',
        lang: 'it',
        score: 0.5,
        documentId: '38',
      };
      const result = answerer.answer(
        'Who represented Norway at the signing of the treaty in 1990?',
        'en',
        [chair, signing],
      );
      expect(result.refused).toBe(false);
      expect(result.answer).toContain('Kari Nordmann');
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

describe('ExtractiveAnswerer: a sentence about another body than the one asked', () => {
  const passage = (id: string, title: string, text: string, score: number): SourcePassage => ({
    id,
    title,
    text,
    url: `/en/pages/${id}`,
    lang: 'en',
    score,
  });
  // The first retrieved passage names the asked body too, but its sentence about who heads
  // something names only the Parliamentary Assembly.
  const passages = [
    passage(
      'assembly#p1',
      'Parliamentary Assembly',
      'The Parliamentary Assembly in Copenhagen is headed by its President. It meets the High Commissioner on National Minorities twice a year.',
      0.9,
    ),
    passage(
      'offices#p4',
      'Offices',
      'High Commissioner on National Minorities (HCNM): Anna Berg, in office since 1 March 2025.',
      0.6,
    ),
  ];

  it('does not lead the answer, which starts with the sentence that answers', () => {
    const { answer, citations } = new ExtractiveAnswerer().answer(
      'Who heads the HCNM?',
      'en',
      passages,
    );
    expect(answer.startsWith('High Commissioner on National Minorities (HCNM): Anna Berg')).toBe(
      true,
    );
    expect(citations[0]?.url).toBe('/en/pages/offices#p4');
  });
});
