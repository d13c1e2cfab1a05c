import { Module } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { assistantConfig, RateLimitModule } from '@portal/api/common';
import { AuthModule } from '@portal/api/auth';
import { ContentModule } from '@portal/api/content';
import { SearchModule } from '@portal/api/search';
import { AssistantAdminController, AssistantController } from './assistant.controller';
import { AssistantService, NAME_LEXICON } from './assistant.service';
import { AssistantAnswerEntity } from './entities/assistant-answer.entity';
import { AssistantFeedbackEntity } from './entities/assistant-feedback.entity';
import { InsightStateEntity } from './insights/insight-state.entity';
import { InsightsService } from './insights/insights.service';
import { CHAT_MODEL, createChatModel } from './providers/chat-model.provider';
import { createNameLexicon } from './text/domain-names';

export const ASSISTANT_ENTITIES = [
  AssistantAnswerEntity,
  AssistantFeedbackEntity,
  InsightStateEntity,
];

/** Retrieval-augmented Q&A: /api/assistant/ask|stream|feedback, /api/admin/assistant/unanswered|insights. */
@Module({
  imports: [
    TypeOrmModule.forFeature(ASSISTANT_ENTITIES),
    SearchModule,
    ContentModule,
    AuthModule,
    RateLimitModule,
  ],
  controllers: [AssistantController, AssistantAdminController],
  providers: [
    AssistantService,
    InsightsService,
    { provide: NAME_LEXICON, useFactory: createNameLexicon },
    {
      provide: CHAT_MODEL,
      inject: [assistantConfig.KEY],
      useFactory: (config: ConfigType<typeof assistantConfig>) => createChatModel(config),
    },
  ],
  exports: [AssistantService],
})
export class AssistantModule {}
