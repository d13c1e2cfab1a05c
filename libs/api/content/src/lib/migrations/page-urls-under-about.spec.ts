import { describeEachDatabase } from '@portal/api/database/testing';
import { SEARCH_ENTITIES, SEARCH_MIGRATIONS } from '@portal/api/search';
import { CONTENT_ENTITIES, CONTENT_MIGRATIONS } from '../content.schema';
import { PageUrlsUnderAbout1764310000000 } from './1764310000000-page-urls-under-about';

describeEachDatabase(
  'PageUrlsUnderAbout migration',
  {
    entities: [...CONTENT_ENTITIES, ...SEARCH_ENTITIES],
    migrations: [...CONTENT_MIGRATIONS, ...SEARCH_MIGRATIONS],
  },
  ({ dataSource }) => {
    it('moves indexed pages of an existing site to /:lang/about/<slug>, and only them', async () => {
      const rows: [string, string, string][] = [
        ['page', 'a', '/fr/employment'],
        ['page', 'b', '/fr/policing'],
        ['page', 'c', '/de/about'],
        ['page', 'd', '/it/about/chair'],
        ['programme', 'e', '/en/programmes/x'],
        ['country', 'f', '/en/countries/austria'],
      ];
      for (const [type, id, url] of rows) {
        await dataSource().query(
          `INSERT INTO search_item (item_type, item_id, locale, title, title_key, url, country_codes, updated_at)
           VALUES ($1, $2, 'en', 't', 't', $3, '{}', now())`,
          [type, id, url],
        );
      }
      const runner = dataSource().createQueryRunner();
      try {
        await new PageUrlsUnderAbout1764310000000().up(runner);
      } finally {
        await runner.release();
      }
      const after: { url: string }[] = await dataSource().query(
        'SELECT url FROM search_item ORDER BY item_id',
      );
      expect(after.map((r) => r.url)).toEqual([
        '/fr/about/employment',
        '/fr/policing',
        '/de/about',
        '/it/about/chair',
        '/en/programmes/x',
        '/en/countries/austria',
      ]);
    });
  },
);
