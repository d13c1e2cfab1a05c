import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { RunnableLambda, RunnableSequence } from '@langchain/core/runnables';
import { Document } from '@langchain/core/documents';
import { isLocale, LOCALES, type Locale } from '@portal/domain/locales';
import { findConcepts, getConcept } from '@portal/domain/policing';
import type { RetrievedPassage } from '@portal/api/search';
import { detectLanguage } from '@portal/api/ingestion';
import type { DraftAnswer, SourcePassage } from '../answer/answer.types';
import { questionType } from '../answer/answer-type';
import { ExtractiveAnswerer, type AnswerContext } from '../answer/extractive-answerer';
import { questionFocus, RESPONSIBILITY_WORDS } from '../answer/question-focus';
import { TranslationLexicon, fold, isStopword, words } from '@portal/api/text';
import { groundAnswer } from '../answer/grounding';
import { REFUSAL } from '../answer/messages';
import { ANSWER_PROMPT } from '../prompts/answer.prompt';
import {
  PortalRetriever,
  toSourcePassage,
  type PassageSearch,
} from '../retrieval/portal.retriever';
import { conceptIds } from '../text/concepts';
import type { NameLexicon } from '../text/name-lexicon';

export interface HistoryTurn {
  readonly role: 'user' | 'assistant';
  readonly content: string;
}

export interface ChainInput {
  readonly question: string;
  readonly lang?: Locale;
  readonly history?: readonly HistoryTurn[];
}

export interface ChainOutput extends DraftAnswer {
  readonly lang: Locale;
  readonly standalone: string;
  readonly sources: readonly SourcePassage[];
}

const FOLLOW_UP =
  /^(and|but|also|et|mais|und|aber|e|ma|y|pero|а|и|но)\b|\b(it|its|they|them|this|that|il|elle|ils|es|sie|er|ihn|esso|essa|lo|la|ciò|ello|ella|él|он|она|оно|они|его|её|их)\b/iu;

/**
 * question -> language -> follow-up condensed with the history -> retrieval -> answer
 * (extractive, or a chat model) -> grounding check -> citations, as one LangChain runnable.
 */
export function createAnswerChain(deps: {
  readonly search: PassageSearch;
  readonly lexicon: NameLexicon;
  readonly model: BaseChatModel | null;
  readonly answerer: ExtractiveAnswerer;
  readonly limit?: number;
  /** The passage after a passage (by id), for a lead-in whose list was indexed apart. */
  readonly nextPassages?: (passage: SourcePassage, count: number) => Promise<string[]>;
}) {
  const language = RunnableLambda.from((input: ChainInput) => ({
    ...input,
    lang: input.lang && isLocale(input.lang) ? input.lang : detectLanguage(input.question, 'en'),
  }));
  const condense = RunnableLambda.from((input: ChainInput & { lang: Locale }) => ({
    ...input,
    standalone: condenseQuestion(input.question, input.history ?? [], deps.lexicon),
  }));
  const retrieve = RunnableLambda.from(
    async (input: ChainInput & { lang: Locale; standalone: string }) => {
      const limit = deps.limit ?? 8;
      const retriever = new PortalRetriever({ search: deps.search, lang: input.lang, limit });
      const query = expandQuery(input.standalone, deps.lexicon, input.lang);
      const docs = (await retriever.invoke(query)) as Document<RetrievedPassage>[];
      const found = docs.map(toSourcePassage);
      // The passage a question's words found need not be the one that answers: the list
      // after a lead-in, the quote after the event. The best document is read whole too.
      const around = await readWhole([found.slice(0, 1)], deps.search, 1);
      const primary = await withContinuations(
        [...found, ...around.filter((p) => !found.some((f) => f.id === p.id))],
        deps.nextPassages,
      );
      const context: AnswerContext = {
        rarity: await wordRarity(deps.search, input.standalone, input.lang),
        translations: (await deps.search.translations?.()) ?? TranslationLexicon.EMPTY,
        said: asksForMore(input.question) ? lastAnswer(input.history ?? []) : undefined,
      };
      const draft = deps.answerer.answer(input.standalone, input.lang, primary, context);
      // A weak answer, one that shares the question's words without holding what it asks
      // (no name for "who"), or one whose passage leaves out a place or body the question
      // names, may have its source in another language.
      const anchors =
        draft.confidence < CROSS_LINGUAL_BELOW || !draft.holdsKind || draft.missesNames
          ? anchorQuery(input.standalone, deps.lexicon, input.lang)
          : undefined;
      if (!anchors) return { ...input, sources: primary, draft, context };
      // The question's own words found no good answer: ask again with its names, numbers and
      // concepts in each other language, since a passage written in another language shares
      // none of the question's words and ranks too low the first time. Pages exist in all
      // six languages; only documents come in one, so only documents are searched, each
      // language on its own so that its text search reads the anchors as its own words.
      const perLanguage = await Promise.all(
        LOCALES.filter((l) => l !== input.lang).map(async (l) =>
          (
            await deps.search.retrieve({
              query: `${anchors} ${translatedWords(input.standalone, input.lang, l, context.translations)}`,
              lang: l,
              limit,
              types: ['document'],
            })
          )
            .filter((p) => p.lang === l)
            .map((p) =>
              toSourcePassage(new Document({ pageContent: p.text, metadata: p, id: p.id })),
            ),
        ),
      );
      const anchored = await readWhole(perLanguage, deps.search);
      const sources = await withContinuations(
        interleave(primary, anchored, limit),
        deps.nextPassages,
      );
      return { ...input, sources, draft: undefined, context };
    },
  );
  const answer = RunnableLambda.from(
    async (
      input: ChainInput & {
        lang: Locale;
        standalone: string;
        sources: SourcePassage[];
        draft?: DraftAnswer;
        context?: AnswerContext;
      },
    ): Promise<ChainOutput> => {
      const base = { lang: input.lang, standalone: input.standalone, sources: input.sources };
      if (input.sources.length === 0)
        return { ...base, answer: REFUSAL[input.lang], refused: true, citations: [] };
      if (!deps.model) {
        const draft =
          input.draft ??
          deps.answerer.answer(input.standalone, input.lang, input.sources, input.context);
        return {
          ...base,
          answer: draft.answer,
          refused: draft.refused,
          citations: draft.citations,
        };
      }
      const passages = input.sources
        .map(
          (p, i) =>
            `[${i + 1}] (${p.lang}) ${p.title}${p.heading ? ` – ${p.heading}` : ''}\n"""\n${p.text}\n"""`,
        )
        .join('\n\n');
      const messages = await ANSWER_PROMPT.formatMessages({
        lang: input.lang,
        refusal: REFUSAL[input.lang],
        passages,
        question: input.standalone,
      });
      const reply = await deps.model.invoke(messages);
      const text =
        typeof reply.content === 'string'
          ? reply.content
          : reply.content.map((c) => ('text' in c ? c.text : '')).join('');
      const grounded = groundAnswer(text, input.lang, input.sources, deps.lexicon);
      return { ...base, ...grounded };
    },
  );
  return RunnableSequence.from([language, condense, retrieve, answer]);
}

/** The question's content words in another language, as far as the learned lexicon knows them. */
function translatedWords(
  question: string,
  from: Locale,
  to: Locale,
  lexicon: TranslationLexicon | undefined,
): string {
  if (!lexicon) return '';
  const out = new Set<string>();
  for (const w of words(question)) {
    if (w.length < 3 || isStopword(w)) continue;
    const best = lexicon.translate(w, from, to)[0];
    if (best) out.add(best.word);
  }
  return [...out].join(' ');
}

/** The question's words by folded form, with how rare each is in the index. */
async function wordRarity(
  search: PassageSearch,
  question: string,
  lang: Locale,
): Promise<ReadonlyMap<string, number> | undefined> {
  if (!search.rarity) return undefined;
  const byWord = await search.rarity(
    words(question).map((w) => w.toLowerCase()),
    lang,
  );
  return new Map([...byWord].map(([w, r]) => [fold(w), r]));
}

/**
 * A follow-up ("And when was it renamed?") borrows the names and key words of the
 * previous question, so retrieval and answering see what "it" refers to.
 */
export function condenseQuestion(
  question: string,
  history: readonly HistoryTurn[],
  lexicon: NameLexicon,
): string {
  const previous = [...history].reverse().find((t) => t.role === 'user')?.content;
  if (!previous) return question;
  const swapped = askedOfAnother(question, previous, lexicon);
  if (swapped) return swapped;
  const ownNames =
    lexicon.find(question).size + (question.match(/(?<!^)\b\p{Lu}{2,}\b/gu)?.length ?? 0);
  const short = words(question).filter((w) => !isStopword(w)).length <= 3;
  if (!FOLLOW_UP.test(question.trim()) && (ownNames > 0 || !short)) return question;
  if (ownNames > 0 && !FOLLOW_UP.test(question.trim())) return question;
  const names = [...lexicon.find(previous).values()].map((spans) => spans[0]).filter(Boolean);
  const capitalized = words(previous).filter(
    (w, i) => i > 0 && /^\p{Lu}/u.test(w) && !names.some((n) => n?.includes(fold(w))),
  );
  // "When was the college in Dushanbe opened?" -> "How many took its courses?": the
  // name alone (Dushanbe) would find the city's other pages; the college comes along too.
  const taken = new Set([...names, ...capitalized].map((w) => fold(w ?? '')));
  const content = words(previous).filter((w) => {
    const f = fold(w);
    if (isStopword(w) || f.length < 4 || taken.has(f) || [...taken].some((t) => t.includes(f)))
      return false;
    taken.add(f);
    return true;
  });
  const borrowed = [...names, ...capitalized, ...content].slice(0, 6);
  return `${question.replace(/\s*[?？]\s*$/, '')} (${[...new Set(borrowed)].join(' ')})?`;
}

/** "What else", "anything more", "quoi d'autre", "was noch", "cos'altro", "qué más", "что ещё". */
const MORE =
  /(?<![\p{L}])(?:else|other|more|autres?|encore|sonst|noch|weitere[nrs]?|altro|altri|altre|ancora|m[aá]s|otros?|otras?|ещ[её]|други[ех]|другое)(?![\p{L}])/iu;

function asksForMore(question: string): boolean {
  return MORE.test(question);
}

/** The assistant's last answer, without its citation marks. */
function lastAnswer(history: readonly HistoryTurn[]): string | undefined {
  const turn = [...history].reverse().find((t) => t.role === 'assistant');
  return turn?.content.replace(/\[\d+\]/g, ' ');
}

/** Places are one kind (a country for a city will do), bodies another. */
function kindOf(id: string): string {
  return id.startsWith('city:') || id.startsWith('country:') ? 'place' : 'body';
}

/**
 * "And in Moldova?", "Und beim BDIMR?": a short follow-up that names only a new place or
 * body asks the previous question of it. The previous question's names of that kind are
 * replaced by the new ones, so retrieval does not look for both.
 */
function askedOfAnother(
  question: string,
  previous: string,
  lexicon: NameLexicon,
): string | undefined {
  const found = lexicon.find(question);
  const rest = [...found.values()]
    .flat()
    .reduce((text, span) => text.replace(span, ' '), fold(question));
  if (found.size === 0 || words(rest).some((w) => !isStopword(w))) return undefined;
  const newByKind = new Map<string, string>();
  for (const [id, spans] of found) {
    if (id === 'osce' || !spans[0]) continue;
    newByKind.set(kindOf(id), originalAt(question, spans[0]));
  }
  const before = lexicon.find(previous);
  let out = previous;
  let replaced = false;
  for (const [id, spans] of before) {
    const name = newByKind.get(kindOf(id));
    if (!name || found.has(id)) continue;
    for (const span of spans) {
      const original = originalAt(out, span);
      if (!original) continue;
      out = out.replace(original, name);
      replaced = true;
    }
  }
  return replaced ? out : undefined;
}

/** The text as written where its folded form reads `span` (folding keeps lengths). */
function originalAt(text: string, span: string): string {
  const folded = fold(text).replace(/[’']/g, "'");
  const at = folded.indexOf(span);
  return at >= 0 && folded.length === text.length ? text.slice(at, at + span.length) : span;
}

/**
 * Adds the other languages' acronyms and short names of the entities a question names, and
 * for a who-is-responsible question the language's words of being responsible.
 */
export function expandQuery(question: string, lexicon: NameLexicon, lang: Locale): string {
  const extra = new Set<string>();
  if (questionFocus(question, lang, questionType(question, lang).type).responsibility)
    extra.add(RESPONSIBILITY_WORDS[lang]);
  for (const id of lexicon.find(question).keys()) {
    for (const name of lexicon.names(id)) if (name.split(/\s+/).length <= 2) extra.add(name);
  }
  return extra.size ? `${question} ${[...extra].join(' ')}` : question;
}

/**
 * Names (every language's form) and thesaurus concepts (every language's terms) of the
 * question, or undefined when it has none. Numbers and acronyms are kept as they are.
 */
export function anchorQuery(
  question: string,
  lexicon: NameLexicon,
  lang?: Locale,
): string | undefined {
  const anchors = new Set<string>();
  for (const id of lexicon.find(question).keys()) {
    if (id === 'osce') continue;
    for (const name of lexicon.names(id)) if (name.split(/\s+/).length <= 3) anchors.add(name);
  }
  // Concepts also in inflected forms ("donne poliziotto" -> women in policing).
  const concepts = new Map(findConcepts(question).map((m) => [m.concept.id, m.concept]));
  for (const id of lang ? conceptIds(question, lang) : []) {
    const concept = getConcept(id);
    if (concept) concepts.set(id, concept);
  }
  for (const concept of concepts.values()) {
    if (['police', 'policing', 'participating-states'].includes(concept.id)) continue;
    // The shortest term per language: an acronym or a city rather than a long official name
    // whose common words ("human", "rights") would match everything.
    for (const locale of LOCALES) {
      const term = [...concept.terms[locale]].sort(
        (a, b) => a.split(/\s+/).length - b.split(/\s+/).length,
      )[0];
      if (term) anchors.add(term);
    }
  }
  for (const w of question.match(/(?<![\p{L}])[\p{Lu}]{2,8}(?![\p{L}])/gu) ?? []) {
    if (!['OSCE', 'OSZE', 'ОБСЕ'].includes(w)) anchors.add(w);
  }
  for (const n of question.match(/\d[\d,.]*/g) ?? []) anchors.add(n);
  // Other names as written ("Helsinki", "Vucitrn"); German capitalizes every noun, so there
  // only the lexicon's names and acronyms count.
  if (lang !== 'de') {
    words(question).forEach((w, i) => {
      if (i > 0 && w.length >= 4 && /^\p{Lu}\p{Ll}/u.test(w) && !isStopword(w)) anchors.add(w);
    });
  }
  return anchors.size ? [...anchors].join(' ') : undefined;
}

/** Below this confidence in the question's own language, sources in the others are sought. */
const CROSS_LINGUAL_BELOW = 0.6;

/** Documents found in each other language, at most this many per language, are read whole. */
const DOCUMENTS_PER_LANGUAGE = 2;
/** A document longer than this many passages is read from its found passages only. */
const WHOLE_DOCUMENT_PASSAGES = 10;

/**
 * A question in another language matches a document only by its names, numbers and a few
 * translated words, which need not be in the passage that holds the answer: the best
 * documents of each language (by their best passage) are read whole, the languages taking
 * turns, so that one document cannot fill every place.
 */
export async function readWhole(
  perLanguage: readonly (readonly SourcePassage[])[],
  search: PassageSearch,
  perLanguageDocuments = DOCUMENTS_PER_LANGUAGE,
): Promise<SourcePassage[]> {
  const documents = roundRobin(
    perLanguage.map((passages) => {
      const seen = new Set<string>();
      return passages.filter((p) => {
        const key = p.documentId ?? p.url.split('#')[0] ?? p.id;
        if (seen.has(key)) return false;
        seen.add(key);
        return seen.size <= perLanguageDocuments;
      });
    }),
  );
  if (!search.itemPassages) return roundRobin(perLanguage);
  if (!documents.length) return [];
  const read = await search.itemPassages(
    documents.map((d) => d.id),
    WHOLE_DOCUMENT_PASSAGES,
  );
  const whole = documents.map((best) => {
    const passages = read.get(best.id) ?? [];
    if (!passages.length) return [best];
    const page = best.url.split('#')[0];
    // The found passage first: it is what matched the question.
    const ordered = [
      ...passages.filter((p) => p.id === best.id),
      ...passages.filter((p) => p.id !== best.id),
    ];
    return ordered.map((p) => ({
      ...best,
      id: p.id,
      heading: p.heading,
      text: p.text,
      url: `${page}#${p.anchor}`,
    }));
  });
  return whole.flat();
}

/** The first of each list, then the second of each, and so on. */
function roundRobin<T>(lists: readonly (readonly T[])[]): T[] {
  const out: T[] = [];
  const longest = Math.max(0, ...lists.map((l) => l.length));
  for (let i = 0; i < longest; i++)
    for (const l of lists) if (l[i] !== undefined) out.push(l[i] as T);
  return out;
}

/** The primary ranking first, the anchor ranking's new passages woven in from rank 3 on. */
function interleave(
  primary: readonly SourcePassage[],
  anchored: readonly SourcePassage[],
  limit: number,
): SourcePassage[] {
  const out: SourcePassage[] = [];
  const seen = new Set<string>();
  const push = (p: SourcePassage | undefined) => {
    if (p && !seen.has(p.id)) {
      seen.add(p.id);
      out.push(p);
    }
  };
  push(primary[0]);
  push(primary[1]);
  for (let i = 0; i < primary.length || i < anchored.length; i++) {
    push(anchored[i]);
    push(primary[i + 2]);
  }
  return out.slice(0, limit * 4);
}

const MAX_LIST_ITEMS = 16;

/**
 * A list is often indexed apart from its lead-in ("... the following areas:") or split over
 * several passages (one per item, or a chunk boundary inside the list). A passage that
 * leaves a list open (it ends in ":", or its last item ends in ";" or ",") takes the items
 * of the passages after it, one per line, up to the item that closes the list.
 */
async function withContinuations(
  passages: SourcePassage[],
  next: ((passage: SourcePassage, count: number) => Promise<string[]>) | undefined,
): Promise<SourcePassage[]> {
  if (!next) return passages;
  const out: SourcePassage[] = [];
  for (const [i, p] of passages.entries()) {
    if (i >= 5 || !leavesListOpen(p.text)) {
      out.push(p);
      continue;
    }
    const items: string[] = [];
    following: for (const body of await next(p, MAX_LIST_ITEMS)) {
      const lines = body.split('\n').filter((l) => l.trim());
      for (const line of lines) {
        const bullet = LIST_BULLET.exec(line.trim());
        // A passage of one line is one item; in a longer one only bulleted lines are.
        if (!bullet && lines.length > 1) break following;
        const item = line
          .trim()
          .slice(bullet?.[0].length ?? 0)
          .trim();
        if (!item || item.endsWith(':') || item.length > 600) break following;
        items.push(`- ${item}`);
        if (!/[;,]$/.test(item)) break following;
      }
    }
    out.push(items.length ? { ...p, text: `${p.text}\n${items.join('\n')}` } : p);
  }
  return out;
}

const LIST_BULLET = /^(?:[-*•–]\s+|\d+[.)]\s+)/;

/** Ends in a lead-in, or in a list item that says more items follow. */
export function leavesListOpen(text: string): boolean {
  const last = text.trim().split('\n').pop()?.trim() ?? '';
  if (last.endsWith(':')) return true;
  return LIST_BULLET.test(last) && /[;,]$/.test(last);
}
