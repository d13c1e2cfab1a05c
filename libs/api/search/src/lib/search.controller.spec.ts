import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ApiExceptionFilter, createValidationPipe, RateLimitModule } from '@portal/api/common';
import { describeEachDatabase } from '@portal/api/database/testing';
import { SEARCH_FIXTURE_ITEMS } from '../testing';
import { SEARCH_MIGRATIONS } from '../index';
import { SEARCH_ENTITIES } from './search.entities';
import { SearchController } from './search.controller';
import { SearchIndexer } from './search-indexer.service';
import { SearchService } from './search.service';

const schema = { entities: SEARCH_ENTITIES, migrations: SEARCH_MIGRATIONS };

describeEachDatabase('GET /api/search', schema, (db) => {
  let app: INestApplication;

  beforeAll(async () => {
    const ds = db.dataSource();
    const indexer = new SearchIndexer();
    await ds.transaction(async (m) => {
      for (const item of SEARCH_FIXTURE_ITEMS) await indexer.replaceItem(m, item);
    });
    const moduleRef = await Test.createTestingModule({
      imports: [RateLimitModule],
      controllers: [SearchController],
      providers: [SearchService, { provide: DataSource, useValue: ds }],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    app.setGlobalPrefix('api');
    app.useGlobalPipes(createValidationPipe());
    app.useGlobalFilters(new ApiExceptionFilter());
    await app.init();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('answers the documented shape', async () => {
    const res = await request(app.getHttpServer())
      .get('/api/search')
      .query({ q: 'polizia di prossimità', lang: 'it', size: 5 })
      .expect(200);
    expect(res.body).toMatchObject({
      query: 'polizia di prossimità',
      lang: 'it',
      page: 1,
      size: 5,
    });
    expect(res.body.hits[0]).toMatchObject({ type: 'page', lang: 'it', title: 'Ordine pubblico' });
    expect(typeof res.body.tookMs).toBe('number');
    expect(res.body.facets.type.length).toBeGreaterThan(0);
  });

  it.each([
    [{ lang: 'it' }, 'q'],
    [{ q: '', lang: 'it' }, 'q'],
    [{ q: 'x'.repeat(501) }, 'q'],
    [{ q: '   ' }, 'q'],
    [{ q: 'polizia', lang: 'xx' }, 'lang'],
    [{ q: 'polizia', type: 'nope' }, 'type'],
    [{ q: 'polizia', size: 101 }, 'size'],
    [{ q: 'polizia', country: 'ITA' }, 'country'],
  ])('400 for %j naming %s', async (query, path) => {
    const res = await request(app.getHttpServer()).get('/api/search').query(query).expect(400);
    expect(res.body.details.map((d: { path: string }) => d.path)).toContain(path);
  });

  it('accepts 500 characters of anything', async () => {
    await request(app.getHttpServer())
      .get('/api/search')
      .query({ q: `"'(&|!:*<-> ${'é'.repeat(490)}`.slice(0, 500) })
      .expect(200);
  });

  it('suggests as the visitor types', async () => {
    const res = await request(app.getHttpServer())
      .get('/api/search/suggest')
      .query({ q: 'germ', lang: 'it' })
      .expect(200);
    expect(res.body[0]).toEqual({ text: 'Germania', url: '/it/countries/de' });
    const bad = await request(app.getHttpServer())
      .get('/api/search/suggest')
      .query({ q: '' })
      .expect(400);
    expect(bad.body.details[0].path).toBe('q');
  });
});
