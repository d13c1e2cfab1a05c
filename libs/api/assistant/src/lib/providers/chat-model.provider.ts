import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { ChatOllama } from '@langchain/ollama';
import { ChatOpenAI } from '@langchain/openai';
import type { ConfigType } from '@nestjs/config';
import { assistantConfig } from '@portal/api/common';

export const CHAT_MODEL = Symbol('CHAT_MODEL');

/**
 * The chat model for LLM_PROVIDER, built once at start (never per request). `extractive`
 * needs none and yields null.
 */
export function createChatModel(config: ConfigType<typeof assistantConfig>): BaseChatModel | null {
  switch (config.provider) {
    case 'openai':
      return new ChatOpenAI({
        model: config.model ?? 'gpt-4o-mini',
        apiKey: config.apiKey ?? 'not-needed',
        temperature: 0,
        maxRetries: 1,
        timeout: 60_000,
        configuration: { baseURL: config.baseUrl },
      });
    case 'ollama':
      return new ChatOllama({
        model: config.model ?? 'llama3.1',
        baseUrl: config.baseUrl ?? 'http://127.0.0.1:11434',
        temperature: 0,
      });
    default:
      return null;
  }
}
