import { PUBLIC_ROUTES, localizedPath, siteMapLabel } from '@portal/domain/content';
import { COUNTRY_GROUPS, countriesInGroup, countryName } from '@portal/domain/countries';
import type { CountryCode, CountryGroup } from '@portal/domain/countries';
import { LOCALES, type Locale, type Localized } from '@portal/domain/locales';
import type { IndexItem } from '../services/content-ports';

/**
 * The overview pages whose lists are reference data, as search and the assistant read
 * them: a passage per list, anchored at its heading on the page ("Mediterranean Partners
 * for Co-operation (6): Algeria, Egypt, ..."). No page text enumerates them, and visitors
 * ask for them ("Which countries are Asian partners?"). Built from the same tables as the
 * pages, so they change with a release, not with an edit.
 *
 * The field operations are left out: their names hold roles and bodies ("Project
 * Co-ordinator in Ukraine", "Mission in Kosovo"), and a list of them answered "who heads
 * the Mission in Kosovo" with the whole list (own set) and crowded out the answer to "who
 * was the Project Co-ordinator in Ukraine" (eval-dev). Each has its own page.
 */
export function overviewIndexItems(updatedAt: Date): IndexItem[] {
  return [countriesOverview(updatedAt)];
}

/**
 * The partners' lists: the 57 participating States are left out, as a passage naming every
 * country matched nearly every question about a place and slowed the assistant by a fifth
 * (eval-dev p50 46 -> 55 ms), while their list is one click away on the countries page.
 */
const INDEXED_GROUPS: readonly CountryGroup[] = COUNTRY_GROUPS.filter((g) => g !== 'participating');

/** The site map's entry of each country group, for its label. */
const GROUP_ENTRY: Readonly<Record<CountryGroup, string>> = {
  participating: 'participating-states',
  'asian-partner': 'asian-partners',
  'mediterranean-partner': 'mediterranean-partners',
};

function countriesOverview(updatedAt: Date): IndexItem {
  return overview('countries', PUBLIC_ROUTES.countries, updatedAt, (locale) =>
    INDEXED_GROUPS.map((group) => ({
      anchor: `pt-group-${group}`,
      label: siteMapLabel(GROUP_ENTRY[group]),
      names: countriesInGroup(group).map((c) => countryName(c.code as CountryCode, locale)),
    })),
  );
}

interface OverviewList {
  readonly anchor: string;
  readonly label: Localized | undefined;
  readonly names: readonly string[];
}

function overview(
  key: string,
  route: string,
  updatedAt: Date,
  lists: (locale: Locale) => readonly OverviewList[],
): IndexItem {
  const title = siteMapLabel(key);
  return {
    type: 'page',
    itemId: key,
    entries: LOCALES.map((locale) => {
      const collator = new Intl.Collator(locale);
      return {
        locale,
        title: title?.[locale] ?? key,
        url: localizedPath(locale, `/${route}`),
        passages: lists(locale)
          .filter((list) => list.label && list.names.length)
          .map((list) => ({
            anchor: list.anchor,
            text: `${list.label?.[locale]} (${list.names.length}): ${[...list.names]
              .sort(collator.compare)
              .join(', ')}.`,
          })),
        updatedAt,
      };
    }),
  };
}
