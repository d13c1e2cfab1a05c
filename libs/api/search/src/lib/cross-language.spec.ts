import { describeEachDatabase } from '@portal/api/database/testing';
import { indexItems } from '../testing';
import { SEARCH_MIGRATIONS } from '../index';
import { SEARCH_ENTITIES } from './search.entities';
import { SearchService } from './search.service';
import type { IndexItem } from './search.types';

const schema = { entities: SEARCH_ENTITIES, migrations: SEARCH_MIGRATIONS };
const UPDATED = new Date('2025-03-01T00:00:00Z');

/** One document in one language, as staff upload it. */
const doc = (itemId: string, locale: IndexItem['entries'][number]['locale'], text: string) => ({
  type: 'document' as const,
  itemId,
  entries: [
    {
      locale,
      title: itemId,
      url: `/${locale}/documents/${itemId}`,
      updatedAt: UPDATED,
      passages: [{ anchor: 'p1', text }],
    },
  ],
});

/**
 * A Spanish report that answers a question asked in English, and English pages that share
 * only a word or two with the question (the situation of a visitor whose answer exists
 * only in another language). Nothing here is in the thesaurus or any learned lexicon.
 */
const ITEMS: readonly IndexItem[] = [
  doc(
    'informe-laboratorio',
    'es',
    'El laboratorio de criminalística de Chisináu recibió equipos y formación de expertos del Ministerio de Justicia de Noruega; los técnicos aprendieron a examinar documentos y huellas dactilares en Moldavia.',
  ),
  doc(
    'police-day',
    'en',
    'Police officers marched through the capital on the national police day, and the minister thanked them for their service.',
  ),
  doc(
    'police-vehicles',
    'en',
    'The police received vehicles and radios for patrols in rural districts; the police chief thanked the donors.',
  ),
  doc(
    'hafen-triest',
    'de',
    'Der Hafen von Triest bekam eine neue Behörde, die Container und Fracht am Kai kontrolliert.',
  ),
  doc('triest-faehren', 'de', 'Im Hafenbecken von Triest liegen am Morgen die Fähren.'),
  doc(
    'training-note',
    'en',
    'Training for police officers continued in several districts with the help of trainers.',
  ),
];

describeEachDatabase('search across languages', schema, (db) => {
  let service: SearchService;

  beforeAll(async () => {
    service = new SearchService(db.dataSource());
    await indexItems(db.dataSource(), ITEMS);
  });

  const urls = async (q: string) =>
    (await service.search({ q, lang: 'en', page: 1, size: 5 })).hits.map((h) => h.url);

  it('carries country names into each language by name ("Norway" finds "Noruega")', async () => {
    expect((await urls('Norway'))[0]).toBe('/es/documents/informe-laboratorio#p1');
  });

  it('carries words nothing translates through their written cognates in the index', async () => {
    // "criminalistics", "laboratory", "experts" are in no thesaurus; the Spanish report says
    // "criminalística", "laboratorio", "expertos".
    expect((await urls('criminalistics laboratory'))[0]).toBe(
      '/es/documents/informe-laboratorio#p1',
    );
  });

  it('ranks the source that matches most of a question above pages that share one word with it', async () => {
    const found = await urls(
      'Which ministry sent experts to train the criminalistics laboratory in Moldova?',
    );
    expect(found[0]).toBe('/es/documents/informe-laboratorio#p1');
  });

  it('keeps the visitor’s words when a "correction" would only find pages with some of them', async () => {
    // "distributed" is a real word the index lacks; its closest indexed word, "districts",
    // never occurs with "marched", so the correction finds no page with every word either.
    const res = await service.search({ q: 'marched distributed', lang: 'en', page: 1, size: 5 });
    expect(res.correctedFrom).toBeUndefined();
    expect(res.query).toBe('marched distributed');
    expect(res.suggestion).toBe('marched districts');
    expect(res.hits[0].url).toBe('/en/documents/police-day#p1');
  });

  it('finds the parts of a German compound the pages never write as one word', async () => {
    // "Hafenbehörde" is in no page; one German page says "Hafen" and "Behörde" apart. The
    // closest word the index has, "Hafenbecken", is another page's: not a typo to correct.
    const res = await service.search({ q: 'Hafenbehörde Triest', lang: 'de', page: 1, size: 5 });
    expect(res.correctedFrom).toBeUndefined();
    expect(res.hits.map((h) => h.url)).toEqual(['/de/documents/hafen-triest#p1']);
  });

  it('still takes a correction that finds pages with every word', async () => {
    const res = await service.search({ q: 'radios distributed', lang: 'en', page: 1, size: 5 });
    expect(res).toMatchObject({ correctedFrom: 'radios distributed', query: 'radios districts' });
    expect(res.hits[0].url).toBe('/en/documents/police-vehicles#p1');
  });
});
