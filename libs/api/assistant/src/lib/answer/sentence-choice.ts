import type { Locale } from '@portal/domain/locales';
import { words } from '@portal/api/text';
import { splitSentences } from '../text/sentences';
import { leansOn, statesNothing } from './leaning-sentences';
import { NO_KINDS } from './answer-kinds';
import type { SourcePassage } from './answer.types';
import type { Candidate, QuestionAnalysis } from './evidence.types';
import type { ExtractiveOptions } from './extractive-options';
import { UBIQUITOUS } from './question-analysis';
import { similar } from './sentence-features';
import { seriesItems } from './series';
import { partAnswers } from './question-parts';

/**
 * Which of the scored sentences an answer quotes: the one that leads (`inVisitorsLanguage`),
 * then those that cover what it leaves out, a lead-in's items and the sentence a pronoun
 * leans on (`chooseSentences`).
 */

/** Items a sentence must enumerate to be taken as a list question's list on that ground. */
const MIN_LIST_ITEMS = 4;

/** How many sentences may explain one item of a numbered list before the next number. */
const EXPLANATION_SENTENCES = 4;

/**
 * The best of the sentences that hold what was asked, or one in the visitor's language
 * nearly as good that meets every part of the question the best one meets: the same
 * expansion, date or name read in the visitor's own language beats a slightly better-scored
 * one that comes with "the source is in English". One that meets less is another answer.
 */
export function inVisitorsLanguage(
  typed: readonly Candidate[],
  lang: Locale,
  margin: number,
): Candidate | undefined {
  const first = typed[0];
  if (!first || first.passage.lang === lang) return first;
  const meetsAll = (c: Candidate) => [...first.matched.keys()].every((k) => c.matched.has(k));
  return (
    typed.find((c) => c.passage.lang === lang && c.score >= first.score - margin && meetsAll(c)) ??
    first
  );
}

/**
 * The sentences quoted for `best`, in the order taken: the further candidates that cover
 * what is still missing or answer more, within the length the options allow.
 */
export function chooseSentences(
  best: Candidate,
  candidates: readonly Candidate[],
  analysis: QuestionAnalysis,
  options: ExtractiveOptions,
): Candidate[] {
  const o = options;
  const chosen: Candidate[] = [];
  const covered = new Set<string>();
  let length = 0;
  const isList = analysis.type.type === 'list' || best.text.trim().endsWith(':');
  let limit = isList ? o.maxListChars : o.maxChars;
  const has = (c: { passage: SourcePassage; index: number }) =>
    chosen.some((x) => x.passage.id === c.passage.id && x.index === c.index);
  // "Desde hace años asiste la reforma policial ...": the leading sentence says what was
  // asked of the place or body the question names only through the sentence before it,
  // which names it (and whose subject a language without required subjects leaves out):
  // quoted alone it would not say whom it is about.
  const namesOnlyBefore = (c: Candidate) => {
    const prior = candidates.find((x) => x.passage.id === c.passage.id && x.index === c.index - 1);
    return [...analysis.entities].some(([id, weight]) => {
      const key = `e:${id}`;
      return (
        !UBIQUITOUS.has(id) &&
        (c.matched.get(key) ?? 0) < weight &&
        (prior?.matched.get(key) ?? 0) >= weight
      );
    });
  };
  const take = (c: Candidate): boolean => {
    if (has(c) || length + c.text.length > limit) return false;
    // "It also trains ...": quote what "it" is, too, or leave the sentence out. A heading
    // or a photo credit before it ("(OSCE/Jane Roe)") says nothing: a pronoun is then left
    // unresolved, while "the Mission" is the one the page's title names.
    const leaning = leansOn(c.text);
    if (c.index > 0 && (leaning !== 'none' || (c === best && namesOnlyBefore(c)))) {
      const before = splitSentences(c.passage.text)[c.index - 1];
      const prior = { ...c, index: c.index - 1, text: before?.text ?? '' };
      if (!before || before.listItem) {
        if (leaning !== 'none') return false;
      } else if (statesNothing(before, words(before.text).length)) {
        if (leaning === 'pronoun') return false;
      } else if (!has(prior)) {
        if (length + before.text.length + c.text.length > limit) return false;
        chosen.push({ ...prior, matched: new Map(), typed: false, kinds: NO_KINDS });
        length += before.text.length;
      }
    }
    chosen.push(c);
    length += c.text.length;
    for (const key of c.matched.keys()) covered.add(key);
    // A lead-in that ends in ":" brings its items, with the room a list gets: cut short,
    // a list would read as if it had no more items.
    if (c.text.trim().endsWith(':') || (isList && c === best)) {
      limit = Math.max(limit, o.maxListChars);
      takeItems(c, take);
    }
    return true;
  };
  take(best);
  const answersPart = partAnswers(analysis.parts, candidates);
  const opensPart = (c: Candidate) =>
    analysis.parts.some((_, i) => answersPart(c, i) && !chosen.some((x) => answersPart(x, i)));
  for (const c of candidates) {
    if (chosen.length >= o.maxSentences) break;
    if (c === best || c.passage.lang !== best.passage.lang) continue;
    if (c.score < best.score * 0.6 || chosen.some((x) => similar(x.text, c.text))) continue;
    let gain = 0;
    for (const [key, w] of c.matched) if (!covered.has(key)) gain += w;
    // A typed sentence from a passage not yet quoted, or one answering a part of a compound
    // question ("when ... and who ...") no chosen sentence answers, or else holding a kind
    // none holds, answers more, whatever words it shares; unless its passage is about
    // another place or body than the question names ("since 1993" of another mission).
    const answersMore =
      c.typed &&
      c.aboutAsked &&
      (!chosen.some((x) => x.typed && x.passage.id === c.passage.id) ||
        (analysis.parts.length
          ? opensPart(c)
          : [...c.kinds].some((k) => !chosen.some((x) => x.kinds.has(k)))));
    // For a list, or a "what" that asks what was said or done, a sentence enumerating more
    // items than any chosen one is the list itself, whatever words it shares: "The need to
    // train pilots, to mark channels, ... was stressed" after the sentence naming the seminar.
    const items = isList || analysis.type.type === 'definition' ? seriesItems(c.text) : 0;
    const longerList =
      items >= MIN_LIST_ITEMS && items > Math.max(...chosen.map((x) => seriesItems(x.text)));
    if (gain / c.totalWeight < o.minGain && !answersMore && !longerList) continue;
    if (!longerList) {
      take(c);
      continue;
    }
    // The list itself has the room a list gets, however much the sentences before it took;
    // what comes after it does not.
    const room = limit;
    limit = Math.max(limit, o.maxListChars);
    take(c);
    limit = room;
  }
  return chosen;
}

/** The list items that follow a lead-in in its passage, as far as the limit allows. */
function takeItems(lead: Candidate, take: (c: Candidate) => boolean): void {
  const sentences = splitSentences(lead.passage.text);
  let expected: number | undefined;
  for (let i = lead.index + 1; i < sentences.length; i++) {
    const next = sentences[i];
    if (!next) break;
    if (!next.listItem) {
      // "1) ... its explanation ... 2) ...": a numbered list may explain each item; it goes
      // on where the next number comes, and the explanations are not items.
      const ahead = sentences.slice(i + 1, i + 1 + EXPLANATION_SENTENCES);
      if (expected !== undefined && ahead.some((s) => s.ordinal === expected)) continue;
      break;
    }
    if (next.ordinal !== undefined) expected = next.ordinal + 1;
    const item: Candidate = {
      ...lead,
      index: i,
      text: next.text,
      listItem: true,
      matched: new Map(),
      typed: false,
      kinds: NO_KINDS,
    };
    if (!take(item)) break;
  }
}
