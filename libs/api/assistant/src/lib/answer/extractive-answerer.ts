import type { Locale } from '@portal/domain/locales';
import { NameLexicon } from '../text/name-lexicon';
import { splitSentences } from '../text/sentences';
import { statesNothing } from './leaning-sentences';
import { LRUCache } from 'lru-cache';
import { fold } from '@portal/api/text';
import { answersFocus, certainKinds, heldKinds, NO_KINDS, STRICT_KINDS } from './answer-kinds';
import type { DraftAnswer, SourcePassage } from './answer.types';
import { composeAnswer } from './citation-composer';
import { pagesInOrder, previousPassage } from './page-order';
import type { Candidate, QuestionAnalysis, SentenceFeatures } from './evidence.types';
import {
  DEFAULT_EXTRACTIVE_OPTIONS,
  type AnswerContext,
  type ExtractiveOptions,
} from './extractive-options';
import { answerConfidence, namesWhatIsAsked } from './confidence';
import { namesAPerson } from './question-focus';
import { REFUSAL } from './messages';
import { analyzeQuestion, UBIQUITOUS } from './question-analysis';
import { sentenceFeatures, termMatch, translatable } from './sentence-features';
import { chooseSentences, inVisitorsLanguage } from './sentence-choice';
import { examplesListed } from './series';
import { narrowToParts, partsAsQuestions } from './question-parts';

export { DEFAULT_EXTRACTIVE_OPTIONS } from './extractive-options';
export type { AnswerContext, ExtractiveOptions } from './extractive-options';

/**
 * The default, embedded answerer: no model, no network. Each sentence of the retrieved
 * passages is scored by how much of the question it covers, weighed by each word's rarity
 * (`sentence-features`), together with its passage, plus a bonus when it holds the asked
 * kind of answer (`answer-kinds`). One confidence score for the best sentence decides
 * between answering and refusing in the question's language; the answer then takes the
 * further sentences that cover what is still missing, a lead-in's items and the sentence a
 * pronoun leans on (`sentence-choice`), a sentence for each part of a compound question
 * (`question-parts`), and cites them (`citation-composer`). The weights are
 * named options (`extractive-options`), each with its reason.
 */

const FEATURE_CACHE_SIZE = 20_000;

/**
 * A name said only in an earlier passage of the same page counts this much: less than one in
 * the sentence before (0.7), since a page may move on to another place or actor.
 */
const EARLIER_NAME_MATCH = 0.5;

export class ExtractiveAnswerer {
  constructor(
    private readonly lexicon: NameLexicon = new NameLexicon(),
    private readonly options: ExtractiveOptions = DEFAULT_EXTRACTIVE_OPTIONS,
  ) {}

  /**
   * A sentence's features depend on its text and the two languages only, and the same
   * passages come back for question after question: they are computed once and kept for
   * the sentences read lately.
   */
  private readonly featureCache = new LRUCache<string, SentenceFeatures>({
    max: FEATURE_CACHE_SIZE,
  });
  /** The names a whole passage says, for `earlierNames`: the rest of its features is not needed. */
  private readonly nameCache = new LRUCache<string, ReadonlySet<string>>({
    max: FEATURE_CACHE_SIZE,
  });

  private features(text: string, passageLang: Locale, questionLang: Locale): SentenceFeatures {
    const key = `${passageLang}\u0000${questionLang}\u0000${text}`;
    let features = this.featureCache.get(key);
    if (!features) {
      features = sentenceFeatures(this.lexicon, text, passageLang, questionLang);
      this.featureCache.set(key, features);
    }
    return features;
  }

  private namesIn(text: string, lang: Locale): ReadonlySet<string> {
    const key = `${lang}\u0000${text}`;
    let names = this.nameCache.get(key);
    if (!names) {
      names = new Set(this.lexicon.findIn(text, lang).keys());
      this.nameCache.set(key, names);
    }
    return names;
  }

  /** The question taken apart: its kind, weighted terms, names, numbers and focus. */
  analyze(question: string, lang: Locale, context: AnswerContext = {}): QuestionAnalysis {
    return analyzeQuestion(this.lexicon, question, lang, context);
  }

  answer(
    question: string,
    lang: Locale,
    passages: readonly SourcePassage[],
    context: AnswerContext = {},
  ): DraftAnswer & { confidence: number; holdsKind: boolean; missesNames: boolean } {
    const analysis = analyzeQuestion(this.lexicon, question, lang, context);
    const said = fold(context.said ?? '');
    const candidates = this.candidates(analysis, lang, passages).filter(
      (c) => !said || !said.includes(fold(c.text)),
    );
    // A date, a number or an expansion can only come from a sentence that holds one: the
    // best such sentence leads, however well another one shares the question's words.
    const kinds = analysis.type.types?.length ? analysis.type.types : [analysis.type.type];
    const strict = kinds.every((k) => STRICT_KINDS.has(k));
    const leading = candidates.filter((c) => c.aboutAsked);
    const typedLead = inVisitorsLanguage(
      leading.filter((c) => c.typed),
      lang,
      this.options.typedMargin,
    );
    const top = leading[0];
    // A person or a place asked for: a sentence that names one leads over a slightly better
    // sharer of the question's words, which would be refused as holding no answer.
    const closeEnough =
      !!typedLead &&
      !!top &&
      kinds.some((k) => k !== 'definition') &&
      typedLead.score >= top.score - this.options.typedMargin;
    const best = ((strict || closeEnough) && typedLead) || top;
    const confidence = best ? answerConfidence(best, analysis, this.options, this.lexicon) : 0;
    if (!best || confidence < this.options.minConfidence)
      return {
        answer: REFUSAL[lang],
        refused: true,
        citations: [],
        confidence,
        holdsKind: false,
        missesNames: true,
      };
    const chosen = chooseSentences(best, candidates, analysis, this.options);
    // Whether the answer holds what was asked (a name for "who"), beyond sharing its words.
    const holdsKind = best.typed || kinds.every((k) => k === 'definition');
    // Whether a place or body the question names is missing from the answer's sentence and
    // its passage: an answer about the Final Act in general for "who signed it for Italy".
    const missesNames = [...analysis.entities.keys()].some(
      (id) => !UBIQUITOUS.has(id) && !best.passageMatched.has(`e:${id}`),
    );
    return { ...composeAnswer(chosen, lang), confidence, holdsKind, missesNames };
  }

  private candidates(
    analysis: QuestionAnalysis,
    lang: Locale,
    passages: readonly SourcePassage[],
  ): Candidate[] {
    const entityWeight = [...analysis.entities.values()].reduce((s, w) => s + w, 0);
    const ownWeight = analysis.terms.reduce((s, t) => s + t.weight, 0) + entityWeight;
    if (ownWeight === 0) return [];
    // In another language only names, acronyms, numbers and concepts can be recognized:
    // the question's other words count half, lest no such passage ever reach the coverage.
    const crossWeight =
      analysis.terms.reduce((s, t) => s + (translatable(t) ? t.weight : t.weight / 2), 0) +
      entityWeight;
    const o = this.options;
    const out: Candidate[] = [];
    const byUrl = new Map(passages.map((p) => [p.url, p]));
    const namedIds = [...analysis.entities.keys()].filter((id) => !UBIQUITOUS.has(id));
    const earlierNames = this.earlierNames(passages);
    const bonuses = new Map<Candidate, number>();
    // A compound question's parts, each with its own asked-for noun.
    const asked = partsAsQuestions(analysis);
    passages.forEach((passage, rank) => {
      const crossLingual = passage.lang !== lang;
      const totalWeight = crossLingual ? crossWeight : ownWeight;
      const sentences = splitSentences(passage.text);
      const context = this.features(
        `${passage.title}. ${passage.heading ?? ''}`,
        passage.lang,
        lang,
      );
      const named = earlierNames.get(passage.id);
      const features = sentences.map((x) => this.features(x.text, passage.lang, lang));
      // The sentence before the first is the last of the passage before, when it was found too.
      const earlier = previousPassage(passage, byUrl);
      const lastBefore = earlier && splitSentences(earlier.text).at(-1);
      const beforeFirst = lastBefore
        ? this.matchesOf(
            analysis,
            this.features(lastBefore.text, passage.lang, lang),
            context,
            undefined,
            crossLingual,
            named,
          )
        : undefined;
      const own = features.map((f, index) =>
        this.matchesOf(analysis, f, context, features[index - 1], crossLingual, named),
      );
      // "The Presence focuses on:" continues the sentence before it, which says whose focus.
      const matches = own.map((m, index) => {
        const before = index === 0 ? beforeFirst : own[index - 1];
        if (!before || !sentences[index]?.text.trim().endsWith(':')) return m;
        const weights = new Map(m.weights);
        for (const [key, v] of before.weights)
          weights.set(key, Math.max(weights.get(key) ?? 0, o.leadInShare * v));
        const covered = [...weights.values()].reduce((sum, v) => sum + v, 0);
        return { ...m, weights, covered, anchored: m.anchored || before.anchored };
      });
      const asksList = analysis.type.type === 'list';
      // The passage as a whole: each term at its best match in any sentence or the title.
      const best = new Map<string, number>();
      for (const m of matches)
        for (const [key, v] of m.weights) best.set(key, Math.max(best.get(key) ?? 0, v));
      const passageCoverage = [...best.values()].reduce((s, v) => s + v, 0) / totalWeight;
      // A passage about another place or body than the question names could never be
      // answered from (see `answerConfidence`): it may add to an answer, never lead one.
      const aboutAsked = namesWhatIsAsked(this.lexicon, analysis, passage, best);
      sentences.forEach((sentence, index) => {
        const f = features[index];
        const m = matches[index];
        if (!f || !m) return;
        const coverage = m.covered / totalWeight;
        const titleLike = statesNothing(sentence, f.tokens.length);
        // Across languages a passage must share something that survives translation, and
        // the places and bodies the question names: without them it is about something else.
        if (
          crossLingual &&
          (!m.anchored || (namedIds.length > 0 && !namedIds.some((id) => m.weights.has(`e:${id}`))))
        )
          return;
        if (titleLike || coverage < o.minSentenceCoverage) return;
        const held = heldKinds(this.lexicon, analysis, sentence.text, f, sentences, index);
        const typed =
          held.size > 0 &&
          [analysis, ...asked].some((q) =>
            answersFocus(this.lexicon, q, sentence.text, f, context, passage.lang, lang),
          );
        // "Who": a person's name is surer than a body or a role.
        const bonusShare =
          typed &&
          held.size === 1 &&
          held.has('person') &&
          !namesAPerson(
            f.tokens,
            analysis.questionWords,
            [...this.lexicon.find(sentence.text).values()].flat(),
            analysis.commonWords.get(passage.lang),
          )
            ? o.unnamedPersonShare
            : 1;
        // A lead-in and its items, on the lines that follow or inline ("issues such as A, B
        // and C"), has the shape of a list's answer, which a sentence that merely holds
        // commas (names with their titles, a list of participants) has not.
        const leadsList =
          asksList &&
          ((sentence.text.trim().endsWith(':') && !!sentences[index + 1]?.listItem) ||
            examplesListed(sentence.text) > 0);
        const bonus = typed ? o.typedBonus * bonusShare : 0;
        const score =
          (1 - o.passageShare) * coverage +
          o.passageShare * passageCoverage +
          bonus +
          (leadsList ? o.leadInBonus : 0) +
          0.12 / (rank + 1) +
          (index === 0 ? 0.03 : 0) +
          (passage.lang === lang ? 0.08 : 0) -
          (sentence.text.length > 350 ? 0.1 : 0);
        const candidate: Candidate = {
          passage,
          rank,
          index,
          text: sentence.text,
          listItem: sentence.listItem,
          coverage,
          passageCoverage,
          passageMatched: best,
          matched: m.weights,
          totalWeight,
          typed,
          aboutAsked,
          kinds: typed ? certainKinds(this.lexicon, analysis, held, sentence.text, f) : NO_KINDS,
          score,
        };
        bonuses.set(candidate, bonus);
        out.push(candidate);
      });
    });
    return narrowToParts(analysis.parts, out, (c) => bonuses.get(c) ?? 0).sort(
      (a, b) => b.score - a.score,
    );
  }

  /**
   * How a sentence meets each of the question's entities and terms (weight times match,
   * keyed `e:<id>` or `t:<index>`); a name missing from the sentence counts partly when its
   * title or the sentence before names it.
   */
  private matchesOf(
    analysis: QuestionAnalysis,
    f: SentenceFeatures,
    context: SentenceFeatures,
    previous: SentenceFeatures | undefined,
    crossLingual: boolean,
    named?: ReadonlySet<string>,
  ): { weights: Map<string, number>; covered: number; anchored: boolean } {
    const weights = new Map<string, number>();
    let anchored = false;
    for (const [id, weight] of analysis.entities) {
      const m = f.entities.has(id)
        ? 1
        : context.entities.has(id) || previous?.entities.has(id)
          ? 0.7
          : named?.has(id)
            ? EARLIER_NAME_MATCH
            : 0;
      if (m > 0 && weight >= 1) anchored = true;
      if (m > 0) weights.set(`e:${id}`, m * weight);
    }
    analysis.terms.forEach((term, i) => {
      const m = Math.max(termMatch(term, f), 0.6 * termMatch(term, context));
      if (
        m > 0 &&
        translatable(term) &&
        (term.name || term.invariant || term.concepts.length || !crossLingual)
      )
        anchored = true;
      if (m > 0) weights.set(`t:${i}`, m * term.weight);
    });
    const covered = [...weights.values()].reduce((s, v) => s + v, 0);
    return { weights, covered, anchored };
  }

  /**
   * For each passage, the names said in the passages before it on the same page that are at
   * hand. A report names its country and its actors in its first lines and then speaks of
   * "the ministry" and "the vehicles": a later passage is still about them.
   */
  private earlierNames(passages: readonly SourcePassage[]): Map<string, ReadonlySet<string>> {
    const out = new Map<string, ReadonlySet<string>>();
    for (const page of pagesInOrder(passages)) {
      const seen = new Set<string>();
      for (const passage of page) {
        if (seen.size) out.set(passage.id, new Set(seen));
        for (const id of this.namesIn(passage.text, passage.lang)) seen.add(id);
      }
    }
    return out;
  }
}
