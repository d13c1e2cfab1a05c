import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { RunnableLambda, RunnableSequence } from '@langchain/core/runnables';
import { Document } from '@langchain/core/documents';
import { isLocale, LOCALES, type Locale } from '@portal/domain/locales';
import type { RetrievedPassage } from '@portal/api/search';
import { detectLanguage } from '@portal/api/ingestion';
import type { DraftAnswer, SourcePassage } from '../answer/answer.types';
import { ExtractiveAnswerer, type AnswerContext } from '../answer/extractive-answerer';
import { TranslationLexicon, fold, words } from '@portal/api/text';
import { groundAnswer } from '../answer/grounding';
import { REFUSAL } from '../answer/messages';
import { ANSWER_PROMPT } from '../prompts/answer.prompt';
import {
  PortalRetriever,
  toSourcePassage,
  type PassageSearch,
} from '../retrieval/portal.retriever';
import type { NameLexicon } from '../text/name-lexicon';
import { asksForMore, condenseQuestion, lastAnswer, type HistoryTurn } from './follow-up';
import { readWhole, interleave, withContinuations } from './passage-assembly';
import { anchorQuery, expandQuery, translatedWords } from './query-expansion';
import { capitalizedWords, commonAmong, commonCapitalized, lists } from './common-words';

export type { HistoryTurn };

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
      // after a lead-in, the quote after the event. The two best items are read whole too,
      // since the best may be a page's short reference passage that ranked on a name alone.
      const around = await readWhole([found], deps.search, WHOLE_ITEMS);
      const primary = await withContinuations(
        [...found, ...around.filter((p) => !found.some((f) => f.id === p.id))],
        deps.nextPassages,
      );
      const context: AnswerContext = {
        ...(await rarityOf(deps.search, input.standalone, input.lang, primary)),
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
        LOCALES.filter((l) => l !== input.lang).map(async (l) => {
          const query = [
            anchorQuery(input.standalone, deps.lexicon, input.lang, l),
            translatedWords(input.standalone, input.lang, l, context.translations),
          ]
            .filter(Boolean)
            .join(' ');
          if (!query) return [];
          const found = await deps.search.retrieve({
            query,
            lang: l,
            limit,
            types: ['document'],
            ownLanguageOnly: true,
          });
          return found.map((p) =>
            toSourcePassage(new Document({ pageContent: p.text, metadata: p, id: p.id })),
          );
        }),
      );
      const anchored = await readWhole(perLanguage, deps.search);
      const sources = await withContinuations(
        interleave(primary, anchored, limit),
        deps.nextPassages,
      );
      const commonWords = await commonCapitalized(deps.search, sources);
      return { ...input, sources, draft: undefined, context: { ...context, commonWords } };
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

/**
 * The question's words by folded form with how rare each is in the index, and the common
 * capitalized words of the passages (see `commonCapitalized`): one lookup for both.
 */
async function rarityOf(
  search: PassageSearch,
  question: string,
  lang: Locale,
  passages: readonly SourcePassage[],
): Promise<Pick<AnswerContext, 'rarity' | 'commonWords'>> {
  if (!search.rarity) return { rarity: undefined, commonWords: new Map() };
  const asked = words(question).map((w) => w.toLowerCase());
  const capitalized = capitalizedWords(passages);
  const lookups = lists(capitalized);
  lookups.set(lang, [...(lookups.get(lang) ?? []), ...asked]);
  const byLang = await search.rarity(lookups);
  const own = byLang.get(lang) ?? new Map<string, number>();
  return {
    rarity: new Map(asked.flatMap((w) => (own.has(w) ? [[fold(w), own.get(w) ?? 1]] : []))),
    commonWords: commonAmong(capitalized, byLang),
  };
}

/** How many of the best-ranked items are read whole. */
const WHOLE_ITEMS = 2;
/** Below this confidence in the question's own language, sources in the others are sought. */
const CROSS_LINGUAL_BELOW = 0.6;
