import { countryName } from '@portal/domain/countries';
import type { CountryCode } from '@portal/domain/countries';
import type { Locale, Localized } from '@portal/domain/locales';

export type FieldOperationKind =
  | 'presence'
  | 'centre'
  | 'programme-office'
  | 'mission'
  | 'project-co-ordinator'
  | 'office'
  | 'special-monitoring-mission'
  | 'assistance-group';

export type FieldOperationStatus = 'active' | 'closed';

/** Kosovo hosts a mission but is not a participating State, so it has no country code here. */
export type FieldOperationHost = CountryCode | 'Kosovo';

interface FieldOperationDef<Slug extends string = string> {
  readonly slug: Slug;
  readonly kind: FieldOperationKind;
  readonly status: FieldOperationStatus;
  readonly host: FieldOperationHost;
  readonly city?: Localized;
  readonly name: Localized;
  readonly startYear: number;
  readonly endYear?: number;
}

const ACTIVE_DATA = [
  {
    slug: 'presence-in-albania',
    kind: 'presence',
    status: 'active',
    host: 'AL',
    city: { en: 'Tirana', fr: 'Tirana', de: 'Tirana', it: 'Tirana', ru: 'Тирана', es: 'Tirana' },
    name: {
      en: 'OSCE Presence in Albania',
      fr: 'Présence de l’OSCE en Albanie',
      de: 'OSZE-Präsenz in Albanien',
      it: 'Presenza OSCE in Albania',
      ru: 'Присутствие ОБСЕ в Албании',
      es: 'Presencia de la OSCE en Albania',
    },
    startYear: 1997,
  },
  {
    slug: 'centre-in-ashgabat',
    kind: 'centre',
    status: 'active',
    host: 'TM',
    city: {
      en: 'Ashgabat',
      fr: 'Achgabat',
      de: 'Aschgabat',
      it: 'Ashgabat',
      ru: 'Ашхабад',
      es: 'Asjabad',
    },
    name: {
      en: 'OSCE Centre in Ashgabat',
      fr: 'Centre de l’OSCE à Achgabat',
      de: 'OSZE-Zentrum in Aschgabat',
      it: 'Centro OSCE di Ashgabat',
      ru: 'Центр ОБСЕ в Ашхабаде',
      es: 'Centro de la OSCE en Asjabad',
    },
    startYear: 1998,
  },
  {
    slug: 'programme-office-in-astana',
    kind: 'programme-office',
    status: 'active',
    host: 'KZ',
    city: { en: 'Astana', fr: 'Astana', de: 'Astana', it: 'Astana', ru: 'Астана', es: 'Astaná' },
    name: {
      en: 'OSCE Programme Office in Astana',
      fr: 'Bureau de programme de l’OSCE à Astana',
      de: 'OSZE-Programmbüro in Astana',
      it: 'Ufficio di programma OSCE ad Astana',
      ru: 'Офис программ ОБСЕ в Астане',
      es: 'Oficina de Programas de la OSCE en Astaná',
    },
    startYear: 1998,
  },
  {
    slug: 'programme-office-in-bishkek',
    kind: 'programme-office',
    status: 'active',
    host: 'KG',
    city: {
      en: 'Bishkek',
      fr: 'Bichkek',
      de: 'Bischkek',
      it: 'Bishkek',
      ru: 'Бишкек',
      es: 'Biskek',
    },
    name: {
      en: 'OSCE Programme Office in Bishkek',
      fr: 'Bureau de programme de l’OSCE à Bichkek',
      de: 'OSZE-Programmbüro in Bischkek',
      it: 'Ufficio di programma OSCE a Bishkek',
      ru: 'Офис программ ОБСЕ в Бишкеке',
      es: 'Oficina de Programas de la OSCE en Biskek',
    },
    startYear: 1998,
  },
  {
    slug: 'mission-to-bosnia-and-herzegovina',
    kind: 'mission',
    status: 'active',
    host: 'BA',
    city: {
      en: 'Sarajevo',
      fr: 'Sarajevo',
      de: 'Sarajevo',
      it: 'Sarajevo',
      ru: 'Сараево',
      es: 'Sarajevo',
    },
    name: {
      en: 'OSCE Mission to Bosnia and Herzegovina',
      fr: 'Mission de l’OSCE en Bosnie-Herzégovine',
      de: 'OSZE-Mission in Bosnien und Herzegowina',
      it: 'Missione OSCE in Bosnia-Erzegovina',
      ru: 'Миссия ОБСЕ в Боснии и Герцеговине',
      es: 'Misión de la OSCE en Bosnia y Herzegovina',
    },
    startYear: 1995,
  },
  {
    slug: 'programme-office-in-dushanbe',
    kind: 'programme-office',
    status: 'active',
    host: 'TJ',
    city: {
      en: 'Dushanbe',
      fr: 'Douchanbé',
      de: 'Duschanbe',
      it: 'Dushanbe',
      ru: 'Душанбе',
      es: 'Dusambé',
    },
    name: {
      en: 'OSCE Programme Office in Dushanbe',
      fr: 'Bureau de programme de l’OSCE à Douchanbé',
      de: 'OSZE-Programmbüro in Duschanbe',
      it: 'Ufficio di programma OSCE a Dushanbe',
      ru: 'Офис программ ОБСЕ в Душанбе',
      es: 'Oficina de Programas de la OSCE en Dusambé',
    },
    startYear: 1994,
  },
  {
    slug: 'mission-in-kosovo',
    kind: 'mission',
    status: 'active',
    host: 'Kosovo',
    city: {
      en: 'Pristina',
      fr: 'Pristina',
      de: 'Pristina',
      it: 'Pristina',
      ru: 'Приштина',
      es: 'Pristina',
    },
    name: {
      en: 'OSCE Mission in Kosovo',
      fr: 'Mission de l’OSCE au Kosovo',
      de: 'OSZE-Mission im Kosovo',
      it: 'Missione OSCE in Kosovo',
      ru: 'Миссия ОБСЕ в Косово',
      es: 'Misión de la OSCE en Kosovo',
    },
    startYear: 1999,
  },
  {
    slug: 'mission-to-moldova',
    kind: 'mission',
    status: 'active',
    host: 'MD',
    city: {
      en: 'Chișinău',
      fr: 'Chișinău',
      de: 'Chișinău',
      it: 'Chișinău',
      ru: 'Кишинев',
      es: 'Chisináu',
    },
    name: {
      en: 'OSCE Mission to Moldova',
      fr: 'Mission de l’OSCE en Moldavie',
      de: 'OSZE-Mission in der Republik Moldau',
      it: 'Missione OSCE in Moldova',
      ru: 'Миссия ОБСЕ в Молдове',
      es: 'Misión de la OSCE en Moldova',
    },
    startYear: 1993,
  },
  {
    slug: 'mission-to-montenegro',
    kind: 'mission',
    status: 'active',
    host: 'ME',
    city: {
      en: 'Podgorica',
      fr: 'Podgorica',
      de: 'Podgorica',
      it: 'Podgorica',
      ru: 'Подгорица',
      es: 'Podgorica',
    },
    name: {
      en: 'OSCE Mission to Montenegro',
      fr: 'Mission de l’OSCE au Monténégro',
      de: 'OSZE-Mission in Montenegro',
      it: 'Missione OSCE in Montenegro',
      ru: 'Миссия ОБСЕ в Черногории',
      es: 'Misión de la OSCE en Montenegro',
    },
    startYear: 2006,
  },
  {
    slug: 'mission-to-serbia',
    kind: 'mission',
    status: 'active',
    host: 'RS',
    city: {
      en: 'Belgrade',
      fr: 'Belgrade',
      de: 'Belgrad',
      it: 'Belgrado',
      ru: 'Белград',
      es: 'Belgrado',
    },
    name: {
      en: 'OSCE Mission to Serbia',
      fr: 'Mission de l’OSCE en Serbie',
      de: 'OSZE-Mission in Serbien',
      it: 'Missione OSCE in Serbia',
      ru: 'Миссия ОБСЕ в Сербии',
      es: 'Misión de la OSCE en Serbia',
    },
    startYear: 2001,
  },
  {
    slug: 'mission-to-skopje',
    kind: 'mission',
    status: 'active',
    host: 'MK',
    city: { en: 'Skopje', fr: 'Skopje', de: 'Skopje', it: 'Skopje', ru: 'Скопье', es: 'Skopie' },
    name: {
      en: 'OSCE Mission to Skopje',
      fr: 'Mission de l’OSCE à Skopje',
      de: 'OSZE-Mission in Skopje',
      it: 'Missione OSCE a Skopje',
      ru: 'Миссия ОБСЕ в Скопье',
      es: 'Misión de la OSCE en Skopie',
    },
    startYear: 1992,
  },
  {
    slug: 'project-co-ordinator-in-uzbekistan',
    kind: 'project-co-ordinator',
    status: 'active',
    host: 'UZ',
    city: {
      en: 'Tashkent',
      fr: 'Tachkent',
      de: 'Taschkent',
      it: 'Tashkent',
      ru: 'Ташкент',
      es: 'Taskent',
    },
    name: {
      en: 'OSCE Project Co-ordinator in Uzbekistan',
      fr: 'Coordonnateur des projets de l’OSCE en Ouzbékistan',
      de: 'OSZE-Projektkoordinator in Usbekistan',
      it: 'Coordinatore dei progetti OSCE in Uzbekistan',
      ru: 'Координатор проектов ОБСЕ в Узбекистане',
      es: 'Coordinador de Proyectos de la OSCE en Uzbekistán',
    },
    startYear: 2006,
  },
] as const satisfies readonly FieldOperationDef[];

const CLOSED_DATA = [
  {
    slug: 'mission-to-georgia',
    kind: 'mission',
    status: 'closed',
    host: 'GE',
    name: {
      en: 'OSCE Mission to Georgia',
      fr: 'Mission de l’OSCE en Géorgie',
      de: 'OSZE-Mission in Georgien',
      it: 'Missione OSCE in Georgia',
      ru: 'Миссия ОБСЕ в Грузии',
      es: 'Misión de la OSCE en Georgia',
    },
    startYear: 1992,
    endYear: 2009,
  },
  {
    slug: 'mission-to-estonia',
    kind: 'mission',
    status: 'closed',
    host: 'EE',
    name: {
      en: 'OSCE Mission to Estonia',
      fr: 'Mission de l’OSCE en Estonie',
      de: 'OSZE-Mission in Estland',
      it: 'Missione OSCE in Estonia',
      ru: 'Миссия ОБСЕ в Эстонии',
      es: 'Misión de la OSCE en Estonia',
    },
    startYear: 1993,
    endYear: 2001,
  },
  {
    slug: 'mission-to-latvia',
    kind: 'mission',
    status: 'closed',
    host: 'LV',
    name: {
      en: 'OSCE Mission to Latvia',
      fr: 'Mission de l’OSCE en Lettonie',
      de: 'OSZE-Mission in Lettland',
      it: 'Missione OSCE in Lettonia',
      ru: 'Миссия ОБСЕ в Латвии',
      es: 'Misión de la OSCE en Letonia',
    },
    startYear: 1993,
    endYear: 2001,
  },
  {
    slug: 'assistance-group-to-chechnya',
    kind: 'assistance-group',
    status: 'closed',
    host: 'RU',
    name: {
      en: 'OSCE Assistance Group to Chechnya',
      fr: 'Groupe d’assistance de l’OSCE en Tchétchénie',
      de: 'OSZE-Unterstützungsgruppe in Tschetschenien',
      it: 'Gruppo di assistenza OSCE in Cecenia',
      ru: 'Группа содействия ОБСЕ в Чечне',
      es: 'Grupo de Asistencia de la OSCE en Chechenia',
    },
    startYear: 1995,
    endYear: 2003,
  },
  {
    slug: 'mission-to-croatia',
    kind: 'mission',
    status: 'closed',
    host: 'HR',
    city: { en: 'Zagreb', fr: 'Zagreb', de: 'Zagreb', it: 'Zagabria', ru: 'Загреб', es: 'Zagreb' },
    name: {
      en: 'OSCE Mission to Croatia',
      fr: 'Mission de l’OSCE en Croatie',
      de: 'OSZE-Mission in Kroatien',
      it: 'Missione OSCE in Croazia',
      ru: 'Миссия ОБСЕ в Хорватии',
      es: 'Misión de la OSCE en Croacia',
    },
    startYear: 1996,
    endYear: 2007,
  },
  {
    slug: 'office-in-minsk',
    kind: 'office',
    status: 'closed',
    host: 'BY',
    city: { en: 'Minsk', fr: 'Minsk', de: 'Minsk', it: 'Minsk', ru: 'Минск', es: 'Minsk' },
    name: {
      en: 'OSCE Office in Minsk',
      fr: 'Bureau de l’OSCE à Minsk',
      de: 'OSZE-Büro in Minsk',
      it: 'Ufficio OSCE a Minsk',
      ru: 'Офис ОБСЕ в Минске',
      es: 'Oficina de la OSCE en Minsk',
    },
    startYear: 2003,
    endYear: 2011,
  },
  {
    slug: 'office-in-baku',
    kind: 'office',
    status: 'closed',
    host: 'AZ',
    city: { en: 'Baku', fr: 'Bakou', de: 'Baku', it: 'Baku', ru: 'Баку', es: 'Bakú' },
    name: {
      en: 'OSCE Office in Baku',
      fr: 'Bureau de l’OSCE à Bakou',
      de: 'OSZE-Büro in Baku',
      it: 'Ufficio OSCE a Baku',
      ru: 'Офис ОБСЕ в Баку',
      es: 'Oficina de la OSCE en Bakú',
    },
    startYear: 2000,
    endYear: 2015,
  },
  {
    slug: 'office-in-yerevan',
    kind: 'office',
    status: 'closed',
    host: 'AM',
    city: { en: 'Yerevan', fr: 'Erevan', de: 'Eriwan', it: 'Erevan', ru: 'Ереван', es: 'Ereván' },
    name: {
      en: 'OSCE Office in Yerevan',
      fr: 'Bureau de l’OSCE à Erevan',
      de: 'OSZE-Büro in Eriwan',
      it: 'Ufficio OSCE a Erevan',
      ru: 'Офис ОБСЕ в Ереване',
      es: 'Oficina de la OSCE en Ereván',
    },
    startYear: 2000,
    endYear: 2017,
  },
  {
    slug: 'project-co-ordinator-in-ukraine',
    kind: 'project-co-ordinator',
    status: 'closed',
    host: 'UA',
    city: { en: 'Kyiv', fr: 'Kyiv', de: 'Kyjiw', it: 'Kyiv', ru: 'Киев', es: 'Kyiv' },
    name: {
      en: 'OSCE Project Co-ordinator in Ukraine',
      fr: 'Coordonnateur des projets de l’OSCE en Ukraine',
      de: 'OSZE-Projektkoordinator in der Ukraine',
      it: 'Coordinatore dei progetti OSCE in Ucraina',
      ru: 'Координатор проектов ОБСЕ в Украине',
      es: 'Coordinador de Proyectos de la OSCE en Ucrania',
    },
    startYear: 1999,
    endYear: 2022,
  },
  {
    slug: 'special-monitoring-mission-to-ukraine',
    kind: 'special-monitoring-mission',
    status: 'closed',
    host: 'UA',
    name: {
      en: 'OSCE Special Monitoring Mission to Ukraine',
      fr: 'Mission spéciale d’observation de l’OSCE en Ukraine',
      de: 'Sonderbeobachtermission der OSZE in der Ukraine',
      it: 'Missione speciale di monitoraggio dell’OSCE in Ucraina',
      ru: 'Специальная мониторинговая миссия ОБСЕ в Украине',
      es: 'Misión Especial de Observación de la OSCE en Ucrania',
    },
    startYear: 2014,
    endYear: 2022,
  },
] as const satisfies readonly FieldOperationDef[];

export type ActiveFieldOperationSlug = (typeof ACTIVE_DATA)[number]['slug'];
export type ClosedFieldOperationSlug = (typeof CLOSED_DATA)[number]['slug'];
export type FieldOperationSlug = ActiveFieldOperationSlug | ClosedFieldOperationSlug;

export type FieldOperation = FieldOperationDef<FieldOperationSlug>;

/** The 12 active field operations in the order of the OSCE's menu. */
export const ACTIVE_FIELD_OPERATIONS: readonly FieldOperationDef<ActiveFieldOperationSlug>[] =
  ACTIVE_DATA;

/** A selection of closed field activities, oldest closure first. */
export const CLOSED_FIELD_OPERATIONS: readonly FieldOperationDef<ClosedFieldOperationSlug>[] =
  CLOSED_DATA;

export const FIELD_OPERATIONS: readonly FieldOperation[] = [
  ...ACTIVE_FIELD_OPERATIONS,
  ...CLOSED_FIELD_OPERATIONS,
];

const KOSOVO: Localized = {
  en: 'Kosovo',
  fr: 'Kosovo',
  de: 'Kosovo',
  it: 'Kosovo',
  ru: 'Косово',
  es: 'Kosovo',
};

/** The host's name in `locale`: the participating State's name, or the territory's. */
export function hostName(host: FieldOperationHost, locale: Locale): string {
  return host === 'Kosovo' ? KOSOVO[locale] : countryName(host, locale);
}

/** The host's ISO code, when the host is a participating State. */
export function hostCountryCode(host: FieldOperationHost): CountryCode | undefined {
  return host === 'Kosovo' ? undefined : host;
}

const BY_SLUG: ReadonlyMap<string, FieldOperation> = new Map(
  FIELD_OPERATIONS.map((op) => [op.slug, op]),
);

export function findFieldOperation(slug: string): FieldOperation | undefined {
  return BY_SLUG.get(slug);
}

export function isFieldOperationSlug(value: unknown): value is FieldOperationSlug {
  return typeof value === 'string' && BY_SLUG.has(value);
}

export function fieldOperationsInCountry(code: CountryCode): readonly FieldOperation[] {
  return FIELD_OPERATIONS.filter((op) => op.host === code);
}
