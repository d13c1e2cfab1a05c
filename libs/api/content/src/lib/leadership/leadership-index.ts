import { PUBLIC_ROUTES, localizedPath, siteMapLabel } from '@portal/domain/content';
import { ALL_LEADERSHIP_OFFICES, findInstitution } from '@portal/domain/institutions';
import type { LeadershipOffice } from '@portal/domain/institutions';
import { LOCALES, type Locale } from '@portal/domain/locales';
import type { IndexItem } from '../services/content-ports';

/** The search item of the Leadership page: one per portal, never a content item's id. */
export const LEADERSHIP_ITEM_ID = 'leadership';

/** "in office since <date>", as each language puts it before a date written out. */
const IN_OFFICE_SINCE: Readonly<Record<Locale, string>> = {
  en: 'in office since',
  fr: 'en fonction depuis le',
  de: 'im Amt seit',
  it: 'in carica dal',
  ru: 'в должности с',
  es: 'en el cargo desde el',
};

/** What the index needs of an office's holder. */
export interface IndexedHolder {
  readonly name: string;
  readonly localNames: Partial<Record<Locale, string>>;
  /** `YYYY-MM-DD`. */
  readonly since: string;
}

/**
 * The Leadership page as search and the assistant read it: a passage per office with a
 * holder ("Secretary General: Jane Roe, in office since 4 December 2024."), anchored at the
 * office's place on the page, in every language. Visitors ask "who is ..." far more often
 * than they browse the page, and the holders live in the database, not in any page's text.
 */
export function leadershipIndexItem(
  holders: ReadonlyMap<string, IndexedHolder>,
  updatedAt: Date,
): IndexItem {
  const held = ALL_LEADERSHIP_OFFICES.filter((office) => holders.has(office.slug));
  const label = siteMapLabel('leadership');
  return {
    type: 'page',
    itemId: LEADERSHIP_ITEM_ID,
    entries: held.length
      ? LOCALES.map((locale) => ({
          locale,
          title: label?.[locale] ?? 'Leadership',
          url: localizedPath(locale, `/${PUBLIC_ROUTES.leadership}`),
          passages: held.map((office) => {
            const holder = holders.get(office.slug) as IndexedHolder;
            const name = holder.localNames[locale] || holder.name;
            return {
              anchor: office.slug,
              text: sentence(
                `${officeName(office, locale)}: ${name}, ${IN_OFFICE_SINCE[locale]} ${longDate(holder.since, locale)}`,
              ),
            };
          }),
          updatedAt,
        }))
      : [],
  };
}

/**
 * The office's title, with its institution's acronym where the title spells the name out:
 * visitors ask "who heads ODIHR", not "who is the Director of the Office for ...".
 */
function officeName(office: LeadershipOffice, locale: Locale): string {
  const title = office.title[locale];
  const related = office.relatedTo;
  const acronym =
    'institution' in related ? findInstitution(related.institution)?.acronym?.[locale] : undefined;
  return acronym && !title.includes(acronym) ? `${title} (${acronym})` : title;
}

/** Ended with a period, unless the date already ends with one ("2024 г."). */
function sentence(text: string): string {
  return text.endsWith('.') ? text : `${text}.`;
}

function longDate(day: string, locale: Locale): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
