import { describeEachDatabase } from '@portal/api/database/testing';
import { indexItems, SEARCH_FIXTURE_ITEMS } from '../testing';
import { SEARCH_MIGRATIONS } from '../index';
import { SEARCH_ENTITIES } from './search.entities';
import { SearchService } from './search.service';
import type { IndexItem } from './search.types';

const schema = { entities: SEARCH_ENTITIES, migrations: SEARCH_MIGRATIONS };

describeEachDatabase('passages for the assistant', schema, (db) => {
  let service: SearchService;

  beforeAll(async () => {
    const ds = db.dataSource();
    service = new SearchService(ds);
    await indexItems(ds);
  });

  it('says how rare a word is: common words low, unknown words 1, stop words left out', async () => {
    const rarity = await service.rarity(
      new Map([
        ['it', ['polizia', 'zeppelin', 'di']],
        ['en', ['police', 'of']],
      ]),
    );
    const italian = rarity.get('it');
    expect(italian?.get('zeppelin')).toBe(1);
    expect(italian?.get('polizia')).toBeLessThan(0.8);
    expect(italian?.has('di')).toBe(false);
    expect(rarity.get('en')?.get('police')).toBeLessThan(0.8);
    expect(rarity.get('en')?.has('of')).toBe(false);
    // The same word is weighed by each language's own passages and stop words.
    const both = await service.rarity(
      new Map([
        ['it', ['di']],
        ['en', ['di']],
      ]),
    );
    expect(both.get('it')?.has('di') ?? false).toBe(false);
    expect(both.get('en')?.get('di')).toBeGreaterThan(0);
    expect((await service.rarity(new Map())).size).toBe(0);
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

  it('keeps to the asked language when told to, finding what the open search finds there', async () => {
    const query = 'Che cosa fa l’OSCE per la polizia di prossimità?';
    const open = await service.retrieve({ query, lang: 'it', limit: 30 });
    const own = await service.retrieve({ query, lang: 'it', limit: 30, ownLanguageOnly: true });
    expect(open.some((p) => p.lang !== 'it')).toBe(true);
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((p) => p.lang === 'it' && !p.crossLingual)).toBe(true);
    expect(own.map((p) => p.id).sort()).toEqual(
      open
        .filter((p) => p.lang === 'it')
        .map((p) => p.id)
        .sort(),
    );
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
    await indexItems(ds, [...SEARCH_FIXTURE_ITEMS, ...ODIHR_ITEMS]);
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
