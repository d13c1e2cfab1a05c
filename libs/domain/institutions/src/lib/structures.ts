import type { Localized } from '@portal/domain/locales';

export type StructureKind =
  'chairpersonship' | 'decision-making-body' | 'secretariat' | 'department' | 'unit' | 'office';

interface StructureDef<Slug extends string = string> {
  readonly slug: Slug;
  readonly kind: StructureKind;
  readonly name: Localized;
  readonly acronym?: Localized;
  /** The structure this one belongs to, e.g. the SPMU belongs to the Transnational Threats Department. */
  readonly parent?: Slug;
}

const STRUCTURE_DATA = [
  {
    slug: 'chairpersonship',
    kind: 'chairpersonship',
    name: {
      en: 'Chairpersonship',
      fr: 'Présidence',
      de: 'Vorsitz',
      it: 'Presidenza',
      ru: 'Председательство',
      es: 'Presidencia',
    },
  },
  {
    slug: 'ministerial-council',
    kind: 'decision-making-body',
    name: {
      en: 'Ministerial Council',
      fr: 'Conseil ministériel',
      de: 'Ministerrat',
      it: 'Consiglio dei ministri',
      ru: 'Совет министров',
      es: 'Consejo Ministerial',
    },
  },
  {
    slug: 'permanent-council',
    kind: 'decision-making-body',
    name: {
      en: 'Permanent Council',
      fr: 'Conseil permanent',
      de: 'Ständiger Rat',
      it: 'Consiglio permanente',
      ru: 'Постоянный совет',
      es: 'Consejo Permanente',
    },
  },
  {
    slug: 'forum-for-security-co-operation',
    kind: 'decision-making-body',
    name: {
      en: 'Forum for Security Co-operation',
      fr: 'Forum pour la coopération en matière de sécurité',
      de: 'Forum für Sicherheitskooperation',
      it: 'Foro di cooperazione per la sicurezza',
      ru: 'Форум по сотрудничеству в области безопасности',
      es: 'Foro de Cooperación en materia de Seguridad',
    },
    acronym: { en: 'FSC', fr: 'FCS', de: 'FSK', it: 'FSC', ru: 'ФСОБ', es: 'FCS' },
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
  },
  {
    slug: 'conflict-prevention-centre',
    kind: 'department',
    parent: 'secretariat',
    name: {
      en: 'Conflict Prevention Centre',
      fr: 'Centre de prévention des conflits',
      de: 'Konfliktverhütungszentrum',
      it: 'Centro per la prevenzione dei conflitti',
      ru: 'Центр по предотвращению конфликтов',
      es: 'Centro para la Prevención de Conflictos',
    },
    acronym: { en: 'CPC', fr: 'CPC', de: 'KVZ', it: 'CPC', ru: 'ЦПК', es: 'CPC' },
  },
  {
    slug: 'transnational-threats-department',
    kind: 'department',
    parent: 'secretariat',
    name: {
      en: 'Transnational Threats Department',
      fr: 'Département des menaces transnationales',
      de: 'Abteilung Grenzüberschreitende Bedrohungen',
      it: 'Dipartimento per le minacce transnazionali',
      ru: 'Департамент по транснациональным угрозам',
      es: 'Departamento de Amenazas Transnacionales',
    },
    acronym: { en: 'TNTD', fr: 'DMT', de: 'TNTD', it: 'TNTD', ru: 'ДТУ', es: 'DAT' },
  },
  {
    slug: 'strategic-police-matters-unit',
    kind: 'unit',
    parent: 'transnational-threats-department',
    name: {
      en: 'Strategic Police Matters Unit',
      fr: 'Unité pour les questions stratégiques de police',
      de: 'Referat für strategische Polizeiangelegenheiten',
      it: 'Unità per le questioni strategiche di polizia',
      ru: 'Отдел по стратегическим вопросам полицейской деятельности',
      es: 'Unidad de Asuntos Policiales Estratégicos',
    },
    acronym: { en: 'SPMU', fr: 'UQSP', de: 'SPMU', it: 'SPMU', ru: 'ОСВПД', es: 'UAPE' },
  },
  {
    slug: 'office-of-the-co-ordinator-of-economic-and-environmental-activities',
    kind: 'office',
    parent: 'secretariat',
    name: {
      en: 'Office of the Co-ordinator of OSCE Economic and Environmental Activities',
      fr: 'Bureau du Coordonnateur des activités économiques et environnementales de l’OSCE',
      de: 'Büro des Koordinators für Wirtschafts- und Umweltaktivitäten der OSZE',
      it: 'Ufficio del Coordinatore delle attività economiche e ambientali dell’OSCE',
      ru: 'Бюро Координатора экономической и экологической деятельности ОБСЕ',
      es: 'Oficina del Coordinador de las Actividades Económicas y Medioambientales de la OSCE',
    },
    acronym: { en: 'OCEEA', fr: 'BCAEE', de: 'OCEEA', it: 'OCEEA', ru: 'БКЭЭД', es: 'OCAEM' },
  },
  {
    slug: 'office-of-the-special-representative-on-trafficking',
    kind: 'office',
    parent: 'secretariat',
    name: {
      en: 'Office of the Special Representative and Co-ordinator for Combating Trafficking in Human Beings',
      fr: 'Bureau du Représentant spécial et Coordonnateur pour la lutte contre la traite des êtres humains',
      de: 'Büro des Sonderbeauftragten und Koordinators für die Bekämpfung des Menschenhandels',
      it: 'Ufficio del Rappresentante speciale e Coordinatore per la lotta alla tratta di esseri umani',
      ru: 'Бюро Специального представителя и Координатора по борьбе с торговлей людьми',
      es: 'Oficina del Representante Especial y Coordinador para la Lucha contra la Trata de Personas',
    },
    acronym: {
      en: 'OSR/CTHB',
      fr: 'BRS/CTEH',
      de: 'OSR/CTHB',
      it: 'OSR/CTHB',
      ru: 'БСП/КТЛ',
      es: 'OSR/CTHB',
    },
  },
  {
    slug: 'gender-issues-programme',
    kind: 'office',
    parent: 'secretariat',
    name: {
      en: 'Gender Issues Programme',
      fr: 'Programme pour les questions de genre',
      de: 'Programm für Gleichstellungsfragen',
      it: 'Programma per le questioni di genere',
      ru: 'Программа по гендерным вопросам',
      es: 'Programa de Cuestiones de Género',
    },
  },
  {
    slug: 'office-of-internal-oversight',
    kind: 'office',
    parent: 'secretariat',
    name: {
      en: 'Office of Internal Oversight',
      fr: 'Bureau du contrôle interne',
      de: 'Büro für interne Aufsicht',
      it: 'Ufficio di controllo interno',
      ru: 'Бюро внутреннего надзора',
      es: 'Oficina de Supervisión Interna',
    },
    acronym: { en: 'OIO', fr: 'BCI', de: 'OIO', it: 'OIO', ru: 'БВН', es: 'OSI' },
  },
  {
    slug: 'department-of-management-and-finance',
    kind: 'department',
    parent: 'secretariat',
    name: {
      en: 'Department of Management and Finance',
      fr: 'Département de la gestion et des finances',
      de: 'Abteilung Management und Finanzen',
      it: 'Dipartimento per la gestione e le finanze',
      ru: 'Департамент управления и финансов',
      es: 'Departamento de Gestión y Finanzas',
    },
    acronym: { en: 'DMF', fr: 'DGF', de: 'DMF', it: 'DMF', ru: 'ДУФ', es: 'DGF' },
  },
] as const satisfies readonly StructureDef[];

export type StructureSlug = (typeof STRUCTURE_DATA)[number]['slug'];

export type Structure = StructureDef<StructureSlug>;

/** Chairpersonship, decision-making bodies, and the Secretariat with its departments and units. */
export const STRUCTURES: readonly Structure[] = STRUCTURE_DATA;
