import { AUTH_ENTITIES, AUTH_MIGRATIONS, AuditLogEntity, AuditService } from '@portal/api/auth';
import { describeEachDatabase } from '@portal/api/database/testing';
import {
  SEARCH_ENTITIES,
  SEARCH_MIGRATIONS,
  SearchIndexer,
  SearchService,
} from '@portal/api/search';
import { NotFoundError } from '@portal/api/common';
import { CONTENT_ENTITIES, CONTENT_MIGRATIONS } from '../content.schema';
import { ContentAdminService, SYSTEM_ACTOR } from './content-admin.service';
import { ContentIndexService } from './content-index.service';
import { ContentPublicService } from './content-public.service';
import { ContentSeeder } from './content-seeder.service';

describeEachDatabase(
  'ContentSeeder and ContentPublicService',
  {
    entities: [...CONTENT_ENTITIES, ...AUTH_ENTITIES, ...SEARCH_ENTITIES],
    migrations: [...CONTENT_MIGRATIONS, ...AUTH_MIGRATIONS, ...SEARCH_MIGRATIONS],
  },
  (db) => {
    let admin: ContentAdminService;
    let seeder: ContentSeeder;
    let site: ContentPublicService;
    let search: SearchService;

    beforeAll(async () => {
      const audit = new AuditService(db.dataSource().getRepository(AuditLogEntity));
      const index = new ContentIndexService(new SearchIndexer());
      admin = new ContentAdminService(db.dataSource(), index, audit);
      seeder = new ContentSeeder(db.dataSource(), admin, index, audit);
      site = new ContentPublicService(db.dataSource());
      search = new SearchService(db.dataSource());
      await seeder.seed();
    }, 120_000);

    it('seeds once: a restart creates nothing and a deleted seed page stays deleted', async () => {
      await expect(seeder.seed()).resolves.toEqual({ created: 0 });
      const about = await admin.get('page', 'about');
      await admin.remove('page', about.id, SYSTEM_ACTOR);
      await expect(seeder.seed()).resolves.toEqual({ created: 0 });
      await expect(site.page('about', 'en')).rejects.toBeInstanceOf(NotFoundError);
    });

    it('publishes the policing page in six languages with anchored paragraphs', async () => {
      const it = await site.page('policing', 'it');
      expect(it).toMatchObject({
        slug: 'policing',
        lang: 'it',
        title: 'Ordine pubblico',
        outdated: false,
      });
      expect(it.availableLangs).toEqual(['en', 'fr', 'de', 'it', 'ru', 'es']);
      expect(it.body).toMatch(/^<p id="p1">Sfruttando le nuove tecnologie/);
      expect(it.body).toContain('<li id="p');
      const ru = await site.page('policing', 'ru');
      expect(ru.lang).toBe('ru');
      const hits = await search.search({
        q: 'questioni strategiche di polizia',
        lang: 'it',
        page: 1,
        size: 10,
      });
      expect(hits.hits[0]).toMatchObject({
        type: 'page',
        url: expect.stringMatching(/^\/it\/policing#p\d+$/),
      });
    });

    it('serves countries from the domain with localized names', async () => {
      expect(site.countries('en', 'participating').total).toBe(57);
      expect(site.countries('en', 'asian-partner').total).toBe(5);
      expect(site.countries('en', 'mediterranean-partner').total).toBe(6);
      expect(site.countries('en').items).toHaveLength(68);
      expect(site.countries('ru')).toMatchObject({ lang: 'ru', total: 68, page: 1, size: 100 });
      const ch = site.countries('en', 'participating').items.find((c) => c.code === 'CH');
      expect(ch).toMatchObject({ name: 'Switzerland', slug: 'switzerland', chairpersonship: 2026 });
      const de = await site.country('de', 'it');
      expect(de).toMatchObject({ code: 'DE', name: 'Germania', group: 'participating' });
      const rs = await site.country('RS', 'en');
      expect(rs.fieldOperations.map((f) => f.slug)).toContain('mission-to-serbia');
      expect(rs.programmes.map((p) => p.slug)).toEqual([
        'police-reform-and-institution-building-serbia',
      ]);
      await expect(site.country('XX', 'en')).rejects.toBeInstanceOf(NotFoundError);
    });

    it('serves institutions and field operations with seeded descriptions', async () => {
      expect(site.fieldOperations('en', 'active').total).toBe(12);
      const odihr = await site.institution('odihr', 'fr');
      expect(odihr).toMatchObject({ slug: 'odihr', acronym: 'BIDDH', lang: 'fr' });
      expect(odihr.description).toMatch(/^<p id="p1">Le BIDDH/);
      const kosovo = await site.fieldOperation('mission-in-kosovo', 'de');
      expect(kosovo.programmes.map((p) => p.slug)).toEqual([
        'community-policing-and-police-reform-kosovo',
      ]);
      await expect(site.institution('nope', 'en')).rejects.toBeInstanceOf(NotFoundError);
    });

    it('lists published programmes with filters and pagination', async () => {
      const all = await site.programmes({ lang: 'es', page: 1, size: 20 });
      expect(all.total).toBe(3);
      expect(all.lang).toBe('es');
      expect(all.items.every((p) => p.lang === 'es')).toBe(true);
      const threats = await site.programmes({
        lang: 'en',
        category: 'transnational-threats',
        page: 1,
        size: 20,
      });
      expect(threats.items.map((p) => p.slug)).toEqual([
        'countering-transnational-threats-central-asia',
      ]);
      const tj = await site.programmes({ lang: 'en', country: 'tj', page: 1, size: 20 });
      expect(tj.total).toBe(1);
      const paged = await site.programmes({ lang: 'en', page: 2, size: 2 });
      expect(paged).toMatchObject({ total: 3, page: 2, size: 2 });
      expect(paged.items).toHaveLength(1);
      const detail = await site.programme('countering-transnational-threats-central-asia', 'ru');
      expect(detail).toMatchObject({ lang: 'ru', fieldOperation: 'programme-office-in-dushanbe' });
      expect(detail.body).toContain('id="p1"');
    });

    it('makes reference data findable by name in every language', async () => {
      const hits = await search.search({
        q: 'Germania',
        lang: 'it',
        type: 'country',
        page: 1,
        size: 5,
      });
      expect(hits.hits[0]).toMatchObject({
        type: 'country',
        url: expect.stringMatching(/^\/it\/countries\/germany(#|$)/),
      });
    });
  },
);
