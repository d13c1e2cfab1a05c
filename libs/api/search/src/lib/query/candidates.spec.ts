import type { Locale } from '@portal/domain/locales';
import { ClauseFrequency, chooseCandidates, estimatedItems } from './candidates';

/** 10,000 passages in English, 4,000 in French and 2,000 in German. */
const passages = new Map<Locale, number>([
  ['en', 10_000],
  ['fr', 4_000],
  ['de', 2_000],
]);

const clause = (locale: Locale, key: string, df: number | undefined): ClauseFrequency => ({
  locale,
  key,
  df,
});

describe('chooseCandidates', () => {
  it('lets the rare word find the candidates and the common ones only re-rank (any word)', () => {
    // "station patrol Tbilisi": two everyday words and a place name.
    const choice = chooseCandidates(
      [
        clause('en', 'w:station', 3_000),
        clause('en', 'w:patrol', 2_500),
        clause('en', 'w:tbilisi', 40),
      ],
      passages,
      'any',
      1_000,
    );
    expect([...choice.drivers]).toEqual(['w:tbilisi']);
    expect(choice.capped).toBe(false);
    expect(choice.estimate).toBe(40);
  });

  it('takes terms rarest first while their matches stay within the budget', () => {
    const choice = chooseCandidates(
      [
        clause('en', 'w:kennel', 300),
        clause('en', 'w:canine', 500),
        clause('en', 'w:unit', 800),
        clause('en', 'w:handler', 150),
      ],
      passages,
      'any',
      1_000,
    );
    expect([...choice.drivers]).toEqual(['w:handler', 'w:kennel', 'w:canine']);
    expect(choice.capped).toBe(false);
  });

  it("counts a word and its translations as one term, adding up the languages' passages", () => {
    // Rare in each language on its own (under 1,000), common once counted together.
    const vehicle = [
      clause('en', 'c:vehicle', 900),
      clause('fr', 'c:vehicle', 800),
      clause('de', 'c:vehicle', 700),
    ];
    const choice = chooseCandidates(
      [...vehicle, clause('en', 'w:armoured', 600)],
      passages,
      'any',
      1_000,
    );
    expect([...choice.drivers]).toEqual(['w:armoured']);
    // Alone, the translated word is still the rarest term, and it is cut at the budget.
    const alone = chooseCandidates(vehicle, passages, 'any', 1_000);
    expect([...alone.drivers]).toEqual(['c:vehicle']);
    expect(alone.capped).toBe(true);
    expect(alone.estimate).toBe(2_400);
  });

  it('caps the candidates when every word is common and every word is required', () => {
    const choice = chooseCandidates(
      [clause('en', 'w:office', 5_000), clause('en', 'w:regional', 4_000)],
      passages,
      'all',
      1_000,
    );
    expect(choice.drivers).toEqual(new Set(['w:office', 'w:regional']));
    expect(choice.capped).toBe(true);
    // 10,000 x 0.5 x 0.4 passages if the two words occur independently.
    expect(choice.estimate).toBe(2_000);
  });

  it('does not cap required words when one of them is rare', () => {
    const choice = chooseCandidates(
      [clause('en', 'w:office', 5_000), clause('en', 'w:ombudsperson', 90)],
      passages,
      'all',
      1_000,
    );
    expect(choice.capped).toBe(false);
    expect(choice.estimate).toBeLessThanOrEqual(90);
  });

  it('takes a concept said by two clauses in one language as its rarer clause when both are required', () => {
    // "missing persons" in the visitor's words, one concept said by two required clauses.
    const choice = chooseCandidates(
      [clause('en', 'c:missing-persons', 2_000), clause('en', 'c:missing-persons', 700)],
      passages,
      'all',
      1_000,
    );
    expect(choice.capped).toBe(false);
    expect(choice.estimate).toBe(700);
  });

  it('ignores clauses of stop words only, and has nothing to drive when none is left', () => {
    const choice = chooseCandidates(
      [clause('en', 'w:the', undefined), clause('en', 'w:riot', 120)],
      passages,
      'any',
      1_000,
    );
    expect([...choice.drivers]).toEqual(['w:riot']);
    const none = chooseCandidates([clause('en', 'w:of', undefined)], passages, 'all', 1_000);
    expect(none.drivers.size).toBe(0);
    expect(none.capped).toBe(false);
  });

  it('never counts more passages than a language has', () => {
    const choice = chooseCandidates(
      [clause('de', 'w:polizei', 5_000), clause('de', 'w:polizei', 5_000)],
      passages,
      'any',
      1_000,
    );
    expect(choice.estimate).toBe(2_000);
  });
});

describe('estimatedItems', () => {
  const choice = (capped: boolean) => ({ drivers: new Set<string>(), capped, estimate: 5_000 });

  it('counts the items found when the candidates were not cut', () => {
    expect(estimatedItems(choice(false), 40, 500)).toBe(40);
  });

  it('scales the items found by the estimated matches when they were', () => {
    expect(estimatedItems(choice(true), 40, 500)).toBe(400);
    expect(estimatedItems(choice(true), 40, 0)).toBe(40);
  });
});
