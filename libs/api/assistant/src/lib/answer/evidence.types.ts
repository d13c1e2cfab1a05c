import type { CognateForm } from '@portal/api/text';
import type { AnswerType } from './answer-type';
import type { Locale } from '@portal/domain/locales';
import type { QuestionType } from './answer-type';
import type { SourcePassage } from './answer.types';
import type { QuestionFocus } from './question-focus';

/** What the extractive answerer works with: the question taken apart, sentences, candidates. */

export interface Term {
  readonly folded: string;
  readonly stems: ReadonlySet<string>;
  readonly weight: number;
  /** A proper name or acronym: the answer must mention it (or its passage must). */
  readonly name: boolean;
  /** Spelt alike in every language (an acronym, a number): needed across languages too. */
  readonly invariant: boolean;
  readonly number?: number;
  readonly key: string;
  /** How the word meets its cognates in the passages' languages. */
  readonly cognate: CognateForm;
  /** Concepts the word belongs to: a sentence with any of their terms matches. */
  readonly concepts: readonly string[];
  /** "co-ordinates", "leads": matched by any word of leading or co-ordinating. */
  readonly responsibility: boolean;
  /** Learned translations' stems, by language: how the word is met in another language. */
  readonly translations: ReadonlyMap<Locale, ReadonlySet<string>>;
}

/** One question of a compound one (see `questionParts`). */
export interface QuestionPart {
  readonly kind: AnswerType;
  /** The entities and terms it says, keyed as in `Candidate.matched`. */
  readonly keys: ReadonlySet<string>;
  /** Its own asked-for noun ("... and how many regions"), as `QuestionAnalysis.focus`. */
  readonly focus: QuestionFocus;
  readonly focusConcepts: ReadonlySet<string>;
}

export interface QuestionAnalysis {
  readonly lang: Locale;
  readonly type: QuestionType;
  /** The questions a compound question joins; empty for a single question. */
  readonly parts: readonly QuestionPart[];
  readonly terms: readonly Term[];
  readonly entities: ReadonlyMap<string, number>;
  readonly numbers: ReadonlySet<number>;
  readonly focus: QuestionFocus;
  /** Concepts of the asked-for noun phrase: how it is recognized in another language. */
  readonly focusConcepts: ReadonlySet<string>;
  /** For when-questions: the event asked about (start, rename, end). */
  readonly events: ReadonlySet<string>;
  readonly questionWords: ReadonlySet<string>;
  /** See `AnswerContext.commonWords`. */
  readonly commonWords: ReadonlyMap<Locale, ReadonlySet<string>>;
}

export interface Candidate {
  readonly passage: SourcePassage;
  readonly rank: number;
  readonly index: number;
  readonly text: string;
  readonly listItem: boolean;
  /** Share of the question's weighted terms this sentence (with its context) covers. */
  readonly coverage: number;
  /** The same share over the whole passage: title, heading and every sentence. */
  readonly passageCoverage: number;
  /** What the whole passage matches, as `matched` for the sentence. */
  readonly passageMatched: ReadonlyMap<string, number>;
  /** The question's entities and terms the sentence matches, with the weight each adds. */
  readonly matched: ReadonlyMap<string, number>;
  /** The question's whole weight, for shares of it. */
  readonly totalWeight: number;
  readonly typed: boolean;
  /** Whether its passage names a place or body the question names, when it names any. */
  readonly aboutAsked: boolean;
  /** The asked kinds the sentence holds (empty unless typed). */
  readonly kinds: ReadonlySet<AnswerType>;
  readonly score: number;
}

export interface SentenceFeatures {
  readonly lang: Locale;
  readonly tokens: readonly string[];
  readonly folded: readonly string[];
  /** Each token as it meets its cognates in other languages ("ministry", "министерство"). */
  readonly cognates: readonly CognateForm[];
  readonly stems: ReadonlySet<string>;
  readonly keys: ReadonlySet<string>;
  readonly entities: ReadonlySet<string>;
  readonly numbers: ReadonlySet<number>;
  /** Numbers that count something: the years left out, "2,000" kept. */
  readonly counts: ReadonlySet<number>;
  readonly concepts: ReadonlySet<string>;
  readonly responsible: boolean;
}
