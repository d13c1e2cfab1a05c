import { Inject, Injectable } from '@nestjs/common';
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { ConfigType } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Paginated } from '@portal/domain/content';
import { assistantConfig, NotFoundError } from '@portal/api/common';
import { SearchService } from '@portal/api/search';
import { ExtractiveAnswerer } from './answer/extractive-answerer';
import { createAnswerChain, type ChainInput } from './chain/answer.chain';
import type { SourcePassage } from './answer/answer.types';
import type { AnswerDto } from './dto/assistant.dto';
import { AssistantAnswerEntity } from './entities/assistant-answer.entity';
import { AssistantFeedbackEntity } from './entities/assistant-feedback.entity';
import {
  type FlaggedQuestionRow,
  type UnansweredQuestion,
  unansweredQuestion,
} from './insights/flagged-question';
import { CHAT_MODEL } from './providers/chat-model.provider';
import { NameLexicon } from './text/name-lexicon';
import { fold, words, isStopword } from '@portal/api/text';

export const NAME_LEXICON = Symbol('NAME_LEXICON');

/** Similar questions share this key: folded words without stopwords, sorted, unique. */
export function normalizeQuestion(question: string): string {
  return [
    ...new Set(
      words(question)
        .map(fold)
        .filter((w) => !isStopword(w)),
    ),
  ]
    .sort()
    .join(' ');
}

@Injectable()
export class AssistantService {
  private readonly chain;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    search: SearchService,
    @Inject(NAME_LEXICON) lexicon: NameLexicon,
    @Inject(CHAT_MODEL) model: BaseChatModel | null,
    @Inject(assistantConfig.KEY) private readonly config: ConfigType<typeof assistantConfig>,
  ) {
    this.chain = createAnswerChain({
      search,
      lexicon,
      model,
      answerer: new ExtractiveAnswerer(lexicon),
      nextPassages: async (passage, count) =>
        (await search.followingPassages(passage.id, count)).map((p) => p.text),
    });
  }

  async ask(input: ChainInput): Promise<AnswerDto> {
    const { standalone: _standalone, sources: _sources, ...answer } = await this.askDetailed(input);
    return answer;
  }

  /** `ask` plus what the answer was built from (the condensed question, the passages), for evaluation. */
  async askDetailed(
    input: ChainInput,
  ): Promise<AnswerDto & { standalone: string; sources: readonly SourcePassage[] }> {
    const started = performance.now();
    const out = await this.chain.invoke(input);
    const tookMs = Math.round(performance.now() - started);
    const row = await this.dataSource.getRepository(AssistantAnswerEntity).save({
      question: input.question,
      normalizedQuestion: normalizeQuestion(out.standalone),
      lang: out.lang,
      answer: out.answer,
      citations: [...out.citations],
      refused: out.refused,
      provider: this.config.provider,
      tookMs,
    });
    return {
      id: row.id,
      answer: out.answer,
      lang: out.lang,
      refused: out.refused,
      citations: out.citations.map((c) => ({ ...c })),
      provider: this.config.provider,
      tookMs,
      standalone: out.standalone,
      sources: out.sources,
    };
  }

  async feedback(answerId: string, helpful: boolean, comment?: string): Promise<void> {
    const exists = await this.dataSource
      .getRepository(AssistantAnswerEntity)
      .existsBy({ id: answerId });
    if (!exists) throw new NotFoundError(`Answer ${answerId}`);
    await this.dataSource
      .getRepository(AssistantFeedbackEntity)
      .insert({ answerId, helpful, comment: comment ?? null });
  }

  async unanswered(page: number, size: number): Promise<Paginated<UnansweredQuestion>> {
    const base = `
      FROM assistant_answer a
      LEFT JOIN LATERAL (SELECT bool_or(NOT f.helpful) AS down FROM assistant_feedback f WHERE f.answer_id = a.id) fb ON true
      WHERE a.refused OR coalesce(fb.down, false)`;
    const [{ total }] = (await this.dataSource.query(
      `SELECT count(DISTINCT a.normalized_question)::int AS total ${base}`,
    )) as [{ total: number }];
    const rows: FlaggedQuestionRow[] = await this.dataSource.query(
      `SELECT (array_agg(a.question ORDER BY a.created_at DESC))[1] AS question,
              (array_agg(a.answer ORDER BY a.created_at DESC))[1] AS answer,
              count(*)::int AS count,
              count(*) FILTER (WHERE a.refused)::int AS refused,
              count(*) FILTER (WHERE coalesce(fb.down, false))::int AS down_voted,
              array_agg(DISTINCT a.lang) AS langs,
              max(a.created_at) AS last_asked_at
       ${base}
       GROUP BY a.normalized_question
       ORDER BY count(*) DESC, max(a.created_at) DESC
       LIMIT $1 OFFSET $2`,
      [size, (page - 1) * size],
    );
    return {
      items: rows.map(unansweredQuestion),
      total,
      page,
      size,
    };
  }
}
