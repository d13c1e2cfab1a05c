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
import { PUBLIC_ROUTES, publicPath } from './public-routes';
import { SITE_MAP_LABELS as L } from './site-map-labels';

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

/** The label of the site map's entry `key` (e.g. "leadership"), in the six languages. */
export function siteMapLabel(key: string): Localized | undefined {
  const find = (nodes: readonly SiteMapNode[]): SiteMapNode | undefined => {
    for (const node of nodes) {
      const found = node.key === key ? node : find(node.children ?? []);
      if (found) return found;
    }
    return undefined;
  };
  return find(SITE_MAP)?.label;
}
