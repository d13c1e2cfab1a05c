import { countryNamesByLocale } from '@portal/domain/countries';
import type { Localized } from '@portal/domain/locales';
import type { LeadershipSlug } from './leadership';

/** Who holds a leadership office, from when, and where that is said. */
export interface OfficeHolderSeed {
  readonly office: LeadershipSlug;
  /** The name as the sources write it (Latin script). */
  readonly name: string;
  /** The name where a language writes it otherwise, e.g. in Cyrillic. */
  readonly localNames?: Partial<Localized>;
  /** ISO date `YYYY-MM-DD`. */
  readonly since: string;
  readonly sourceUrl: string;
  /** What the sources leave open; shown as "to be confirmed". */
  readonly note?: string;
}

const APPOINTMENTS_2024 = 'https://osce.org/chairpersonship/582298';
const APPOINTED_NOTE =
  'Appointed by the Ministerial Council in Valletta on 6 December 2024; the sources consulted do not give the day the term began.';

/**
 * The office holders for 2026 as public sources give them, seeded once; staff keep them
 * current in the admin. Offices the sources consulted did not cover are left without a
 * holder rather than guessed.
 */
export const OFFICE_HOLDER_SEEDS: readonly OfficeHolderSeed[] = [
  {
    office: 'chairpersonship',
    name: 'Switzerland',
    // A getter: six `Intl.DisplayNames` built when this module loads cost the portal's
    // pages (which never read the seeds) a long task on a slow phone.
    get localNames() {
      return countryNamesByLocale('CH');
    },
    since: '2026-01-01',
    // Switzerland takes over from Finland on 1 January 2026.
    sourceUrl:
      'https://www.einpresswire.com/article/850083284/swiss-foreign-minister-federal-councillor-cassis-to-outline-switzerland-s-priorities-as-incoming-osce-chairpersonship',
  },
  {
    office: 'chairperson-in-office',
    name: 'Ignazio Cassis',
    localNames: { ru: 'Иньяцио Кассис' },
    since: '2026-01-01',
    // Federal Councillor Cassis serves as Chair-in-Office from 1 January 2026.
    sourceUrl:
      'https://www.einpresswire.com/article/850083284/swiss-foreign-minister-federal-councillor-cassis-to-outline-switzerland-s-priorities-as-incoming-osce-chairpersonship',
  },
  {
    office: 'secretary-general',
    name: 'Feridun H. Sinirlioğlu',
    localNames: { ru: 'Феридун Синирлиоглу' },
    since: '2024-12-06',
    sourceUrl: APPOINTMENTS_2024,
    note: APPOINTED_NOTE,
  },
  {
    office: 'director-of-odihr',
    name: 'Maria Telalian',
    localNames: { ru: 'Мария Телалян' },
    since: '2024-12-06',
    sourceUrl: APPOINTMENTS_2024,
    note: APPOINTED_NOTE,
  },
  {
    office: 'high-commissioner-on-national-minorities',
    name: 'Christophe Kamp',
    localNames: { ru: 'Кристоф Камп' },
    since: '2024-12-06',
    sourceUrl: APPOINTMENTS_2024,
    note: APPOINTED_NOTE,
  },
  {
    office: 'representative-on-freedom-of-the-media',
    name: 'Jan Braathu',
    localNames: { ru: 'Ян Браату' },
    since: '2024-12-06',
    sourceUrl: APPOINTMENTS_2024,
    note: APPOINTED_NOTE,
  },
  {
    office: 'president-of-parliamentary-assembly',
    name: 'Pere Joan Pons Sampietro',
    localNames: { ru: 'Пере Жоан Понс Сампьетро' },
    since: '2025-07-03',
    sourceUrl:
      'https://internazionale.camera.it/in-evidenza/32ma-sessione-annuale-dellassemblea-parlamentare-dellosce',
    note: 'Elected at the close of the Porto Annual Session (29 June to 3 July 2025); the sources consulted do not say whether the 2026 Annual Session re-elected him.',
  },
];
