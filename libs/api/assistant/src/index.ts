// The assistant's public face: its Nest module, service, HTTP DTOs and migrations. How it
// answers (analysis, scoring, retrieval, providers) stays inside the library.
import { AssistantSchema1764305000000 } from './lib/migrations/1764305000000-assistant-schema';
import { AssistantInsights1764313000002 } from './lib/migrations/1764313000002-assistant-insights';

export { AssistantModule, ASSISTANT_ENTITIES } from './lib/assistant.module';
export { AssistantService } from './lib/assistant.service';
export type { UnansweredQuestion } from './lib/insights/flagged-question';
export { AskDto, AnswerDto, FeedbackDto, CitationDto } from './lib/dto/assistant.dto';
export type { HistoryTurn } from './lib/chain/answer.chain';
export type { Citation } from './lib/answer/answer.types';
export { InsightsService } from './lib/insights/insights.service';
export type { InsightFilter } from './lib/insights/insights.service';
export { AssistantSchema1764305000000, AssistantInsights1764313000002 };

export const ASSISTANT_MIGRATIONS = [AssistantSchema1764305000000, AssistantInsights1764313000002];
