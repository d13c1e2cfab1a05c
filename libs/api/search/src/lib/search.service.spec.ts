import { InvalidInputError } from '@portal/api/common';
import { DatabaseNotifications } from '@portal/api/database';
import { describeEachDatabase } from '@portal/api/database/testing';
import { SEARCH_MIGRATIONS } from '../index';
import { SEARCH_ENTITIES } from './search.entities';
import { SearchIndexer } from './search-indexer.service';
import { SearchService } from './search.service';
import { SEARCH_INDEX_CHANNEL } from './search.constants';
import type { IndexItem } from './search.types';
import { indexedSearch } from './testing/indexed-search';

const schema = { entities: SEARCH_ENTITIES, migrations: SEARCH_MIGRATIONS };

describeEachDatabase('search', schema, (db) => {
  const suite = indexedSearch(db, beforeAll);
  const { search } = suite;
  const indexer = new SearchIndexer();

  it('finds the policing page through Italian stemming', async () => {
    const res = await search('riforme polizia');
    expect(res.hits.map((h) => h.url)).toContain('/it/policing#p3');
    expect(res.total).toBeGreaterThan(0);
  });

  it('ranks the policing page first for "polizia di prossimità"', async () => {
    const res = await search('polizia di prossimità');
    expect(res.hits[0].url).toMatch(/^\/it\/policing#p[34]$/);
    expect(res.hits[0].snippet).toContain('<mark>prossimità</mark>');
  });

  it('finds accented words without the accent', async () => {
    const res = await search('prossimita');
    expect(res.hits[0].url).toMatch(/^\/it\/policing#/);
    expect(res.suggestion).toBeUndefined();
  });

  it('finds the country by its Italian name', async () => {
    const res = await search('Germania');
    expect(res.hits[0]).toMatchObject({ type: 'country', url: '/it/countries/de#p1', lang: 'it' });
  });

  it('corrects "polise reform" and says so', async () => {
    const res = await search('polise reform', { lang: 'en' });
    expect(res.correctedFrom).toBe('polise reform');
    expect(res.query).toBe('police reform');
    expect(res.hits[0].url).toBe('/en/programmes/moldova-police-reform#p1');
  });

  it('suggests a correction when some words are unknown but others match', async () => {
    const res = await search('polizia OR democratca');
    expect(res.total).toBeGreaterThan(0);
    expect(res.suggestion).toBe('polizia OR democratica');
    const retried = await search('polizia democratca');
    expect(retried).toMatchObject({
      correctedFrom: 'polizia democratca',
      query: 'polizia democratica',
    });
  });

  it('gives one hit per item and escapes snippets except <mark>', async () => {
    const res = await search('police policy public', { lang: 'en' });
    const items = res.hits.map((h) => h.id.split('#')[0]);
    expect(new Set(items).size).toBe(items.length);
    const doc = res.hits.find((h) => h.type === 'document');
    expect(doc?.documentId).toBe('guidebook-12');
    for (const hit of res.hits) {
      expect(hit.snippet.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
    }
    expect(doc?.snippet).toContain('<mark>public</mark>');
    expect(doc?.snippet).not.toContain('<script');
  });

  it('counts facets and filters by type and country', async () => {
    const all = await search('polizia');
    const types = Object.fromEntries(all.facets['type'].map((f) => [f.value, f.count]));
    expect(types['page']).toBe(1);
    expect(types['programme']).toBe(1);
    const programmes = await search('polizia', { type: 'programme' });
    expect(programmes.hits.every((h) => h.type === 'programme')).toBe(true);
    expect(programmes.total).toBe(1);
    const moldova = await search('polizia', { country: 'md' });
    expect(moldova.hits.map((h) => h.url)).toEqual(['/it/programmes/moldova-police-reform#p1']);
    expect(all.facets['country']).toEqual(expect.arrayContaining([{ value: 'MD', count: 1 }]));
  });

  it('finds hits in other languages through the thesaurus and marks their language', async () => {
    const res = await search('polizia di prossimità', { size: 20 });
    const doc = res.hits.find((h) => h.type === 'document');
    expect(doc?.lang).toBe('en');
    expect(res.facets['lang'].map((f) => f.value)).toEqual(expect.arrayContaining(['it', 'en']));
  });

  it('supports phrases, OR and exclusion', async () => {
    const phrase = await search('"polizia di prossimità"');
    expect(phrase.hits[0].url).toMatch(/^\/it\/policing/);
    const or = await search('Germania OR Moldova');
    expect(or.hits.map((h) => h.type).sort()).toEqual(['country', 'programme']);
    const not = await search('polizia -moldova');
    expect(not.hits.some((h) => h.type === 'programme')).toBe(false);
  });

  it('paginates', async () => {
    const first = await search('polizia', { size: 1 });
    const second = await search('polizia', { size: 1, page: 2 });
    expect(first.hits).toHaveLength(1);
    expect(second.hits).toHaveLength(1);
    expect(second.hits[0].id).not.toBe(first.hits[0].id);
    expect(first.total).toBe(second.total);
  });

  it('rejects an empty q and one of 501 characters, naming q', async () => {
    for (const q of ['', '   ', 'x'.repeat(501)]) {
      const error = await search(q).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidInputError);
      expect((error as InvalidInputError).details[0].path).toBe('q');
    }
  });

  it('suggests titles and word completions', async () => {
    const titles = await suite.service.suggest({ q: 'germ', lang: 'it' });
    expect(titles[0]).toEqual({ text: 'Germania', url: '/it/countries/de' });
    const words = await suite.service.suggest({ q: 'polizia di pross', lang: 'it' });
    expect(words.map((w) => w.text)).toContain('polizia di prossimità');
  });

  it('answers a repeated search from its cache until the index changes, in every instance', async () => {
    const other = new SearchService(suite.ds);
    const item: IndexItem = {
      type: 'page',
      itemId: 'cache-probe',
      entries: [
        {
          locale: 'en',
          title: 'Quokkaville wardens',
          url: '/en/cache-probe',
          passages: [{ anchor: 'p1', text: 'Quokkaville wardens guard the ferry.' }],
          updatedAt: new Date('2025-03-01T00:00:00Z'),
        },
      ],
    };
    await suite.ds.transaction((m) => indexer.replaceItem(m, item));
    expect((await search('quokkaville', { lang: 'en' })).total).toBe(1);
    expect((await other.search({ q: 'quokkaville', lang: 'en', page: 1, size: 10 })).total).toBe(1);
    // Behind the indexer's back the cached answer stands: it was not searched again.
    await suite.ds.query(`DELETE FROM search_passage WHERE item_id = 'cache-probe'`);
    expect((await search('quokkaville', { lang: 'en' })).total).toBe(1);
    // Any change through the indexer (here the same item removed) makes it stale everywhere.
    await suite.ds.transaction((m) => indexer.removeItem(m, 'page', 'cache-probe'));
    expect((await search('quokkaville', { lang: 'en' })).total).toBe(0);
    expect((await other.search({ q: 'quokkaville', lang: 'en', page: 1, size: 10 })).total).toBe(0);
  });

  it('told of index changes, keeps results until a committed change is signalled', async () => {
    const notifications = new DatabaseNotifications(suite.ds, { url: undefined, dataDir: '' });
    const signalling = new SearchIndexer(notifications);
    const told = new SearchService(suite.ds, null, notifications);
    const find = async () =>
      (await told.search({ q: 'wombatfield', lang: 'en', page: 1, size: 10 })).total;
    const item: IndexItem = {
      type: 'page',
      itemId: 'signal-probe',
      entries: [
        {
          locale: 'en',
          title: 'Wombatfield patrols',
          url: '/en/signal-probe',
          passages: [{ anchor: 'p1', text: 'Wombatfield patrols walk the dunes.' }],
          updatedAt: new Date('2025-03-01T00:00:00Z'),
        },
      ],
    };
    await suite.ds.transaction((m) => signalling.replaceItem(m, item));
    expect(await find()).toBe(1);
    await suite.ds.query(`DELETE FROM search_passage WHERE item_id = 'signal-probe'`);
    expect(await find()).toBe(1);
    // It does not ask the index's version on a hit: raising it behind its back goes unseen.
    await suite.ds.query('UPDATE search_index_version SET version = version + 1 WHERE id = 1');
    expect(await find()).toBe(1);
    // A change that rolls back signals nothing: the kept result stands.
    await expect(
      suite.ds.transaction(async (m) => {
        await signalling.removeItem(m, 'page', 'signal-probe');
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await find()).toBe(1);
    // Committed, it empties the kept results; a service that asks the version sees it too.
    await suite.ds.transaction((m) => signalling.removeItem(m, 'page', 'signal-probe'));
    expect(await find()).toBe(0);
    await suite.ds.transaction((m) => signalling.replaceItem(m, item));
    expect(await find()).toBe(1);
    expect((await search('wombatfield', { lang: 'en' })).total).toBe(1);
  });

  // Several instances need a database server; the embedded engine admits one process.
  (db.kind === 'postgres' ? it : it.skip)(
    "empties another instance's kept results when an index change commits here",
    async () => {
      const url = (suite.ds.options as { url?: string }).url as string;
      const here = new DatabaseNotifications(suite.ds, { url, dataDir: '' });
      const there = new DatabaseNotifications(suite.ds, { url, dataDir: '' });
      const writer = new SearchIndexer(here);
      const reader = new SearchService(suite.ds, null, there);
      // Listening before the change, as an instance does from its start.
      await there.onApplicationBootstrap();
      try {
        const find = async () =>
          (await reader.search({ q: 'numbatvale', lang: 'en', page: 1, size: 10 })).total;
        const item: IndexItem = {
          type: 'page',
          itemId: 'instance-probe',
          entries: [
            {
              locale: 'en',
              title: 'Numbatvale rangers',
              url: '/en/instance-probe',
              passages: [{ anchor: 'p1', text: 'Numbatvale rangers count the termites.' }],
              updatedAt: new Date('2025-03-01T00:00:00Z'),
            },
          ],
        };
        // Counts the signals this instance hears from the other one, through PostgreSQL.
        let heard = 0;
        there.on(SEARCH_INDEX_CHANNEL, () => (heard += 1));
        const hear = async (count: number) => {
          for (let i = 0; i < 200 && heard < count; i++)
            await new Promise((r) => setTimeout(r, 50));
          expect(heard).toBe(count);
        };
        await suite.ds.transaction((m) => writer.replaceItem(m, item));
        await hear(1);
        expect(await find()).toBe(1);
        await suite.ds.query(`DELETE FROM search_passage WHERE item_id = 'instance-probe'`);
        expect(await find()).toBe(1);
        await suite.ds.transaction((m) => writer.removeItem(m, 'page', 'instance-probe'));
        await hear(2);
        expect(await find()).toBe(0);
      } finally {
        await there.onApplicationShutdown();
        await here.onApplicationShutdown();
      }
    },
  );
});
