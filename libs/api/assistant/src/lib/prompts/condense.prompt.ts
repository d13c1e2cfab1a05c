import { ChatPromptTemplate } from '@langchain/core/prompts';

/** Rewrites a follow-up ("And when was it renamed?") into a question that stands alone. */
export const CONDENSE_PROMPT = ChatPromptTemplate.fromMessages([
  [
    'system',
    'Rewrite the last question so that it can be understood without the conversation, naming what "it", "they" or "this" refer to. Keep its language. Reply with the question only.',
  ],
  ['human', 'Conversation:\n{history}\n\nLast question: {question}'],
]);
