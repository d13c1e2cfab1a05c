import { NO_KINDS } from './answer-kinds';
import type { Candidate, QuestionAnalysis, QuestionPart } from './evidence.types';

/**
 * A sentence holding a part's kind answers the part if it says at least this share of what
 * the best such sentence says of it: one that says clearly less ("... coordinates with the
 * Council of Europe" for "where was its head office") is about something else.
 */
const PART_SHARE = 0.75;

/**
 * How sentences meet the parts of a compound question ("When did the council decide ...,
 * and where was its office to be?"). A sentence answers a part when it holds the part's
 * kind and says about as much of the part ("office") as any sentence holding that kind: the
 * place in the date's sentence ("... decided in Vienna") is where the council met, not the
 * office. Where no sentence holding that kind says anything of the part, any holder answers
 * it, as for a single question: the words may be a pronoun or a synonym away.
 */
export function partAnswers(
  parts: readonly QuestionPart[],
  candidates: readonly Candidate[],
): (c: Candidate, part: number) => boolean {
  const said = (c: Candidate, part: QuestionPart) =>
    [...part.keys].reduce((sum, key) => sum + (c.matched.get(key) ?? 0), 0);
  const best = parts.map((part) =>
    Math.max(0, ...candidates.filter((c) => c.kinds.has(part.kind)).map((c) => said(c, part))),
  );
  return (c, i) => {
    const part = parts[i];
    if (!part || !c.kinds.has(part.kind)) return false;
    const most = best[i] ?? 0;
    return most === 0 || said(c, part) >= PART_SHARE * most;
  };
}

/**
 * The candidates with the kinds they hold narrowed to those of the parts they answer (kinds
 * no part asks for are kept). One left holding none is no longer typed and loses the bonus
 * it had for that (`bonus`), so that a bystander place does not lead a "where" it does not
 * answer.
 */
export function narrowToParts(
  parts: readonly QuestionPart[],
  candidates: readonly Candidate[],
  bonus: (c: Candidate) => number,
): Candidate[] {
  if (parts.length < 2) return [...candidates];
  const answers = partAnswers(parts, candidates);
  return candidates.map((c) => {
    if (!c.typed) return c;
    const kinds = new Set(
      [...c.kinds].filter(
        (kind) =>
          !parts.some((p) => p.kind === kind) ||
          parts.some((p, i) => p.kind === kind && answers(c, i)),
      ),
    );
    if (kinds.size === c.kinds.size) return c;
    if (kinds.size) return { ...c, kinds };
    return { ...c, kinds: NO_KINDS, typed: false, score: c.score - bonus(c) };
  });
}

/**
 * Each part as if it were asked alone, its kind and asked-for noun its own: "how many
 * monitors ..., and to how many regions ..." counts regions in its second part, which a
 * sentence saying "9 regions" answers though it counts no monitors.
 */
export function partsAsQuestions(analysis: QuestionAnalysis): QuestionAnalysis[] {
  return analysis.parts.map((part) => ({
    ...analysis,
    type: { type: part.kind, types: [part.kind] },
    focus: part.focus,
    focusConcepts: part.focusConcepts,
  }));
}
