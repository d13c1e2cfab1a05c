import type { CountryCode } from '@portal/domain/countries';
import type { Localized } from '@portal/domain/locales';

export type InstitutionKind = 'institution' | 'parliamentary-assembly' | 'court' | 'secretariat';

interface InstitutionDef<Slug extends string = string> {
  readonly slug: Slug;
  readonly kind: InstitutionKind;
  readonly name: Localized;
  /** The acronym each language's OSCE documents use; absent where there is none. */
  readonly acronym?: Localized;
  readonly seat: Localized;
  readonly seatCountry: CountryCode;
  readonly established: number;
}

const INSTITUTION_DATA = [
  {
    slug: 'odihr',
    kind: 'institution',
    name: {
      en: 'Office for Democratic Institutions and Human Rights',
      fr: 'Bureau des institutions démocratiques et des droits de l’homme',
      de: 'Büro für demokratische Institutionen und Menschenrechte',
      it: 'Ufficio per le istituzioni democratiche e i diritti dell’uomo',
      ru: 'Бюро по демократическим институтам и правам человека',
      es: 'Oficina de Instituciones Democráticas y Derechos Humanos',
    },
    acronym: { en: 'ODIHR', fr: 'BIDDH', de: 'BDIMR', it: 'ODIHR', ru: 'БДИПЧ', es: 'OIDDH' },
    seat: {
      en: 'Warsaw',
      fr: 'Varsovie',
      de: 'Warschau',
      it: 'Varsavia',
      ru: 'Варшава',
      es: 'Varsovia',
    },
    seatCountry: 'PL',
    established: 1990,
  },
  {
    slug: 'hcnm',
    kind: 'institution',
    name: {
      en: 'High Commissioner on National Minorities',
      fr: 'Haut Commissaire pour les minorités nationales',
      de: 'Hoher Kommissar für nationale Minderheiten',
      it: 'Alto Commissario per le minoranze nazionali',
      ru: 'Верховный комиссар по делам национальных меньшинств',
      es: 'Alto Comisionado para las Minorías Nacionales',
    },
    acronym: { en: 'HCNM', fr: 'HCMN', de: 'HKNM', it: 'ACMN', ru: 'ВКНМ', es: 'ACMN' },
    seat: {
      en: 'The Hague',
      fr: 'La Haye',
      de: 'Den Haag',
      it: 'L’Aia',
      ru: 'Гаага',
      es: 'La Haya',
    },
    seatCountry: 'NL',
    established: 1992,
  },
  {
    slug: 'representative-on-freedom-of-the-media',
    kind: 'institution',
    name: {
      en: 'Representative on Freedom of the Media',
      fr: 'Représentant pour la liberté des médias',
      de: 'Beauftragter für Medienfreiheit',
      it: 'Rappresentante per la libertà dei mezzi d’informazione',
      ru: 'Представитель по вопросам свободы СМИ',
      es: 'Representante para la Libertad de los Medios de Comunicación',
    },
    acronym: { en: 'RFoM', fr: 'RLM', de: 'RFoM', it: 'RFoM', ru: 'ПССМИ', es: 'RLMC' },
    seat: { en: 'Vienna', fr: 'Vienne', de: 'Wien', it: 'Vienna', ru: 'Вена', es: 'Viena' },
    seatCountry: 'AT',
    established: 1997,
  },
  {
    slug: 'parliamentary-assembly',
    kind: 'parliamentary-assembly',
    name: {
      en: 'OSCE Parliamentary Assembly',
      fr: 'Assemblée parlementaire de l’OSCE',
      de: 'Parlamentarische Versammlung der OSZE',
      it: 'Assemblea parlamentare dell’OSCE',
      ru: 'Парламентская ассамблея ОБСЕ',
      es: 'Asamblea Parlamentaria de la OSCE',
    },
    acronym: {
      en: 'OSCE PA',
      fr: 'AP OSCE',
      de: 'OSZE PV',
      it: 'AP OSCE',
      ru: 'ПА ОБСЕ',
      es: 'AP OSCE',
    },
    seat: {
      en: 'Copenhagen',
      fr: 'Copenhague',
      de: 'Kopenhagen',
      it: 'Copenaghen',
      ru: 'Копенгаген',
      es: 'Copenhague',
    },
    seatCountry: 'DK',
    established: 1991,
  },
  {
    slug: 'court-of-conciliation-and-arbitration',
    kind: 'court',
    name: {
      en: 'Court of Conciliation and Arbitration within the OSCE',
      fr: 'Cour de conciliation et d’arbitrage au sein de l’OSCE',
      de: 'Vergleichs- und Schiedsgerichtshof innerhalb der OSZE',
      it: 'Corte di conciliazione e arbitrato nell’ambito dell’OSCE',
      ru: 'Суд по примирению и арбитражу в рамках ОБСЕ',
      es: 'Corte de Conciliación y Arbitraje en el marco de la OSCE',
    },
    seat: { en: 'Geneva', fr: 'Genève', de: 'Genf', it: 'Ginevra', ru: 'Женева', es: 'Ginebra' },
    seatCountry: 'CH',
    established: 1995,
  },
  {
    slug: 'secretariat',
    kind: 'secretariat',
    name: {
      en: 'OSCE Secretariat',
      fr: 'Secrétariat de l’OSCE',
      de: 'OSZE-Sekretariat',
      it: 'Segretariato dell’OSCE',
      ru: 'Секретариат ОБСЕ',
      es: 'Secretaría de la OSCE',
    },
    seat: { en: 'Vienna', fr: 'Vienne', de: 'Wien', it: 'Vienna', ru: 'Вена', es: 'Viena' },
    seatCountry: 'AT',
    established: 1994,
  },
] as const satisfies readonly InstitutionDef[];

export type InstitutionSlug = (typeof INSTITUTION_DATA)[number]['slug'];

export type Institution = InstitutionDef<InstitutionSlug>;

/** The OSCE's institutions, the Parliamentary Assembly, the Court and the Secretariat. */
export const INSTITUTIONS: readonly Institution[] = INSTITUTION_DATA;

export const INSTITUTION_SLUGS: readonly InstitutionSlug[] = INSTITUTIONS.map((i) => i.slug);
