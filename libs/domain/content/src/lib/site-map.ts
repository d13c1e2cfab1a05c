import {
  CHAIRPERSONSHIP,
  ASIAN_PARTNERS,
  MEDITERRANEAN_PARTNERS,
  PARTICIPATING_STATES,
  countryNamesByLocale,
} from '@portal/domain/countries';
import type { CountryCode, CountryGroup } from '@portal/domain/countries';
import {
  ACTIVE_FIELD_OPERATIONS,
  INSTITUTIONS,
  LEADERSHIP_OFFICES,
  MEETING_SERIES,
  STRUCTURES,
} from '@portal/domain/institutions';
import type { InstitutionSlug } from '@portal/domain/institutions';
import { LOCALES } from '@portal/domain/locales';
import type { Locale, Localized } from '@portal/domain/locales';
import { FIELDS_OF_WORK } from '@portal/domain/policing';
import type { NavigationItem } from './payloads';
import { PUBLIC_ROUTES, publicPath } from './public-routes';

/** A menu node with its label in every locale; `buildNavigation` picks one. */
export interface SiteMapNode {
  readonly key: string;
  readonly label: Localized;
  /** Portal path without the locale prefix; absent for pure groups. */
  readonly path?: string;
  /**
   * Slug of the editorial page `path` shows. Staff create these pages, so the entry links
   * only once its page is published (see `NavigationOptions.hasPage`).
   */
  readonly page?: string;
  readonly children?: readonly SiteMapNode[];
}

/** What `buildNavigation` needs to know about the content that exists. */
export interface NavigationOptions {
  /**
   * Whether the editorial page with this slug is published. An entry whose page is not is
   * left out, or kept as a group label without a link when it has children. Without it
   * every entry is listed, as in the OSCE's own menu.
   */
  readonly hasPage?: (slug: string) => boolean;
  /**
   * Published editorial pages the site map does not name, with their titles in the menu's
   * locale (only pages published in that locale). They are "About us" pages (`/about/:slug`),
   * so the menu lists them there, after the OSCE's own entries.
   */
  readonly otherPages?: readonly { readonly slug: string; readonly title: string }[];
}

const L = {
  ourWork: {
    en: 'Our work',
    fr: 'Notre action',
    de: 'Unsere Arbeit',
    it: 'Il nostro lavoro',
    ru: 'Наша работа',
    es: 'Nuestra labor',
  },
  fieldsOfWork: {
    en: 'Fields of work',
    fr: 'Domaines d’activité',
    de: 'Arbeitsbereiche',
    it: 'Settori di attività',
    ru: 'Направления деятельности',
    es: 'Ámbitos de trabajo',
  },
  fieldOperations: {
    en: 'Field operations',
    fr: 'Opérations de terrain',
    de: 'Feldoperationen',
    it: 'Operazioni sul terreno',
    ru: 'Полевые операции',
    es: 'Operaciones sobre el terreno',
  },
  projects: {
    en: 'Projects',
    fr: 'Projets',
    de: 'Projekte',
    it: 'Progetti',
    ru: 'Проекты',
    es: 'Proyectos',
  },
  meetings: {
    en: 'Meetings and conferences',
    fr: 'Réunions et conférences',
    de: 'Treffen und Konferenzen',
    it: 'Riunioni e conferenze',
    ru: 'Совещания и конференции',
    es: 'Reuniones y conferencias',
  },
  countries: {
    en: 'Countries',
    fr: 'Pays',
    de: 'Länder',
    it: 'Paesi',
    ru: 'Страны',
    es: 'Países',
  },
  all: { en: 'All', fr: 'Tous', de: 'Alle', it: 'Tutti', ru: 'Все', es: 'Todos' },
  participating: {
    en: 'Participating States',
    fr: 'États participants',
    de: 'Teilnehmerstaaten',
    it: 'Stati partecipanti',
    ru: 'Государства-участники',
    es: 'Estados participantes',
  },
  asianPartners: {
    en: 'Asian Partners for Co-operation',
    fr: 'Partenaires asiatiques pour la coopération',
    de: 'Asiatische Kooperationspartner',
    it: 'Partner asiatici per la cooperazione',
    ru: 'Азиатские партнеры по сотрудничеству',
    es: 'Socios asiáticos para la Cooperación',
  },
  mediterraneanPartners: {
    en: 'Mediterranean Partners for Co-operation',
    fr: 'Partenaires méditerranéens pour la coopération',
    de: 'Kooperationspartner im Mittelmeerraum',
    it: 'Partner mediterranei per la cooperazione',
    ru: 'Средиземноморские партнеры по сотрудничеству',
    es: 'Socios mediterráneos para la Cooperación',
  },
  chairpersonshipYear: {
    en: 'OSCE Chairpersonship',
    fr: 'Présidence de l’OSCE',
    de: 'OSZE-Vorsitz',
    it: 'Presidenza OSCE',
    ru: 'Председательство в ОБСЕ',
    es: 'Presidencia de la OSCE',
  },
  structures: {
    en: 'Structures and institutions',
    fr: 'Structures et institutions',
    de: 'Strukturen und Institutionen',
    it: 'Strutture e istituzioni',
    ru: 'Структуры и институты',
    es: 'Estructuras e instituciones',
  },
  institutions: {
    en: 'Institutions',
    fr: 'Institutions',
    de: 'Institutionen',
    it: 'Istituzioni',
    ru: 'Институты',
    es: 'Instituciones',
  },
  parliamentaryAssembly: {
    en: 'Parliamentary Assembly',
    fr: 'Assemblée parlementaire',
    de: 'Parlamentarische Versammlung',
    it: 'Assemblea parlamentare',
    ru: 'Парламентская ассамблея',
    es: 'Asamblea Parlamentaria',
  },
  court: {
    en: 'Court of Conciliation and Arbitration',
    fr: 'Cour de conciliation et d’arbitrage',
    de: 'Vergleichs- und Schiedsgerichtshof',
    it: 'Corte di conciliazione e arbitrato',
    ru: 'Суд по примирению и арбитражу',
    es: 'Corte de Conciliación y Arbitraje',
  },
  organizationalStructure: {
    en: 'Organizational structure',
    fr: 'Structure organisationnelle',
    de: 'Organisationsstruktur',
    it: 'Struttura organizzativa',
    ru: 'Организационная структура',
    es: 'Estructura organizativa',
  },
  closedFieldActivities: {
    en: 'Closed field activities',
    fr: 'Activités de terrain achevées',
    de: 'Abgeschlossene Feldaktivitäten',
    it: 'Attività sul terreno concluse',
    ru: 'Завершенная деятельность на местах',
    es: 'Actividades sobre el terreno concluidas',
  },
  about: {
    en: 'About us',
    fr: 'À propos',
    de: 'Über uns',
    it: 'Chi siamo',
    ru: 'О нас',
    es: 'Quiénes somos',
  },
  chair: {
    en: 'Chair',
    fr: 'Présidence en exercice',
    de: 'Amtierender Vorsitz',
    it: 'Presidenza in esercizio',
    ru: 'Действующий председатель',
    es: 'Presidencia en ejercicio',
  },
  decisionMakingBodies: {
    en: 'Decision-making bodies',
    fr: 'Organes de décision',
    de: 'Beschlussfassende Gremien',
    it: 'Organi decisionali',
    ru: 'Директивные органы',
    es: 'Órganos decisorios',
  },
  leadership: {
    en: 'Leadership',
    fr: 'Direction',
    de: 'Leitung',
    it: 'Vertici',
    ru: 'Руководство',
    es: 'Dirección',
  },
  principles: {
    en: 'Our principles',
    fr: 'Nos principes',
    de: 'Unsere Grundsätze',
    it: 'I nostri principi',
    ru: 'Наши принципы',
    es: 'Nuestros principios',
  },
  finance: {
    en: 'Finance and administration',
    fr: 'Finances et administration',
    de: 'Finanzen und Verwaltung',
    it: 'Finanze e amministrazione',
    ru: 'Финансы и администрация',
    es: 'Finanzas y administración',
  },
  internalOversight: {
    en: 'Internal oversight',
    fr: 'Contrôle interne',
    de: 'Interne Aufsicht',
    it: 'Controllo interno',
    ru: 'Внутренний надзор',
    es: 'Supervisión interna',
  },
  employment: {
    en: 'Employment',
    fr: 'Emploi',
    de: 'Stellenangebote',
    it: 'Opportunità di lavoro',
    ru: 'Вакансии',
    es: 'Empleo',
  },
  networks: {
    en: 'Networks and research',
    fr: 'Réseaux et recherche',
    de: 'Netzwerke und Forschung',
    it: 'Reti e ricerca',
    ru: 'Сети и исследования',
    es: 'Redes e investigación',
  },
} as const satisfies Record<string, Localized>;

function perLocale(build: (locale: Locale) => string): Localized {
  const result = {} as Record<Locale, string>;
  for (const locale of LOCALES) result[locale] = build(locale);
  return result;
}

function countryLabel(code: CountryCode): Localized {
  const names = countryNamesByLocale(code);
  if (code !== CHAIRPERSONSHIP.code) return names;
  // The OSCE's menu marks the Chairpersonship: "Switzerland – OSCE Chairpersonship 2026".
  return perLocale((l) => `${names[l]} – ${L.chairpersonshipYear[l]} ${CHAIRPERSONSHIP.year}`);
}

function countryNodes(entries: readonly { readonly code: CountryCode }[]): SiteMapNode[] {
  return entries.map(({ code }) => ({
    key: `country-${code.toLowerCase()}`,
    label: countryLabel(code),
    path: `/countries/${code}`,
  }));
}

function groupPath(group: CountryGroup): string {
  return `/countries?group=${group}`;
}

function institution(slug: InstitutionSlug): SiteMapNode {
  const found = INSTITUTIONS.find((i) => i.slug === slug);
  if (!found) throw new Error(`Unknown institution ${slug}`);
  return { key: `institution-${slug}`, label: found.name, path: publicPath('institution', slug) };
}

/** An "About us" entry served by the editorial page of the same slug (`about/:slug`). */
function aboutPage(slug: string, label: Localized): SiteMapNode {
  return { key: slug, label, path: publicPath('page', slug), page: slug };
}

function requiredLabel(label: Localized | undefined, what: string): Localized {
  if (!label) throw new Error(`No label for ${what}`);
  return label;
}

/** The portal's menu, built from the OSCE menu of the seed page, labels in six languages. */
export const SITE_MAP: readonly SiteMapNode[] =
  // Pure: a bundle that imports only the route table or the payload types from this
  // library leaves the menu (and its 400 labels) out; the portal fetches it from the API.
  /* @__PURE__ */ siteMap();

function siteMap(): readonly SiteMapNode[] {
  const policing = FIELDS_OF_WORK.find((f) => f.slug === 'policing');
  const chairpersonship = STRUCTURES.find((s) => s.slug === 'chairpersonship');
  return [
    {
      key: 'our-work',
      label: L.ourWork,
      children: [
        {
          key: 'fields-of-work',
          label: L.fieldsOfWork,
          path: '/fields-of-work',
          children: [
            {
              key: 'policing',
              label: requiredLabel(policing?.name, 'policing'),
              path: publicPath('page', 'policing'),
            },
          ],
        },
        { key: 'our-work-field-operations', label: L.fieldOperations, path: '/field-operations' },
        { key: 'projects', label: L.projects, path: `/${PUBLIC_ROUTES.projects}` },
      ],
    },
    {
      key: 'meetings',
      label: L.meetings,
      path: '/meetings',
      children: MEETING_SERIES.map((series) => ({
        key: `meeting-${series.slug}`,
        label: series.name,
        path: `/meetings/${series.slug}`,
      })),
    },
    {
      key: 'countries',
      label: L.countries,
      path: '/countries',
      children: [
        { key: 'countries-all', label: L.all, path: '/countries' },
        {
          key: 'participating-states',
          label: L.participating,
          path: groupPath('participating'),
          children: countryNodes(PARTICIPATING_STATES),
        },
        {
          key: 'asian-partners',
          label: L.asianPartners,
          path: groupPath('asian-partner'),
          children: countryNodes(ASIAN_PARTNERS),
        },
        {
          key: 'mediterranean-partners',
          label: L.mediterraneanPartners,
          path: groupPath('mediterranean-partner'),
          children: countryNodes(MEDITERRANEAN_PARTNERS),
        },
      ],
    },
    {
      key: 'structures-and-institutions',
      label: L.structures,
      children: [
        {
          key: 'chairpersonship',
          label: requiredLabel(chairpersonship?.name, 'chairpersonship'),
          // The Chairpersonship is held by a participating State for a year; its country page
          // is where the portal presents it (there is no institution of that name).
          path: `/countries/${CHAIRPERSONSHIP.code}`,
        },
        {
          key: 'institutions',
          label: L.institutions,
          path: '/institutions',
          children: [
            institution('odihr'),
            institution('hcnm'),
            institution('representative-on-freedom-of-the-media'),
          ],
        },
        {
          key: 'parliamentary-assembly',
          label: L.parliamentaryAssembly,
          path: publicPath('institution', 'parliamentary-assembly'),
        },
        {
          key: 'court-of-conciliation-and-arbitration',
          label: L.court,
          path: publicPath('institution', 'court-of-conciliation-and-arbitration'),
        },
        aboutPage('organizational-structure', L.organizationalStructure),
      ],
    },
    {
      key: 'field-operations',
      label: L.fieldOperations,
      path: '/field-operations',
      children: [
        ...ACTIVE_FIELD_OPERATIONS.map((op) => ({
          key: `field-operation-${op.slug}`,
          label: op.name,
          path: publicPath('field-operation', op.slug),
        })),
        {
          key: 'closed-field-activities',
          label: L.closedFieldActivities,
          path: '/field-operations?status=closed',
        },
      ],
    },
    {
      key: 'about',
      label: L.about,
      path: publicPath('page', 'about'),
      page: 'about',
      children: [
        aboutPage('chair', L.chair),
        aboutPage('decision-making-bodies', L.decisionMakingBodies),
        {
          key: 'leadership',
          label: L.leadership,
          path: '/leadership',
          children: LEADERSHIP_OFFICES.map((office) => ({
            key: `leadership-${office.slug}`,
            label: office.title,
            path: `/leadership#${office.slug}`,
          })),
        },
        aboutPage('our-principles', L.principles),
        aboutPage('finance-and-administration', L.finance),
        aboutPage('internal-oversight', L.internalOversight),
        aboutPage('employment', L.employment),
        aboutPage('networks-and-research', L.networks),
      ],
    },
  ];
}

function pageSlugs(nodes: readonly SiteMapNode[]): string[] {
  return nodes.flatMap((n) => [...(n.page ? [n.page] : []), ...pageSlugs(n.children ?? [])]);
}

/**
 * Slugs of the editorial pages the site map places itself (including those with a route of
 * their own); any other published page joins the menu under "About us".
 */
export const SITE_MAP_PAGES: ReadonlySet<string> = /* @__PURE__ */ sitePages();

// A function, not `new Set([...pageSlugs(SITE_MAP)])` inline: a pure annotation on `new`
// does not cover its arguments, so the bundler kept the spread and with it the whole menu,
// built on every page that imported anything from this library (the policing page did).
function sitePages(): ReadonlySet<string> {
  return new Set([...pageSlugs(SITE_MAP), 'policing', 'about']);
}

function localize(
  node: SiteMapNode,
  locale: Locale,
  hasPage: (slug: string) => boolean,
): NavigationItem | undefined {
  const children = node.children
    ?.map((child) => localize(child, locale, hasPage))
    .filter((child): child is NavigationItem => child !== undefined);
  const linked = node.path !== undefined && (node.page === undefined || hasPage(node.page));
  // A label that leads nowhere and groups nothing would only confuse.
  if (!linked && !children?.length) return undefined;
  return {
    key: node.key,
    label: node.label[locale],
    ...(linked ? { path: node.path } : {}),
    ...(children?.length ? { children } : {}),
  };
}

/**
 * The menu in `locale`, as `GET /api/navigation` returns it; a fresh tree on every call.
 * Entries of editorial pages are listed as `options.hasPage` says they are published.
 */
export function buildNavigation(locale: Locale, options: NavigationOptions = {}): NavigationItem[] {
  const hasPage = options.hasPage ?? (() => true);
  const menu = SITE_MAP.map((node) => localize(node, locale, hasPage)).filter(
    (item): item is NavigationItem => item !== undefined,
  );
  const others = (options.otherPages ?? []).filter((p) => !SITE_MAP_PAGES.has(p.slug));
  if (!others.length) return menu;
  return menu.map((item) =>
    item.key === 'about'
      ? {
          ...item,
          children: [
            ...(item.children ?? []),
            ...others.map((p) => ({
              key: `page-${p.slug}`,
              label: p.title,
              path: publicPath('page', p.slug),
            })),
          ],
        }
      : item,
  );
}
