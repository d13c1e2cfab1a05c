import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { SearchIndexer } from './lib/search-indexer.service';
import type { Embedder } from './lib/embeddings/embedder';
import { EMBEDDING_DIMENSIONS } from './lib/search.constants';
import type { IndexItem } from './lib/search.types';
import { words } from './lib/query/query-parser';

/**
 * A deterministic embedder for tests (the hashing trick): every word adds 1 to one of
 * EMBEDDING_DIMENSIONS buckets chosen by its hash, then the vector is normalized. Texts
 * that share words are close; no model and no network.
 */
export class HashingEmbedder implements Embedder {
  calls = 0;

  async embedDocuments(texts: string[]): Promise<number[][]> {
    this.calls++;
    return texts.map((t) => this.vector(t));
  }

  async embedQuery(text: string): Promise<number[]> {
    return this.vector(text);
  }

  private vector(text: string): number[] {
    const v = new Array<number>(EMBEDDING_DIMENSIONS).fill(0);
    for (const word of words(text)) {
      const h = createHash('sha1').update(word.slice(0, 6)).digest();
      v[h.readUInt32BE(0) % EMBEDDING_DIMENSIONS] += h[4] & 1 ? 1 : -1;
    }
    const norm = Math.hypot(...v) || 1;
    return v.map((x) => x / norm);
  }
}

const UPDATED = new Date('2025-06-01T00:00:00Z');

/** The policing page (from the seed) and a few neighbours, in several languages. */
export const SEARCH_FIXTURE_ITEMS: readonly IndexItem[] = [
  {
    type: 'page',
    itemId: 'policing',
    entries: [
      {
        locale: 'it',
        title: 'Ordine pubblico',
        url: '/it/policing',
        updatedAt: UPDATED,
        passages: [
          {
            anchor: 'p1',
            text: 'L’OSCE mira a creare servizi di polizia democratici e proattivi, in grado di rispondere alle minacce transnazionali.',
          },
          {
            anchor: 'p2',
            text: 'Le attività dell’OSCE connesse alla polizia sono parte integrante degli sforzi compiuti dall’Organizzazione nel campo della prevenzione dei conflitti, della gestione delle crisi e della ricostruzione post-conflittuale.',
          },
          {
            anchor: 'p3',
            text: 'Sviluppo e riforma della polizia secondo i principi di una polizia democratica, con particolare riguardo alla polizia di prossimità e al partenariato polizia-pubblico, corsi di addestramento, protezione delle vittime e delle persone vulnerabili.',
          },
          {
            anchor: 'p4',
            text: 'La maggior parte delle operazioni OSCE sul terreno svolge programmi di sviluppo e riforma della polizia; sviluppo di iniziative riguardanti la polizia di prossimità e il partenariato polizia-pubblico; lotta alla violenza domestica.',
          },
        ],
      },
      {
        locale: 'en',
        title: 'Policing',
        url: '/en/policing',
        updatedAt: UPDATED,
        passages: [
          {
            anchor: 'p1',
            text: 'The OSCE aims to build democratic and proactive police services able to respond to transnational threats.',
          },
          {
            anchor: 'p3',
            text: 'Police development and reform according to the principles of democratic policing, with particular attention to community policing and police-public partnerships, training, and the protection of victims.',
          },
        ],
      },
    ],
  },
  {
    type: 'country',
    itemId: 'DE',
    entries: [
      {
        locale: 'it',
        title: 'Germania',
        url: '/it/countries/de',
        countryCodes: ['DE'],
        updatedAt: UPDATED,
        passages: [{ anchor: 'p1', text: 'La Germania è uno Stato partecipante dell’OSCE.' }],
      },
      {
        locale: 'en',
        title: 'Germany',
        url: '/en/countries/de',
        countryCodes: ['DE'],
        updatedAt: UPDATED,
        passages: [{ anchor: 'p1', text: 'Germany is a participating State of the OSCE.' }],
      },
      {
        locale: 'de',
        title: 'Deutschland',
        url: '/de/countries/de',
        countryCodes: ['DE'],
        updatedAt: UPDATED,
        passages: [{ anchor: 'p1', text: 'Deutschland ist ein Teilnehmerstaat der OSZE.' }],
      },
    ],
  },
  {
    type: 'programme',
    itemId: 'moldova-police-reform',
    entries: [
      {
        locale: 'en',
        title: 'Police reform in Moldova',
        url: '/en/programmes/moldova-police-reform',
        countryCodes: ['MD'],
        updatedAt: UPDATED,
        passages: [
          {
            anchor: 'p1',
            text: 'The Mission to Moldova supports police reform, police training and the police academy.',
          },
        ],
      },
      {
        locale: 'it',
        title: 'Riforma della polizia in Moldova',
        url: '/it/programmes/moldova-police-reform',
        countryCodes: ['MD'],
        updatedAt: UPDATED,
        passages: [
          {
            anchor: 'p1',
            text: 'La Missione in Moldova sostiene la formazione della polizia e l’accademia di polizia.',
          },
        ],
      },
    ],
  },
  {
    type: 'document',
    itemId: 'guidebook-12',
    entries: [
      {
        locale: 'en',
        title: 'Good practices in building police-public partnerships',
        url: '/en/documents/guidebook-12',
        updatedAt: new Date('2020-01-01T00:00:00Z'),
        passages: [
          {
            anchor: 'p1',
            heading: 'Introduction',
            text: 'Community policing is a philosophy and an organizational strategy that promotes a partnership between the police and the public. Police policy <script>alert(1)</script> & public trust.',
          },
          {
            anchor: 'p2',
            heading: 'Trafficking',
            text: 'Combating trafficking in human beings requires co-operation between police services of participating States.',
          },
        ],
      },
    ],
  },
  {
    type: 'institution',
    itemId: 'odihr',
    entries: [
      {
        locale: 'it',
        title: 'Ufficio per le istituzioni democratiche e i diritti dell’uomo',
        url: '/it/institutions/odihr',
        updatedAt: UPDATED,
        passages: [
          {
            anchor: 'p1',
            text: 'L’ODIHR assiste gli Stati partecipanti nella promozione dei diritti umani e nella formazione della polizia.',
          },
        ],
      },
    ],
  },
];

/** Indexes the items (the fixture by default) in one transaction, as publishing would. */
export async function indexItems(
  ds: DataSource,
  items: readonly IndexItem[] = SEARCH_FIXTURE_ITEMS,
): Promise<void> {
  const indexer = new SearchIndexer();
  await ds.transaction(async (manager) => {
    for (const item of items) await indexer.replaceItem(manager, item);
  });
}

/**
 * The data source as it is, recording the SQL of every statement asked through it: tests
 * count what a lookup or a plan costs against the real database.
 */
export function recordingStatements(ds: DataSource): {
  dataSource: DataSource;
  statements: string[];
} {
  const statements: string[] = [];
  const query = ds.query.bind(ds);
  const dataSource: DataSource = Object.create(ds, {
    query: {
      value: (sql: string, params?: unknown[]) => {
        statements.push(sql);
        return query(sql, params);
      },
    },
  });
  return { dataSource, statements };
}
