import { DataSource } from 'typeorm';
import { InvalidInputError } from '@portal/api/common';
import { DatabaseNotifications } from '@portal/api/database';
import { describeEachDatabase } from '@portal/api/database/testing';
import { SEARCH_FIXTURE_ITEMS } from '../testing';
import { SEARCH_MIGRATIONS } from '../index';
import { SEARCH_ENTITIES } from './search.entities';
import { SearchIndexer } from './search-indexer.service';
import { SearchService } from './search.service';
import { SEARCH_INDEX_CHANNEL } from './search.constants';
import type { IndexItem } from './search.types';

const schema = { entities: SEARCH_ENTITIES, migrations: SEARCH_MIGRATIONS };

describeEachDatabase('search', schema, (db) => {
  let ds: DataSource;
  let service: SearchService;
  const indexer = new SearchIndexer();
  const search = (q: string, extra: Partial<Parameters<SearchService['search']>[0]> = {}) =>
    service.search({ q, lang: 'it', page: 1, size: 10, ...extra });

  beforeAll(async () => {
    ds = db.dataSource();
    service = new SearchService(ds);
    await ds.transaction(async (manager) => {
      for (const item of SEARCH_FIXTURE_ITEMS) await indexer.replaceItem(manager, item);
    });
  });

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

  it('says how rare a word is: common words low, unknown words 1, stop words left out', async () => {
    const rarity = await service.rarity(['polizia', 'zeppelin', 'di'], 'it');
    expect(rarity.get('zeppelin')).toBe(1);
    expect(rarity.get('polizia')).toBeLessThan(0.8);
    expect(rarity.has('di')).toBe(false);
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

  it('retrieves many passages for the assistant, across languages', async () => {
    const passages = await service.retrieve({
      query: 'Che cosa fa l’OSCE per la polizia di prossimità?',
      lang: 'it',
      limit: 10,
    });
    expect(passages.length).toBeGreaterThan(2);
    expect(passages[0]).toMatchObject({ itemId: 'policing', lang: 'it', crossLingual: false });
    expect(passages[0].url).toMatch(/^\/it\/policing#p\d$/);
    expect(passages.some((p) => p.crossLingual && p.lang === 'en')).toBe(true);
    const docs = await service.retrieve({
      query: 'community policing',
      lang: 'en',
      limit: 5,
      types: ['document'],
    });
    expect(docs.every((p) => p.type === 'document' && p.documentId === 'guidebook-12')).toBe(true);
  });

  it('reads the whole item around a passage, in page order, within the count', async () => {
    const policing = SEARCH_FIXTURE_ITEMS.find((i) => i.itemId === 'policing');
    const italian = policing?.entries.find((e) => e.locale === 'it');
    const anchors = italian?.passages.map((p) => p.anchor) ?? [];
    expect(anchors.length).toBeGreaterThanOrEqual(3);
    const middle = `page:policing:it#${anchors[1]}`;
    const last = `page:policing:it#${anchors.at(-1)}`;
    const whole = await service.itemPassages([middle, last, 'page:nothing:it#p1'], 100);
    expect(whole.get(middle)?.map((p) => p.anchor)).toEqual(anchors);
    expect(whole.get(last)?.map((p) => p.anchor)).toEqual(anchors);
    expect(whole.get(middle)?.[1]).toMatchObject({ id: middle, text: italian?.passages[1].text });
    expect(whole.has('page:nothing:it#p1')).toBe(false);
    const two = await service.itemPassages([middle], 2);
    expect(two.get(middle)?.map((p) => p.anchor)).toEqual(anchors.slice(0, 2));
    expect((await service.itemPassages([middle], 0)).size).toBe(0);
    expect((await service.itemPassages([], 5)).size).toBe(0);
  });

  it('gives the passages following one in the same item and language, in order', async () => {
    const policing = SEARCH_FIXTURE_ITEMS.find((i) => i.itemId === 'policing');
    const italian = policing?.entries.find((e) => e.locale === 'it');
    const anchors = italian?.passages.map((p) => p.anchor) ?? [];
    expect(anchors.length).toBeGreaterThanOrEqual(3);
    const first = `page:policing:it#${anchors[0]}`;
    const next = await service.followingPassages(first, 2);
    expect(next.map((p) => p.anchor)).toEqual(anchors.slice(1, 3));
    expect(next[0]).toMatchObject({
      id: `page:policing:it#${anchors[1]}`,
      text: italian?.passages[1].text,
    });
    const rest = await service.followingPassages(first, 100);
    expect(rest.map((p) => p.anchor)).toEqual(anchors.slice(1));
    const last = `page:policing:it#${anchors.at(-1)}`;
    await expect(service.followingPassages(last, 3)).resolves.toEqual([]);
    await expect(service.followingPassages(first, 0)).resolves.toEqual([]);
    await expect(service.followingPassages("page:policing:it#p1' OR 1=1 --", 3)).resolves.toEqual(
      [],
    );
  });

  it('suggests titles and word completions', async () => {
    const titles = await service.suggest({ q: 'germ', lang: 'it' });
    expect(titles[0]).toEqual({ text: 'Germania', url: '/it/countries/de' });
    const words = await service.suggest({ q: 'polizia di pross', lang: 'it' });
    expect(words.map((w) => w.text)).toContain('polizia di prossimità');
  });

  it('keeps statistics in step with the index when items are replaced and removed', async () => {
    const stats = () =>
      ds.query(`SELECT
        (SELECT sum(passages)::int FROM search_locale_stats) AS passages,
        (SELECT count(*)::int FROM search_passage) AS rows,
        (SELECT df FROM search_term_stats WHERE locale = 'de' AND lexeme = 'deutschland') AS df,
        (SELECT count(*)::int FROM search_vocabulary WHERE word = 'deutschland') AS vocab`);
    const [before] = await stats();
    expect(before.passages).toBe(before.rows);
    expect(before.df).toBe(1);
    await ds.transaction((m) => indexer.removeItem(m, 'country', 'DE'));
    const [removed] = await stats();
    expect(removed).toEqual({
      passages: before.rows - 3,
      rows: before.rows - 3,
      df: null,
      vocab: 0,
    });
    await expect(
      ds.transaction(async (m) => {
        await indexer.replaceItem(m, SEARCH_FIXTURE_ITEMS[1]);
        throw new Error('publish failed');
      }),
    ).rejects.toThrow('publish failed');
    expect((await search('Germania')).total).toBe(0);
    await ds.transaction((m) => indexer.replaceItem(m, SEARCH_FIXTURE_ITEMS[1]));
    await ds.transaction((m) => indexer.replaceItem(m, SEARCH_FIXTURE_ITEMS[1]));
    const [after] = await stats();
    expect(after).toEqual(before);
    expect((await search('Germania')).total).toBe(1);
  });

  it('indexes a batch of items with the same rows and statistics as one by one', async () => {
    const probe = (n: number): IndexItem => ({
      type: 'document',
      itemId: `batch-probe-${n}`,
      entries: [
        {
          locale: 'en',
          title: `Harbour patrol log ${n}`,
          url: `/en/documents/batch-probe-${n}`,
          passages: [
            { anchor: 'p1', text: `Harbour patrol boats number ${n} checked moorings.` },
            { anchor: 'p2', heading: 'Crew', text: 'Divers and skippers of the harbour patrol.' },
          ],
          countryCodes: ['mt'],
          updatedAt: new Date('2025-03-01T00:00:00Z'),
        },
      ],
    });
    const stats = () =>
      ds.query(`SELECT
        (SELECT sum(passages)::int FROM search_locale_stats) AS passages,
        (SELECT sum(total_length)::int FROM search_locale_stats) AS length,
        (SELECT count(*)::int FROM search_passage) AS rows,
        (SELECT df FROM search_term_stats WHERE locale = 'en' AND lexeme = 'harbour') AS df,
        (SELECT freq FROM search_vocabulary WHERE locale = 'en' AND word = 'harbour') AS freq,
        (SELECT string_agg(country_codes::text, ',') FROM search_passage WHERE item_id LIKE 'batch-probe-%') AS countries`);
    const [before] = await stats();
    await ds.transaction((m) => indexer.replaceItems(m, [probe(1), probe(2), probe(3)]));
    const [batched] = await stats();
    expect(batched.rows).toBe(before.rows + 6);
    expect(batched.passages).toBe(batched.rows);
    expect(batched.df).toBe(6);
    expect(batched.countries).toBe('{MT},{MT},{MT},{MT},{MT},{MT}');
    for (const n of [1, 2, 3])
      await ds.transaction((m) => indexer.removeItem(m, 'document', `batch-probe-${n}`));
    for (const n of [1, 2, 3]) await ds.transaction((m) => indexer.replaceItem(m, probe(n)));
    const [single] = await stats();
    expect(single).toEqual(batched);
    const found = await search('harbour patrol moorings', { lang: 'en' });
    expect(found.hits[0].url).toMatch(/^\/en\/documents\/batch-probe-\d#p1$/);
    // A batch naming one item twice is refused before anything is written.
    const error = await ds
      .transaction((m) => indexer.replaceItems(m, [probe(4), probe(4)]))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).details[0].path).toBe('items.1.itemId');
    await ds.transaction((m) =>
      indexer.replaceItems(
        m,
        [1, 2, 3].map((n) => ({ ...probe(n), entries: [] })),
      ),
    );
    const [emptied] = await stats();
    expect(emptied).toMatchObject({ rows: before.rows, passages: before.passages, df: null });
  });

  it('answers a repeated search from its cache until the index changes, in every instance', async () => {
    const other = new SearchService(ds);
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
    await ds.transaction((m) => indexer.replaceItem(m, item));
    expect((await search('quokkaville', { lang: 'en' })).total).toBe(1);
    expect((await other.search({ q: 'quokkaville', lang: 'en', page: 1, size: 10 })).total).toBe(1);
    // Behind the indexer's back the cached answer stands: it was not searched again.
    await ds.query(`DELETE FROM search_passage WHERE item_id = 'cache-probe'`);
    expect((await search('quokkaville', { lang: 'en' })).total).toBe(1);
    // Any change through the indexer (here the same item removed) makes it stale everywhere.
    await ds.transaction((m) => indexer.removeItem(m, 'page', 'cache-probe'));
    expect((await search('quokkaville', { lang: 'en' })).total).toBe(0);
    expect((await other.search({ q: 'quokkaville', lang: 'en', page: 1, size: 10 })).total).toBe(0);
  });

  it('told of index changes, keeps results until a committed change is signalled', async () => {
    const notifications = new DatabaseNotifications(ds, { url: undefined, dataDir: '' });
    const signalling = new SearchIndexer(notifications);
    const told = new SearchService(ds, null, notifications);
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
    await ds.transaction((m) => signalling.replaceItem(m, item));
    expect(await find()).toBe(1);
    await ds.query(`DELETE FROM search_passage WHERE item_id = 'signal-probe'`);
    expect(await find()).toBe(1);
    // It does not ask the index's version on a hit: raising it behind its back goes unseen.
    await ds.query('UPDATE search_index_version SET version = version + 1 WHERE id = 1');
    expect(await find()).toBe(1);
    // A change that rolls back signals nothing: the kept result stands.
    await expect(
      ds.transaction(async (m) => {
        await signalling.removeItem(m, 'page', 'signal-probe');
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await find()).toBe(1);
    // Committed, it empties the kept results; a service that asks the version sees it too.
    await ds.transaction((m) => signalling.removeItem(m, 'page', 'signal-probe'));
    expect(await find()).toBe(0);
    await ds.transaction((m) => signalling.replaceItem(m, item));
    expect(await find()).toBe(1);
    expect((await search('wombatfield', { lang: 'en' })).total).toBe(1);
  });

  // Several instances need a database server; the embedded engine admits one process.
  (db.kind === 'postgres' ? it : it.skip)(
    "empties another instance's kept results when an index change commits here",
    async () => {
      const url = (ds.options as { url?: string }).url as string;
      const here = new DatabaseNotifications(ds, { url, dataDir: '' });
      const there = new DatabaseNotifications(ds, { url, dataDir: '' });
      const writer = new SearchIndexer(here);
      const reader = new SearchService(ds, null, there);
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
        await ds.transaction((m) => writer.replaceItem(m, item));
        await hear(1);
        expect(await find()).toBe(1);
        await ds.query(`DELETE FROM search_passage WHERE item_id = 'instance-probe'`);
        expect(await find()).toBe(1);
        await ds.transaction((m) => writer.removeItem(m, 'page', 'instance-probe'));
        await hear(2);
        expect(await find()).toBe(0);
      } finally {
        await there.onApplicationShutdown();
        await here.onApplicationShutdown();
      }
    },
  );
});

/**
 * The ODIHR page as the portal indexes it: a facts line (name, acronym, seat) and the
 * description, in four languages. Only the Italian acronym is spelt like the English one.
 */
const ODIHR_UPDATED = new Date('2025-01-01T00:00:00Z');
const odihrEntry = (
  locale: 'en' | 'it' | 'de' | 'fr',
  name: string,
  facts: string,
  description: string,
): IndexItem['entries'][number] => ({
  locale,
  title: name,
  url: `/${locale}/institutions/odihr`,
  updatedAt: ODIHR_UPDATED,
  passages: [
    { anchor: 'p0', text: `${name} ${facts}` },
    { anchor: 'p1', text: description },
  ],
});
const ODIHR_ITEMS: readonly IndexItem[] = [
  {
    type: 'institution',
    itemId: 'odihr',
    entries: [
      odihrEntry(
        'en',
        'Office for Democratic Institutions and Human Rights',
        '(ODIHR), Warsaw',
        'ODIHR, based in Warsaw, helps participating States to ensure respect for human rights, democracy, the rule of law and tolerance. It observes elections, reviews legislation and supports police and justice officials in responding to hate crime and protecting human rights.',
      ),
      odihrEntry(
        'it',
        'Ufficio per le istituzioni democratiche e i diritti dell’uomo',
        '(ODIHR), Varsavia',
        'L’ODIHR, con sede a Varsavia, aiuta gli Stati partecipanti a garantire il rispetto dei diritti umani, della democrazia, dello stato di diritto e della tolleranza. Osserva le elezioni, esamina la legislazione e sostiene funzionari di polizia e magistrati nel contrasto ai crimini d’odio e nella tutela dei diritti umani.',
      ),
      odihrEntry(
        'de',
        'Büro für demokratische Institutionen und Menschenrechte',
        '(BDIMR), Warschau',
        'Das BDIMR mit Sitz in Warschau hilft den Teilnehmerstaaten, Menschenrechte, Demokratie, Rechtsstaatlichkeit und Toleranz zu gewährleisten. Es beobachtet Wahlen, prüft Gesetze und unterstützt Polizei und Justiz bei der Bekämpfung von Hasskriminalität und beim Schutz der Menschenrechte.',
      ),
      odihrEntry(
        'fr',
        'Bureau des institutions démocratiques et des droits de l’homme',
        '(BIDDH), Varsovie',
        'Le BIDDH, établi à Varsovie, aide les États participants à garantir le respect des droits de l’homme, de la démocratie, de l’état de droit et de la tolérance. Il observe les élections, examine les législations et aide les policiers et les magistrats à répondre aux crimes de haine et à protéger les droits de l’homme.',
      ),
    ],
  },
];

describeEachDatabase('search ranking across languages', schema, (db) => {
  let service: SearchService;

  beforeAll(async () => {
    const ds = db.dataSource();
    service = new SearchService(ds);
    const indexer = new SearchIndexer();
    await ds.transaction(async (manager) => {
      for (const item of [...SEARCH_FIXTURE_ITEMS, ...ODIHR_ITEMS])
        await indexer.replaceItem(manager, item);
    });
  });

  it.each(['Where is ODIHR based?', 'How does ODIHR help police?', 'ODIHR based'])(
    'ranks the passage matching more of "%s" above facts lines in other languages that match only the name',
    async (query) => {
      const passages = await service.retrieve({ query, lang: 'en', limit: 5 });
      expect(passages.map((p) => p.url)[0]).toBe('/en/institutions/odihr#p1');
    },
  );

  it('still lets the visitor’s language win when both match the same words', async () => {
    const passages = await service.retrieve({ query: 'ODIHR', lang: 'it', limit: 5 });
    expect(passages[0]).toMatchObject({ lang: 'it', crossLingual: false });
    const english = await service.retrieve({ query: 'ODIHR', lang: 'en', limit: 5 });
    expect(english[0]).toMatchObject({ lang: 'en', crossLingual: false });
  });
});
