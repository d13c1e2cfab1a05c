import type { Localized } from '@portal/domain/locales';
import type { FieldOperationSlug } from './field-operations';
import type { InstitutionSlug } from './institutions';
import type { StructureSlug } from './structures';

/** What a leadership office heads: exactly one institution, field operation or structure. */
export type LeadershipRelation =
  | { readonly institution: InstitutionSlug }
  | { readonly fieldOperation: FieldOperationSlug }
  | { readonly structure: StructureSlug };

interface LeadershipOfficeDef<Slug extends string = string> {
  readonly slug: Slug;
  readonly title: Localized;
  readonly relatedTo: LeadershipRelation;
}

const LEADERSHIP_DATA = [
  {
    slug: 'director-of-odihr',
    relatedTo: { institution: 'odihr' },
    title: {
      en: 'Director of the Office for Democratic Institutions and Human Rights',
      fr: 'Directeur du Bureau des institutions démocratiques et des droits de l’homme',
      de: 'Direktor des Büros für demokratische Institutionen und Menschenrechte',
      it: 'Direttore dell’Ufficio per le istituzioni democratiche e i diritti dell’uomo',
      ru: 'Директор Бюро по демократическим институтам и правам человека',
      es: 'Director de la Oficina de Instituciones Democráticas y Derechos Humanos',
    },
  },
  {
    slug: 'high-commissioner-on-national-minorities',
    relatedTo: { institution: 'hcnm' },
    title: {
      en: 'High Commissioner on National Minorities',
      fr: 'Haut Commissaire pour les minorités nationales',
      de: 'Hoher Kommissar für nationale Minderheiten',
      it: 'Alto Commissario per le minoranze nazionali',
      ru: 'Верховный комиссар по делам национальных меньшинств',
      es: 'Alto Comisionado para las Minorías Nacionales',
    },
  },
  {
    slug: 'representative-on-freedom-of-the-media',
    relatedTo: { institution: 'representative-on-freedom-of-the-media' },
    title: {
      en: 'Representative on Freedom of the Media',
      fr: 'Représentant pour la liberté des médias',
      de: 'Beauftragter für Medienfreiheit',
      it: 'Rappresentante per la libertà dei mezzi d’informazione',
      ru: 'Представитель по вопросам свободы СМИ',
      es: 'Representante para la Libertad de los Medios de Comunicación',
    },
  },
  {
    slug: 'head-of-mission-to-bosnia-and-herzegovina',
    relatedTo: { fieldOperation: 'mission-to-bosnia-and-herzegovina' },
    title: {
      en: 'Head of the OSCE Mission to Bosnia and Herzegovina',
      fr: 'Chef de la Mission de l’OSCE en Bosnie-Herzégovine',
      de: 'Leiter der OSZE-Mission in Bosnien und Herzegowina',
      it: 'Capo della Missione OSCE in Bosnia-Erzegovina',
      ru: 'Глава Миссии ОБСЕ в Боснии и Герцеговине',
      es: 'Jefe de la Misión de la OSCE en Bosnia y Herzegovina',
    },
  },
  {
    slug: 'head-of-presence-in-albania',
    relatedTo: { fieldOperation: 'presence-in-albania' },
    title: {
      en: 'Head of the OSCE Presence in Albania',
      fr: 'Chef de la Présence de l’OSCE en Albanie',
      de: 'Leiter der OSZE-Präsenz in Albanien',
      it: 'Capo della Presenza OSCE in Albania',
      ru: 'Глава Присутствия ОБСЕ в Албании',
      es: 'Jefe de la Presencia de la OSCE en Albania',
    },
  },
  {
    slug: 'head-of-mission-to-skopje',
    relatedTo: { fieldOperation: 'mission-to-skopje' },
    title: {
      en: 'Head of the OSCE Mission to Skopje',
      fr: 'Chef de la Mission de l’OSCE à Skopje',
      de: 'Leiter der OSZE-Mission in Skopje',
      it: 'Capo della Missione OSCE a Skopje',
      ru: 'Глава Миссии ОБСЕ в Скопье',
      es: 'Jefe de la Misión de la OSCE en Skopie',
    },
  },
  {
    slug: 'head-of-mission-to-montenegro',
    relatedTo: { fieldOperation: 'mission-to-montenegro' },
    title: {
      en: 'Head of the OSCE Mission to Montenegro',
      fr: 'Chef de la Mission de l’OSCE au Monténégro',
      de: 'Leiter der OSZE-Mission in Montenegro',
      it: 'Capo della Missione OSCE in Montenegro',
      ru: 'Глава Миссии ОБСЕ в Черногории',
      es: 'Jefe de la Misión de la OSCE en Montenegro',
    },
  },
  {
    slug: 'head-of-mission-to-moldova',
    relatedTo: { fieldOperation: 'mission-to-moldova' },
    title: {
      en: 'Head of the OSCE Mission to Moldova',
      fr: 'Chef de la Mission de l’OSCE en Moldavie',
      de: 'Leiter der OSZE-Mission in der Republik Moldau',
      it: 'Capo della Missione OSCE in Moldova',
      ru: 'Глава Миссии ОБСЕ в Молдове',
      es: 'Jefe de la Misión de la OSCE en Moldova',
    },
  },
  {
    slug: 'head-of-centre-in-ashgabat',
    relatedTo: { fieldOperation: 'centre-in-ashgabat' },
    title: {
      en: 'Head of the OSCE Centre in Ashgabat',
      fr: 'Chef du Centre de l’OSCE à Achgabat',
      de: 'Leiter des OSZE-Zentrums in Aschgabat',
      it: 'Capo del Centro OSCE di Ashgabat',
      ru: 'Глава Центра ОБСЕ в Ашхабаде',
      es: 'Jefe del Centro de la OSCE en Asjabad',
    },
  },
  {
    slug: 'head-of-programme-office-in-astana',
    relatedTo: { fieldOperation: 'programme-office-in-astana' },
    title: {
      en: 'Head of the OSCE Programme Office in Astana',
      fr: 'Chef du Bureau de programme de l’OSCE à Astana',
      de: 'Leiter des OSZE-Programmbüros in Astana',
      it: 'Capo dell’Ufficio di programma OSCE ad Astana',
      ru: 'Руководитель Офиса программ ОБСЕ в Астане',
      es: 'Jefe de la Oficina de Programas de la OSCE en Astaná',
    },
  },
  {
    slug: 'head-of-project-co-ordinator-in-uzbekistan',
    relatedTo: { fieldOperation: 'project-co-ordinator-in-uzbekistan' },
    title: {
      en: 'Head of OSCE Project Co-ordinator in Uzbekistan',
      fr: 'Chef du Coordonnateur des projets de l’OSCE en Ouzbékistan',
      de: 'Leiter des OSZE-Projektkoordinators in Usbekistan',
      it: 'Capo del Coordinatore dei progetti OSCE in Uzbekistan',
      ru: 'Руководитель Координатора проектов ОБСЕ в Узбекистане',
      es: 'Jefe del Coordinador de Proyectos de la OSCE en Uzbekistán',
    },
  },
  {
    slug: 'head-of-programme-office-in-dushanbe',
    relatedTo: { fieldOperation: 'programme-office-in-dushanbe' },
    title: {
      en: 'Head of the OSCE Programme Office in Dushanbe',
      fr: 'Chef du Bureau de programme de l’OSCE à Douchanbé',
      de: 'Leiter des OSZE-Programmbüros in Duschanbe',
      it: 'Capo dell’Ufficio di programma OSCE a Dushanbe',
      ru: 'Руководитель Офиса программ ОБСЕ в Душанбе',
      es: 'Jefe de la Oficina de Programas de la OSCE en Dusambé',
    },
  },
  {
    slug: 'director-of-conflict-prevention-centre',
    relatedTo: { structure: 'conflict-prevention-centre' },
    title: {
      en: 'Director of the OSCE Conflict Prevention Centre',
      fr: 'Directeur du Centre de prévention des conflits de l’OSCE',
      de: 'Direktor des Konfliktverhütungszentrums der OSZE',
      it: 'Direttore del Centro per la prevenzione dei conflitti dell’OSCE',
      ru: 'Директор Центра ОБСЕ по предотвращению конфликтов',
      es: 'Director del Centro para la Prevención de Conflictos de la OSCE',
    },
  },
  {
    slug: 'first-deputy-director-of-odihr',
    relatedTo: { institution: 'odihr' },
    title: {
      en: 'First Deputy Director of the OSCE Office for Democratic Institutions and Human Rights',
      fr: 'Premier Directeur adjoint du Bureau des institutions démocratiques et des droits de l’homme de l’OSCE',
      de: 'Erster stellvertretender Direktor des Büros für demokratische Institutionen und Menschenrechte der OSZE',
      it: 'Primo Vicedirettore dell’Ufficio OSCE per le istituzioni democratiche e i diritti dell’uomo',
      ru: 'Первый заместитель Директора Бюро ОБСЕ по демократическим институтам и правам человека',
      es: 'Primer Director Adjunto de la Oficina de Instituciones Democráticas y Derechos Humanos de la OSCE',
    },
  },
  {
    slug: 'director-of-office-of-hcnm',
    relatedTo: { institution: 'hcnm' },
    title: {
      en: 'Director of the office of the OSCE High Commissioner on National Minorities',
      fr: 'Directeur du Bureau du Haut Commissaire de l’OSCE pour les minorités nationales',
      de: 'Direktor des Büros des Hohen Kommissars der OSZE für nationale Minderheiten',
      it: 'Direttore dell’Ufficio dell’Alto Commissario OSCE per le minoranze nazionali',
      ru: 'Директор Канцелярии Верховного комиссара ОБСЕ по делам национальных меньшинств',
      es: 'Director de la Oficina del Alto Comisionado de la OSCE para las Minorías Nacionales',
    },
  },
  {
    slug: 'director-of-office-of-rfom',
    relatedTo: { institution: 'representative-on-freedom-of-the-media' },
    title: {
      en: 'Director of the Office of the OSCE Representative on Freedom of the Media',
      fr: 'Directeur du Bureau du Représentant de l’OSCE pour la liberté des médias',
      de: 'Direktor des Büros des OSZE-Beauftragten für Medienfreiheit',
      it: 'Direttore dell’Ufficio del Rappresentante OSCE per la libertà dei mezzi d’informazione',
      ru: 'Директор Бюро Представителя ОБСЕ по вопросам свободы СМИ',
      es: 'Director de la Oficina del Representante de la OSCE para la Libertad de los Medios de Comunicación',
    },
  },
  {
    slug: 'co-ordinator-of-activities-to-address-transnational-threats',
    relatedTo: { structure: 'transnational-threats-department' },
    title: {
      en: 'OSCE Co-ordinator of Activities to Address Transnational Threats',
      fr: 'Coordonnateur des activités de l’OSCE visant à faire face aux menaces transnationales',
      de: 'Koordinator der OSZE-Aktivitäten zur Bekämpfung grenzüberschreitender Bedrohungen',
      it: 'Coordinatore delle attività dell’OSCE per far fronte alle minacce transnazionali',
      ru: 'Координатор деятельности ОБСЕ по противодействию транснациональным угрозам',
      es: 'Coordinador de las actividades de la OSCE para hacer frente a las amenazas transnacionales',
    },
  },
  {
    slug: 'director-for-internal-oversight',
    relatedTo: { structure: 'office-of-internal-oversight' },
    title: {
      en: 'Director for Internal Oversight Services',
      fr: 'Directeur des services de contrôle interne',
      de: 'Direktor für interne Aufsicht',
      it: 'Direttore dei servizi di controllo interno',
      ru: 'Директор службы внутреннего надзора',
      es: 'Director de los Servicios de Supervisión Interna',
    },
  },
  {
    slug: 'senior-adviser-on-gender-issues',
    relatedTo: { structure: 'gender-issues-programme' },
    title: {
      en: 'OSCE Senior Adviser on Gender Issues',
      fr: 'Conseiller principal de l’OSCE pour les questions de genre',
      de: 'Leitender OSZE-Berater für Gleichstellungsfragen',
      it: 'Consigliere principale dell’OSCE per le questioni di genere',
      ru: 'Старший советник ОБСЕ по гендерным вопросам',
      es: 'Asesor Superior de la OSCE en Cuestiones de Género',
    },
  },
  {
    slug: 'special-representative-for-combating-human-trafficking',
    relatedTo: { structure: 'office-of-the-special-representative-on-trafficking' },
    title: {
      en: 'OSCE Special Representative and Co-ordinator for Combating Human Trafficking',
      fr: 'Représentant spécial et Coordonnateur de l’OSCE pour la lutte contre la traite des êtres humains',
      de: 'Sonderbeauftragter und Koordinator der OSZE für die Bekämpfung des Menschenhandels',
      it: 'Rappresentante speciale e Coordinatore dell’OSCE per la lotta alla tratta di esseri umani',
      ru: 'Специальный представитель и Координатор ОБСЕ по борьбе с торговлей людьми',
      es: 'Representante Especial y Coordinador de la OSCE para la Lucha contra la Trata de Personas',
    },
  },
  {
    slug: 'co-ordinator-of-economic-and-environmental-activities',
    relatedTo: {
      structure: 'office-of-the-co-ordinator-of-economic-and-environmental-activities',
    },
    title: {
      en: 'Co-ordinator of OSCE Economic and Environmental Activities',
      fr: 'Coordonnateur des activités économiques et environnementales de l’OSCE',
      de: 'Koordinator für Wirtschafts- und Umweltaktivitäten der OSZE',
      it: 'Coordinatore delle attività economiche e ambientali dell’OSCE',
      ru: 'Координатор экономической и экологической деятельности ОБСЕ',
      es: 'Coordinador de las Actividades Económicas y Medioambientales de la OSCE',
    },
  },
  {
    slug: 'director-for-management-and-finance',
    relatedTo: { structure: 'department-of-management-and-finance' },
    title: {
      en: 'Director for Management and Finance',
      fr: 'Directeur de la gestion et des finances',
      de: 'Direktor für Management und Finanzen',
      it: 'Direttore della gestione e delle finanze',
      ru: 'Директор Департамента управления и финансов',
      es: 'Director de Gestión y Finanzas',
    },
  },
] as const satisfies readonly LeadershipOfficeDef[];

/**
 * The offices at the head of the OSCE. The OSCE's "Leadership" menu leaves them out (they
 * have their own entries), but the leadership page starts with them.
 */
const HEAD_DATA = [
  {
    slug: 'chairpersonship',
    relatedTo: { structure: 'chairpersonship' },
    title: {
      en: 'OSCE Chairpersonship',
      fr: 'Présidence de l’OSCE',
      de: 'OSZE-Vorsitz',
      it: 'Presidenza OSCE',
      ru: 'Председательство в ОБСЕ',
      es: 'Presidencia de la OSCE',
    },
  },
  {
    slug: 'chairperson-in-office',
    relatedTo: { structure: 'chairpersonship' },
    title: {
      en: 'Chairperson-in-Office',
      fr: 'Président en exercice',
      de: 'Amtierender Vorsitzender',
      it: 'Presidente in esercizio',
      ru: 'Действующий председатель',
      es: 'Presidente en ejercicio',
    },
  },
  {
    slug: 'secretary-general',
    relatedTo: { institution: 'secretariat' },
    title: {
      en: 'OSCE Secretary General',
      fr: 'Secrétaire général de l’OSCE',
      de: 'Generalsekretär der OSZE',
      it: 'Segretario generale dell’OSCE',
      ru: 'Генеральный секретарь ОБСЕ',
      es: 'Secretario General de la OSCE',
    },
  },
  {
    slug: 'president-of-parliamentary-assembly',
    relatedTo: { institution: 'parliamentary-assembly' },
    title: {
      en: 'President of the OSCE Parliamentary Assembly',
      fr: 'Président de l’Assemblée parlementaire de l’OSCE',
      de: 'Präsident der Parlamentarischen Versammlung der OSZE',
      it: 'Presidente dell’Assemblea parlamentare dell’OSCE',
      ru: 'Председатель Парламентской ассамблеи ОБСЕ',
      es: 'Presidente de la Asamblea Parlamentaria de la OSCE',
    },
  },
] as const satisfies readonly LeadershipOfficeDef[];

export type LeadershipSlug =
  (typeof LEADERSHIP_DATA)[number]['slug'] | (typeof HEAD_DATA)[number]['slug'];

export type LeadershipOffice = LeadershipOfficeDef<LeadershipSlug>;

/** The leadership offices in the order of the OSCE's menu. */
export const LEADERSHIP_OFFICES: readonly LeadershipOffice[] = LEADERSHIP_DATA;

/** Chairpersonship, Chairperson-in-Office, Secretary General, Parliamentary Assembly President. */
export const HEAD_OFFICES: readonly LeadershipOffice[] = HEAD_DATA;

/** Every office a holder can be recorded for: the heads first, then the menu's offices. */
export const ALL_LEADERSHIP_OFFICES: readonly LeadershipOffice[] = [
  ...HEAD_OFFICES,
  ...LEADERSHIP_OFFICES,
];

export function findLeadershipOffice(slug: string): LeadershipOffice | undefined {
  return ALL_LEADERSHIP_OFFICES.find((o) => o.slug === slug);
}
