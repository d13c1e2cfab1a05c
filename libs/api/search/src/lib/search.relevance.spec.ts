import { DataSource } from 'typeorm';
import {
  FIELD_OPERATION_DESCRIPTIONS,
  INSTITUTION_DESCRIPTIONS,
  SEED_PAGES,
} from '@portal/domain/content';
import { COUNTRIES, countryName } from '@portal/domain/countries';
import type { CountryCode } from '@portal/domain/countries';
import {
  FIELD_OPERATIONS,
  INSTITUTIONS,
  hostCountryCode,
  hostName,
  nameWithAcronym,
} from '@portal/domain/institutions';
import { LOCALES, Locale } from '@portal/domain/locales';
import { describeEachDatabase } from '@portal/api/database/testing';
import { indexItems } from '../testing';
import { SEARCH_MIGRATIONS } from '../index';
import { SEARCH_ENTITIES } from './search.entities';
import { SearchService } from './search.service';
import type { IndexItem, IndexPassage } from './search.types';
import { countingRankingStatements, countingStatements } from './testing/ranking-statements';

/**
 * Relevance on the portal's real seeded content: the policing page (the seed page
 * osce-policing-page.it.txt and its translations), the about page, every country, the
 * institutions and the field operations with their descriptions, indexed in all six
 * languages the way the content library publishes them. Visitors' queries, each with the
 * documents a reader would accept as an answer (judged by reading the content, in the
 * visitor's language); a query counts as answered when one of them is in the top 5.
 */

const UPDATED = new Date('2025-06-01T00:00:00Z');

/** Markdown body as the portal splits it: a passage per paragraph and per list item. */
function markdownPassages(body: string, from: number): IndexPassage[] {
  const blocks = body
    .split(/\n\s*\n/)
    .flatMap((block) =>
      /^\s*- /m.test(block)
        ? block.split(/\n(?=\s*- )/).map((l) => l.replace(/^\s*- /, ''))
        : [block],
    )
    .map((b) => b.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return blocks.map((text, i) => ({ anchor: `p${from + i}`, text }));
}

function seededContent(): IndexItem[] {
  const items: IndexItem[] = [];
  for (const page of SEED_PAGES) {
    items.push({
      type: 'page',
      itemId: page.slug,
      entries: LOCALES.map((locale) => {
        const t = page.translations[locale];
        return {
          locale,
          title: t.title,
          url: `/${locale}/${page.slug}`,
          passages: [{ anchor: 'p0', text: t.summary }, ...markdownPassages(t.body, 1)],
          updatedAt: UPDATED,
        };
      }),
    });
  }
  for (const country of COUNTRIES) {
    const code = country.code as CountryCode;
    items.push({
      type: 'country',
      itemId: code,
      entries: LOCALES.map((locale) => ({
        locale,
        title: countryName(code, locale),
        url: `/${locale}/countries/${country.slug}`,
        passages: [
          { anchor: 'p0', text: `${countryName(code, locale)} (${country.officialName})` },
        ],
        countryCodes: [code],
        updatedAt: UPDATED,
      })),
    });
  }
  for (const institution of INSTITUTIONS) {
    const description = INSTITUTION_DESCRIPTIONS[institution.slug];
    items.push({
      type: 'institution',
      itemId: institution.slug,
      entries: LOCALES.map((locale) => ({
        locale,
        title: institution.name[locale],
        url: `/${locale}/institutions/${institution.slug}`,
        passages: [
          {
            anchor: 'p0',
            text: `${nameWithAcronym(institution, locale)}, ${institution.seat[locale]}`,
          },
          ...(description ? [{ anchor: 'p1', text: description[locale] }] : []),
        ],
        countryCodes: [institution.seatCountry],
        updatedAt: UPDATED,
      })),
    });
  }
  const descriptions: Readonly<Record<string, Readonly<Record<Locale, string>>>> =
    FIELD_OPERATION_DESCRIPTIONS;
  for (const operation of FIELD_OPERATIONS) {
    const description = descriptions[operation.slug];
    const code = hostCountryCode(operation.host);
    items.push({
      type: 'field-operation',
      itemId: operation.slug,
      entries: LOCALES.map((locale) => ({
        locale,
        title: operation.name[locale],
        url: `/${locale}/field-operations/${operation.slug}`,
        passages: [
          {
            anchor: 'p0',
            text: [
              operation.name[locale],
              hostName(operation.host, locale),
              operation.city?.[locale],
            ]
              .filter(Boolean)
              .join(', '),
          },
          ...(description ? [{ anchor: 'p1', text: description[locale] }] : []),
        ],
        ...(code ? { countryCodes: [code] } : {}),
        updatedAt: UPDATED,
      })),
    });
  }
  return items;
}

/** Documents that answer a topic, read off the content (paths without the locale). */
const COMMUNITY_POLICING = [
  'policing',
  'field-operations/presence-in-albania',
  'field-operations/programme-office-in-bishkek',
  'field-operations/mission-to-montenegro',
  'field-operations/mission-to-serbia',
  'field-operations/mission-to-skopje',
];
const POLICE_REFORM = [
  'policing',
  'field-operations/presence-in-albania',
  'field-operations/programme-office-in-bishkek',
  'field-operations/programme-office-in-dushanbe',
  'field-operations/mission-to-serbia',
];
const TRAFFICKING = [
  'policing',
  'field-operations/presence-in-albania',
  'field-operations/programme-office-in-astana',
  'field-operations/mission-to-moldova',
  'field-operations/project-co-ordinator-in-uzbekistan',
];
const CYBERCRIME = [
  'policing',
  'field-operations/programme-office-in-astana',
  'field-operations/mission-to-serbia',
  'field-operations/project-co-ordinator-in-uzbekistan',
];
const HATE_CRIME = ['institutions/odihr', 'field-operations/mission-to-bosnia-and-herzegovina'];
const DOMESTIC_VIOLENCE = ['policing', 'field-operations/mission-to-moldova'];
const GERMANY = ['countries/germany'];
const KOSOVO = ['field-operations/mission-in-kosovo'];

interface VisitorQuery {
  readonly lang: Locale;
  readonly q: string;
  readonly right: readonly string[];
}

const QUERIES: readonly VisitorQuery[] = [
  { lang: 'en', q: 'community policing', right: COMMUNITY_POLICING },
  { lang: 'en', q: 'OSCE police reform', right: POLICE_REFORM },
  { lang: 'en', q: 'polise reform', right: POLICE_REFORM },
  { lang: 'en', q: 'trafficking in human beings', right: TRAFFICKING },
  { lang: 'en', q: 'cybercrime Serbia', right: ['field-operations/mission-to-serbia'] },
  { lang: 'en', q: 'hate crime', right: HATE_CRIME },
  {
    lang: 'en',
    q: 'Strategic Police Matters Unit',
    right: ['policing', 'institutions/secretariat'],
  },
  {
    lang: 'en',
    q: 'safety of journalists',
    right: ['institutions/representative-on-freedom-of-the-media'],
  },
  { lang: 'en', q: 'money laundering', right: ['policing'] },
  { lang: 'en', q: 'Germany', right: GERMANY },
  { lang: 'en', q: 'Kosovo police school', right: KOSOVO },
  { lang: 'it', q: 'polizia di prossimità', right: COMMUNITY_POLICING },
  { lang: 'it', q: 'riforme polizia', right: POLICE_REFORM },
  { lang: 'it', q: 'tratta di esseri umani', right: TRAFFICKING },
  { lang: 'it', q: 'violenza domestica', right: DOMESTIC_VIOLENCE },
  { lang: 'it', q: 'Germania', right: GERMANY },
  { lang: 'it', q: 'missione OSCE in Kosovo', right: KOSOVO },
  { lang: 'it', q: 'riciclaggio di denaro', right: ['policing'] },
  { lang: 'it', q: 'Alto Commissario per le minoranze nazionali', right: ['institutions/hcnm'] },
  { lang: 'fr', q: 'police de proximité', right: COMMUNITY_POLICING },
  { lang: 'fr', q: 'traite des êtres humains', right: TRAFFICKING },
  { lang: 'fr', q: 'Allemagne', right: GERMANY },
  { lang: 'fr', q: 'crimes de haine', right: HATE_CRIME },
  {
    lang: 'fr',
    q: 'OSCE Albanie',
    right: ['field-operations/presence-in-albania', 'countries/albania'],
  },
  {
    lang: 'fr',
    q: 'sécurité des journalistes',
    right: ['institutions/representative-on-freedom-of-the-media'],
  },
  { lang: 'fr', q: 'réforme de la police Serbie', right: ['field-operations/mission-to-serbia'] },
  {
    lang: 'fr',
    q: 'cour de conciliation et d’arbitrage',
    right: ['institutions/court-of-conciliation-and-arbitration'],
  },
  { lang: 'de', q: 'bürgernahe Polizeiarbeit', right: COMMUNITY_POLICING },
  { lang: 'de', q: 'Menschenhandel', right: TRAFFICKING },
  { lang: 'de', q: 'Polizeireform', right: POLICE_REFORM },
  { lang: 'de', q: 'Deutschland', right: GERMANY },
  { lang: 'de', q: 'Hasskriminalität', right: HATE_CRIME },
  {
    lang: 'de',
    q: 'Cyberkriminalität Usbekistan',
    right: ['field-operations/project-co-ordinator-in-uzbekistan'],
  },
  { lang: 'de', q: 'OSZE Sekretariat Wien', right: ['institutions/secretariat'] },
  { lang: 'de', q: 'häusliche Gewalt', right: DOMESTIC_VIOLENCE },
  { lang: 'ru', q: 'реформа полиции', right: POLICE_REFORM },
  { lang: 'ru', q: 'торговля людьми', right: TRAFFICKING },
  { lang: 'ru', q: 'Германия', right: GERMANY },
  { lang: 'ru', q: 'киберпреступность', right: CYBERCRIME },
  { lang: 'ru', q: 'миссия ОБСЕ в Косово', right: KOSOVO },
  { lang: 'ru', q: 'преступления на почве ненависти', right: HATE_CRIME },
  { lang: 'ru', q: 'домашнее насилие', right: DOMESTIC_VIOLENCE },
  {
    lang: 'ru',
    q: 'Верховный комиссар по делам национальных меньшинств',
    right: ['institutions/hcnm'],
  },
  { lang: 'es', q: 'policía de proximidad', right: COMMUNITY_POLICING },
  { lang: 'es', q: 'trata de personas', right: TRAFFICKING },
  { lang: 'es', q: 'Alemania', right: GERMANY },
  { lang: 'es', q: 'reforma policial', right: POLICE_REFORM },
  { lang: 'es', q: 'Misión de la OSCE en Kosovo', right: KOSOVO },
  { lang: 'es', q: 'delitos de odio', right: HATE_CRIME },
  { lang: 'es', q: 'blanqueo de capitales', right: ['policing'] },
  { lang: 'es', q: 'Asamblea Parlamentaria', right: ['institutions/parliamentary-assembly'] },
];

/** The words of a snippet, lowercased, and those of them inside `<mark>`. */
function markedWords(snippet: string): { marked: Set<string> } {
  const marked = new Set(
    [...snippet.matchAll(/<mark>([^<]*)<\/mark>/g)].map((m) => m[1].toLowerCase()),
  );
  return { marked };
}

function shownWords(snippet: string): Set<string> {
  return new Set(
    snippet
      .replace(/<\/?mark>/g, '')
      .toLowerCase()
      .split(/[^\p{L}\p{M}\p{N}]+/u),
  );
}

describeEachDatabase(
  'search relevance on the seeded content',
  { entities: SEARCH_ENTITIES, migrations: SEARCH_MIGRATIONS },
  (db) => {
    let ds: DataSource;
    let service: SearchService;
    let sqlOnly: SearchService;

    beforeAll(async () => {
      ds = db.dataSource();
      service = new SearchService(ds);
      sqlOnly = new SearchService(ds, null, null, { sqlRankingOnly: true });
      await indexItems(ds, seededContent());
      await service.residentIndexReady();
    }, 120_000);

    afterAll(() => service.onModuleDestroy());

    it('has at least 40 queries in each of the six languages', () => {
      expect(QUERIES.length).toBeGreaterThanOrEqual(40);
      expect(new Set(QUERIES.map((q) => q.lang))).toEqual(new Set(LOCALES));
    });

    it('finds a right document in the top 5 for at least 95% of the queries', async () => {
      const ranks: (number | undefined)[] = [];
      const misses: string[] = [];
      for (const { lang, q, right } of QUERIES) {
        const res = await service.search({ q, lang, page: 1, size: 5 });
        const paths = res.hits.map((h) => h.url.split('#')[0]);
        const rank = paths.findIndex((p) => right.some((r) => p === `/${lang}/${r}`));
        ranks.push(rank >= 0 ? rank + 1 : undefined);
        if (rank < 0) misses.push(`${lang} "${q}" -> ${paths.join(', ') || '(nothing)'}`);
      }
      const hitRate = ranks.filter((r) => r !== undefined).length / QUERIES.length;
      const mrr = ranks.reduce<number>((sum, r) => sum + (r ? 1 / r : 0), 0) / QUERIES.length;
      console.log(
        `search relevance [${db.kind}]: ${QUERIES.length} queries, top-5 hit rate ${hitRate.toFixed(3)}, MRR@5 ${mrr.toFixed(3)}` +
          (misses.length ? `\nmissed:\n  ${misses.join('\n  ')}` : ''),
      );
      expect(hitRate).toBeGreaterThanOrEqual(0.95);
    });

    it('marks snippets in memory as ts_headline marks them, reading no passage from the database', async () => {
      let hits = 0;
      let passageStatements = 0;
      const disagreements: string[] = [];
      for (const { lang, q } of QUERIES) {
        const params = { q, lang, page: 1, size: 5 };
        // Ranking, titles, links and snippets all come from the snapshot.
        const { value: memory, statements } = await countingStatements(ds, 'search_passage', () =>
          service.search(params),
        );
        passageStatements += statements;
        const sql = await sqlOnly.search(params);
        memory.hits.forEach((hit, i) => {
          hits += 1;
          // The two pick their windows differently; where both show a word, both mark it or neither.
          const a = markedWords(hit.snippet);
          const b = markedWords(sql.hits[i].snippet);
          const bothShow = (w: string) =>
            shownWords(hit.snippet).has(w) && shownWords(sql.hits[i].snippet).has(w);
          const differ = [...a.marked, ...b.marked].filter(
            (w) => bothShow(w) && a.marked.has(w) !== b.marked.has(w),
          );
          if (differ.length) disagreements.push(`${lang} "${q}" ${hit.id}: ${differ.join(', ')}`);
        });
      }
      expect(hits).toBeGreaterThan(100);
      expect(disagreements).toEqual([]);
      expect(passageStatements).toBe(0);
    });

    it('ranks in memory as the SQL ranking does: same hits, scores, totals and facets', async () => {
      // Every query as asked, narrowed to a type and to a country, and a second page.
      const variants = [{}, { type: 'country' as const }, { country: 'RS' }, { page: 2 }];
      let compared = 0;
      let rankedInSql = 0;
      for (const { lang, q } of QUERIES) {
        for (const extra of variants) {
          const params = { q, lang, page: 1, size: 5, ...extra };
          const { value: memory, statements } = await countingRankingStatements(ds, () =>
            service.search(params),
          );
          rankedInSql += statements;
          const sql = await sqlOnly.search(params);
          const shown = (r: typeof memory) => ({
            total: r.total,
            facets: r.facets,
            hits: r.hits.map((h) => [h.id, h.score.toFixed(3)]),
            suggestion: r.suggestion,
            correctedFrom: r.correctedFrom,
          });
          expect({ params, ...shown(memory) }).toEqual({ params, ...shown(sql) });
          compared += 1;
        }
      }
      expect(compared).toBe(QUERIES.length * variants.length);
      // The in-memory side did rank in memory: none of its searches ran the ranking statement.
      expect(rankedInSql).toBe(0);
    });
  },
);
