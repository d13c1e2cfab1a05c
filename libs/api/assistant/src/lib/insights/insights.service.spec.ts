import { DataSource } from 'typeorm';
import { AuditLogEntity, AuditService, AUTH_ENTITIES, AUTH_MIGRATIONS } from '@portal/api/auth';
import { InvalidInputError, NotFoundError } from '@portal/api/common';
import {
  CONTENT_ENTITIES,
  CONTENT_MIGRATIONS,
  ContentAdminService,
  ContentIndexService,
} from '@portal/api/content';
import { describeEachDatabase } from '@portal/api/database/testing';
import { SEARCH_ENTITIES, SEARCH_MIGRATIONS, SearchIndexer } from '@portal/api/search';
import type { Locale } from '@portal/domain/locales';
import { normalizeQuestion } from '../assistant.service';
import { AssistantAnswerEntity } from '../entities/assistant-answer.entity';
import { AssistantFeedbackEntity } from '../entities/assistant-feedback.entity';
import { AssistantSchema1764305000000 } from '../migrations/1764305000000-assistant-schema';
import { AssistantInsights1764313000002 } from '../migrations/1764313000002-assistant-insights';
import { InsightStateEntity } from './insight-state.entity';
import { InsightsService } from './insights.service';

const schema = {
  entities: [
    ...SEARCH_ENTITIES,
    ...AUTH_ENTITIES,
    ...CONTENT_ENTITIES,
    AssistantAnswerEntity,
    AssistantFeedbackEntity,
    InsightStateEntity,
  ],
  migrations: [
    ...SEARCH_MIGRATIONS,
    ...AUTH_MIGRATIONS,
    ...CONTENT_MIGRATIONS,
    AssistantSchema1764305000000,
    AssistantInsights1764313000002,
  ],
};

const editor = {
  id: '00000000-0000-4000-8000-000000000001',
  email: 'editor@example.org',
  role: 'editor' as const,
};

describeEachDatabase('insights queue', schema, (db) => {
  let ds: DataSource;
  let insights: InsightsService;
  let content: ContentAdminService;

  async function asked(
    question: string,
    options: {
      lang?: Locale;
      refused?: boolean;
      feedback?: { helpful: boolean; comment?: string };
    },
  ): Promise<void> {
    const row = await ds.getRepository(AssistantAnswerEntity).save({
      question,
      normalizedQuestion: normalizeQuestion(question),
      lang: options.lang ?? 'en',
      answer: options.refused ? 'I could not find this.' : 'The unit is in Vienna.',
      citations: options.refused
        ? []
        : [{ n: 1, title: 'SPMU', url: '/en/about/spmu', snippet: 'Vienna', lang: 'en' }],
      refused: options.refused ?? false,
      provider: 'extractive',
      tookMs: 5,
    });
    if (options.feedback) {
      await ds.getRepository(AssistantFeedbackEntity).insert({
        answerId: row.id,
        helpful: options.feedback.helpful,
        comment: options.feedback.comment ?? null,
      });
    }
  }

  beforeAll(async () => {
    ds = db.dataSource();
    const audit = new AuditService(ds.getRepository(AuditLogEntity));
    content = new ContentAdminService(ds, new ContentIndexService(new SearchIndexer()), audit);
    insights = new InsightsService(ds, content, audit);
    await asked('Where is the training centre?', { refused: true });
    await asked('Where is the Training Centre', { refused: true });
    await asked('Where is the unit based?', {
      feedback: { helpful: false, comment: 'It moved in 2020, this is old.' },
    });
    await asked('Où est le centre de formation ?', { lang: 'fr', refused: true });
    await asked('Who funds the mission?', { feedback: { helpful: true, comment: 'Thanks' } });
  });

  it('groups refused and down-voted questions by wording, with comments, answer and sources', async () => {
    const list = await insights.list({ page: 1, size: 20 });
    expect(list.total).toBe(3);
    const [first, ...rest] = list.items;
    expect(first).toMatchObject({
      question: 'Where is the Training Centre',
      count: 2,
      refused: 2,
      state: 'open',
      langs: ['en'],
    });
    const unit = rest.find((i) => i.question === 'Where is the unit based?');
    expect(unit).toMatchObject({
      count: 1,
      downVoted: 1,
      answer: 'The unit is in Vienna.',
      sources: [{ title: 'SPMU', url: '/en/about/spmu' }],
      comments: [{ comment: 'It moved in 2020, this is old.', helpful: false }],
    });
    const french = await insights.list({ page: 1, size: 20, lang: 'fr' });
    expect(french.items.map((i) => i.question)).toEqual(['Où est le centre de formation ?']);
  });

  it('marks a question answered by a page, dismisses and reopens, each in the audit log', async () => {
    const page = await content.create(
      'page',
      { key: 'training-centre', translations: { en: { title: 'Training centre', body: 'Text' } } },
      { ...editor, ip: '10.0.0.1' },
    );
    const [top] = (await insights.list({ page: 1, size: 1 })).items;
    const id = top?.id ?? '';
    const answered = await insights.answer(id, 'training-centre', editor, '10.0.0.1');
    expect(answered).toMatchObject({
      state: 'answered',
      answeredBy: { id: page.id, slug: 'training-centre', title: 'Training centre' },
      handledBy: editor.email,
    });
    const open = await insights.list({ page: 1, size: 20, state: 'open' });
    expect(open.items.map((i) => i.id)).not.toContain(id);
    const done = await insights.list({ page: 1, size: 20, state: 'answered' });
    expect(done.items.map((i) => i.id)).toEqual([id]);

    await expect(insights.dismiss(id, editor)).resolves.toMatchObject({
      state: 'dismissed',
      answeredBy: null,
    });
    await expect(insights.reopen(id, editor)).resolves.toMatchObject({ state: 'open' });
    const actions = await ds
      .getRepository(AuditLogEntity)
      .find({ where: { itemId: id }, order: { createdAt: 'ASC' } });
    expect(actions.map((a) => a.action)).toEqual([
      'insight.answer',
      'insight.dismiss',
      'insight.reopen',
    ]);
  });

  it('names the field for an unknown page and answers 404 for an unknown question', async () => {
    const [top] = (await insights.list({ page: 1, size: 1 })).items;
    const error = await insights.answer(top?.id ?? '', 'no-such-page', editor).catch((e) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).details).toEqual([
      { path: 'page', message: 'no such page' },
    ]);
    await expect(insights.dismiss('not-an-id', editor)).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      insights.dismiss('0123456789abcdef0123456789abcdef', editor),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});
