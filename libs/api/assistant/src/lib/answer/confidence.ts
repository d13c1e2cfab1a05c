import { fold, words } from '@portal/api/text';
import type { NameLexicon } from '../text/name-lexicon';
import { echoesQuestion, LOOSE_KINDS, STRICT_KINDS } from './answer-kinds';
import type { SourcePassage } from './answer.types';
import type { Candidate, QuestionAnalysis } from './evidence.types';
import type { ExtractiveOptions } from './extractive-options';
import { UBIQUITOUS } from './question-analysis';

/**
 * How well the evidence supports an answer: the best sentence's coverage of the question
 * blended with its passage's, plus the answer-kind bonus. One score for every question, so
 * that one threshold (`minConfidence`) decides between answering and refusing.
 */
export function answerConfidence(
  best: Candidate,
  analysis: QuestionAnalysis,
  o: ExtractiveOptions,
  lexicon: NameLexicon,
): number {
  const kinds = analysis.type.types?.length ? analysis.type.types : [analysis.type.type];
  if (!best.typed && kinds.every((k) => STRICT_KINDS.has(k))) return 0;
  // "Who is the Secretary General?", "In which city ...?": a sentence naming no one, or no
  // place, answers nothing.
  if (!best.typed && (analysis.focus.wantsPerson || analysis.type.named)) return 0;
  if (!namesWhatIsAsked(lexicon, analysis, best.passage, best.passageMatched)) return 0;
  // "What is ...", "Does ...": no kind asked, so holding one earns nothing; but "what is the
  // budget of X" asks for the budget, which a sentence about X without it does not give.
  const asksKind = kinds.some((k) => k !== 'definition');
  const kindBonus = !asksKind
    ? analysis.focus.head && !best.typed
      ? -o.unfocusedPenalty
      : 0
    : best.typed
      ? o.typedBonus
      : kinds.some((k) => LOOSE_KINDS.has(k) || STRICT_KINDS.has(k))
        ? -o.untypedPenalty
        : 0;
  return (1 - o.passageShare) * best.coverage + o.passageShare * best.passageCoverage + kindBonus;
}

/**
 * "Which city hosted the end of Portugal's Chairmanship?": a passage that names none of the
 * places and bodies the question names (in its text, title or earlier on its page), nor a
 * form of one ("Portuguese"), is about another one, however well it answers the kind.
 */
export function namesWhatIsAsked(
  lexicon: NameLexicon,
  analysis: QuestionAnalysis,
  passage: SourcePassage,
  passageMatched: ReadonlyMap<string, number>,
): boolean {
  const named = [...analysis.entities.keys()].filter((id) => !UBIQUITOUS.has(id));
  return (
    !named.length ||
    named.some((id) => passageMatched.has(`e:${id}`) || saysFormOf(lexicon, passage, id))
  );
}

/** Whether the passage says a form of one of the entity's names ("Swedish"). */
function saysFormOf(lexicon: NameLexicon, passage: SourcePassage, id: string): boolean {
  const names = new Set(
    lexicon
      .names(id)
      .filter((n) => !/\s/.test(n.trim()))
      .map(fold),
  );
  if (!names.size) return false;
  const { title, heading, text } = passage;
  return words(`${title} ${heading ?? ''} ${text}`).some(
    (t) => /^\p{Lu}/u.test(t) && echoesQuestion(t, names),
  );
}
