import { DataSource } from 'typeorm';
import { AuditLogEntity, AuditService, AUTH_ENTITIES, AUTH_MIGRATIONS } from '@portal/api/auth';
import { NotFoundError } from '@portal/api/common';
import { describeEachDatabase } from '@portal/api/database/testing';
import { INGESTION_ENTITIES, INGESTION_MIGRATIONS, IngestionService } from '@portal/api/ingestion';
import {
  SEARCH_ENTITIES,
  SEARCH_MIGRATIONS,
  SearchIndexer,
  SearchService,
} from '@portal/api/search';
import { AssistantService } from './assistant.service';
import { ASSISTANT_ENTITIES } from './assistant.module';
import { AssistantSchema1764305000000 } from './migrations/1764305000000-assistant-schema';
import { AssistantInsights1764313000002 } from './migrations/1764313000002-assistant-insights';
import { createNameLexicon } from './text/domain-names';

const schema = {
  entities: [...SEARCH_ENTITIES, ...AUTH_ENTITIES, ...INGESTION_ENTITIES, ...ASSISTANT_ENTITIES],
  migrations: [
    ...SEARCH_MIGRATIONS,
    ...AUTH_MIGRATIONS,
    ...INGESTION_MIGRATIONS,
    AssistantSchema1764305000000,
    AssistantInsights1764313000002,
  ],
};

const ODIHR = `# ODIHR

The Office for Democratic Institutions and Human Rights (ODIHR) is based in Warsaw, Poland.
It was established in 1990 as the Office for Free Elections and renamed in 1992.
`;

describeEachDatabase('assistant', schema, (db) => {
  let ds: DataSource;
  let service: AssistantService;
  const config = {
    provider: 'extractive' as const,
    baseUrl: undefined,
    apiKey: undefined,
    model: undefined,
  };

  beforeAll(async () => {
    ds = db.dataSource();
    const ingestion = new IngestionService(
      ds,
      new SearchIndexer(),
      new AuditService(ds.getRepository(AuditLogEntity)),
    );
    await ingestion.ingest({ title: 'ODIHR', format: 'markdown', content: ODIHR });
    service = new AssistantService(ds, new SearchService(ds), createNameLexicon(), null, config);
    // The first document starts the ingestion worker, compiled from source in tests.
  }, 120_000);

  it('answers with citations and stores the answer', async () => {
    const answer = await service.ask({ question: 'Where is ODIHR based?' });
    expect(answer).toMatchObject({ lang: 'en', refused: false, provider: 'extractive' });
    expect(answer.answer).toContain('Warsaw');
    expect(answer.citations[0]?.url).toMatch(/^\/en\/documents\/.+#p1$/);
  });

  it('takes the entity of a follow-up from the history', async () => {
    const answer = await service.ask({
      question: 'And when was it renamed?',
      history: [
        { role: 'user', content: 'Where is ODIHR based?' },
        { role: 'assistant', content: 'In Warsaw [1]' },
      ],
    });
    expect(answer.answer).toContain('1992');
  });

  it('refuses in the question language and lists refused questions grouped', async () => {
    const a = await service.ask({ question: 'Chi dirige la Missione in Kosovo?' });
    const b = await service.ask({ question: 'Chi dirige la Missione in Kosovo ?' });
    expect(a).toMatchObject({ refused: true, lang: 'it' });
    await service.feedback(b.id, false, 'no answer');
    const list = await service.unanswered(1, 10);
    expect(list.items[0]).toMatchObject({ count: 2, refused: 2, downVoted: 1, answer: b.answer });
  });

  it('rejects feedback for an unknown answer', async () => {
    await expect(
      service.feedback('00000000-0000-4000-8000-000000000000', true),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});
