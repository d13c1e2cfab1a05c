import type { Locale } from '@portal/domain/locales';
import type { TranslationLexicon } from '@portal/api/text';

/** What the portal knows beyond the passages, to weigh and carry the question's words. */
export interface AnswerContext {
  /** How rare each folded question word is in the index: 0 common .. 1 unknown. */
  readonly rarity?: ReadonlyMap<string, number>;
  /** Word translations learned from the published content. */
  readonly translations?: TranslationLexicon;
  /** What the assistant already said in this conversation: not to be said again. */
  readonly said?: string;
  /**
   * By language, the capitalized words of the passages that the index holds in many
   * passages ("Central", "Office"): common words written with a capital, not a person's name.
   */
  readonly commonWords?: ReadonlyMap<Locale, ReadonlySet<string>>;
}

export interface ExtractiveOptions {
  /**
   * Evidence needed to answer at all: the best sentence's share of the question's weighted
   * terms, blended with its passage's share (see `confidence`). Chosen on the development
   * set so that answerable questions are rarely refused while unanswerable ones are.
   */
  readonly minConfidence: number;
  /** A sentence covering less than this share of the question is never quoted. */
  readonly minSentenceCoverage: number;
  /** Longest answer, lists aside. */
  readonly maxChars: number;
  readonly maxListChars: number;
  readonly maxSentences: number;
  /**
   * How much of a sentence's standing comes from its passage: a long question is rarely
   * answered by one sentence, but by a passage whose sentences together cover it.
   */
  readonly passageShare: number;
  /** Bonus for a sentence that holds an answer of the asked kind (a year for "when"). */
  readonly typedBonus: number;
  /** A further sentence joins the answer only if it adds this share of the question. */
  readonly minGain: number;
  /**
   * Taken from the confidence when a question asks for a precise kind (a date, a number, a
   * place, a person) and the best sentence holds none: sharing the topic words is no answer.
   */
  readonly untypedPenalty: number;
  /**
   * When a kind is asked and the best sentence holds none, the best one that does leads if
   * it scores within this much: a bystander sentence that shares a few more of the
   * question's words is no better an answer.
   */
  readonly typedMargin: number;
  /**
   * Taken when "what is the <noun> of X" finds X but no sentence with the noun: less than
   * `untypedPenalty`, for the answer may name an instance ("a code of conduct" for "which
   * text") rather than the noun itself.
   */
  readonly unfocusedPenalty: number;
  /**
   * A lead-in ("... focuses on:") rarely repeats what it is about; it takes this share of
   * the sentence before it's matches, as its continuation.
   */
  readonly leadInShare: number;
  /**
   * For a list question, a lead-in followed by its items is the answer's shape: a bonus over
   * a sentence that merely holds commas.
   */
  readonly leadInBonus: number;
  /**
   * For "who", a sentence that answers only with a body or a role, naming no person, earns
   * this share of `typedBonus`: a body may answer "who", but a person's name is surer.
   */
  readonly unnamedPersonShare: number;
}

export const DEFAULT_EXTRACTIVE_OPTIONS: ExtractiveOptions = {
  minConfidence: 0.42,
  minSentenceCoverage: 0.2,
  maxChars: 700,
  maxListChars: 1100,
  maxSentences: 5,
  passageShare: 0.4,
  typedBonus: 0.15,
  minGain: 0.08,
  untypedPenalty: 0.35,
  typedMargin: 0.1,
  unnamedPersonShare: 0.5,
  unfocusedPenalty: 0.2,
  leadInShare: 0.7,
  leadInBonus: 0.2,
};
