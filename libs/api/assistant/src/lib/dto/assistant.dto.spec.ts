import { describeOpenApiContract } from '@portal/api/auth/testing';
import type { ShapeOf } from '@portal/api/common/testing';
import type { AnswerPayload, Citation } from '@portal/domain/content';
import { AssistantController } from '../assistant.controller';
import { AssistantService } from '../assistant.service';

/*
 * The keys of each shared payload type, written out so that the compiler checks them
 * against the type (`ShapeOf`), and this spec checks the OpenAPI document against them.
 */
const SHAPES = {
  AnswerDto: {
    id: 'required',
    answer: 'required',
    lang: 'required',
    refused: 'required',
    citations: 'required',
    provider: 'required',
    tookMs: 'required',
  } satisfies ShapeOf<AnswerPayload>,
  CitationDto: {
    n: 'required',
    title: 'required',
    url: 'required',
    snippet: 'required',
    documentId: 'optional',
    lang: 'required',
  } satisfies ShapeOf<Citation>,
};

describeOpenApiContract(
  'assistant payloads in the OpenAPI document',
  {
    controllers: [AssistantController],
    providers: [{ provide: AssistantService, useValue: {} }],
    shapes: SHAPES,
    responses: [['/api/assistant/ask', 'post', '200', '#/components/schemas/AnswerDto']],
    // The stream sends the answer as server-sent events; feedback answers 204 No Content.
    exempt: (operation) =>
      operation === 'post /api/assistant/stream' || operation === 'post /api/assistant/feedback',
  },
  (document) => {
    it('describes the citations of an answer as a list of CitationDto', () => {
      const schema = document().components?.schemas?.['AnswerDto'] as {
        properties: Record<string, { items?: { $ref?: string } }>;
      };
      expect(schema.properties['citations']?.items?.$ref).toBe('#/components/schemas/CitationDto');
    });
  },
);
