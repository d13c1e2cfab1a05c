import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { RunnableLambda, RunnableSequence } from '@langchain/core/runnables';
import type { Document } from '@langchain/core/documents';
import { isLocale, type Locale } from '@portal/domain/locales';
import type { RetrievedPassage } from '@portal/api/search';
import { detectLanguage } from '@portal/api/ingestion';
import type { DraftAnswer, SourcePassage } from '../answer/answer.types';
import { ExtractiveAnswerer } from '../answer/extractive-answerer';
import { groundAnswer } from '../answer/grounding';
import { REFUSAL } from '../answer/messages';
import { ANSWER_PROMPT } from '../prompts/answer.prompt';
import {
  PortalRetriever,
  toSourcePassage,
  type PassageSearch,
} from '../retrieval/portal.retriever';
import type { NameLexicon } from '../text/name-lexicon';
import { fold, words } from '../text/stemmer';
import { isStopword } from '../text/stopwords';

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
      const retriever = new PortalRetriever({
        search: deps.search,
        lang: input.lang,
        limit: deps.limit ?? 8,
      });
      const query = expandQuery(input.standalone, deps.lexicon);
      const docs = (await retriever.invoke(query)) as Document<RetrievedPassage>[];
      return { ...input, sources: docs.map(toSourcePassage) };
    },
  );
  const answer = RunnableLambda.from(
    async (
      input: ChainInput & { lang: Locale; standalone: string; sources: SourcePassage[] },
    ): Promise<ChainOutput> => {
      const base = { lang: input.lang, standalone: input.standalone, sources: input.sources };
      if (input.sources.length === 0)
        return { ...base, answer: REFUSAL[input.lang], refused: true, citations: [] };
      if (!deps.model) {
        const draft = deps.answerer.answer(input.standalone, input.lang, input.sources);
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
  const ownNames =
    lexicon.find(question).size + (question.match(/(?<!^)\b\p{Lu}{2,}\b/gu)?.length ?? 0);
  const short = words(question).filter((w) => !isStopword(w)).length <= 3;
  if (!FOLLOW_UP.test(question.trim()) && (ownNames > 0 || !short)) return question;
  if (ownNames > 0 && !FOLLOW_UP.test(question.trim())) return question;
  const names = [...lexicon.find(previous).values()].map((spans) => spans[0]).filter(Boolean);
  const capitalized = words(previous).filter(
    (w, i) => i > 0 && /^\p{Lu}/u.test(w) && !names.some((n) => n?.includes(fold(w))),
  );
  const borrowed = [...names, ...capitalized];
  if (borrowed.length === 0)
    borrowed.push(
      ...words(previous)
        .filter((w) => !isStopword(w))
        .slice(0, 4),
    );
  return `${question.replace(/\s*[?？]\s*$/, '')} (${[...new Set(borrowed)].join(' ')})?`;
}

/** Adds the other languages' acronyms and short names of the entities a question names. */
function expandQuery(question: string, lexicon: NameLexicon): string {
  const extra = new Set<string>();
  for (const id of lexicon.find(question).keys()) {
    for (const name of lexicon.names(id)) if (name.split(/\s+/).length <= 2) extra.add(name);
  }
  return extra.size ? `${question} ${[...extra].join(' ')}` : question;
}
