import type { Localized } from '@portal/domain/locales';
import { MEETING_FACTS } from './meeting-facts';
import type { MeetingFacts } from './meeting-facts';

interface MeetingSeriesDef<Slug extends string = string> {
  readonly slug: Slug;
  readonly name: Localized;
}

const MEETING_DATA = [
  {
    slug: 'summit-meetings',
    name: {
      en: 'Summit meetings',
      fr: 'Réunions au sommet',
      de: 'Gipfeltreffen',
      it: 'Vertici',
      ru: 'Встречи на высшем уровне',
      es: 'Reuniones en la cumbre',
    },
  },
  {
    slug: 'review-conferences',
    name: {
      en: 'Review Conferences',
      fr: 'Conférences d’examen',
      de: 'Überprüfungskonferenzen',
      it: 'Conferenze di riesame',
      ru: 'Обзорные конференции',
      es: 'Conferencias de examen',
    },
  },
  {
    slug: 'ministerial-council-meetings',
    name: {
      en: 'Ministerial Council meetings',
      fr: 'Réunions du Conseil ministériel',
      de: 'Treffen des Ministerrats',
      it: 'Riunioni del Consiglio dei ministri',
      ru: 'Заседания Совета министров',
      es: 'Reuniones del Consejo Ministerial',
    },
  },
  {
    slug: 'permanent-council-plenary-meetings',
    name: {
      en: 'Plenary meetings of the Permanent Council',
      fr: 'Séances plénières du Conseil permanent',
      de: 'Plenarsitzungen des Ständigen Rates',
      it: 'Sedute plenarie del Consiglio permanente',
      ru: 'Пленарные заседания Постоянного совета',
      es: 'Sesiones plenarias del Consejo Permanente',
    },
  },
  {
    slug: 'forum-for-security-co-operation-plenary-meetings',
    name: {
      en: 'Plenary Meetings of the Forum for Security Co-operation',
      fr: 'Séances plénières du Forum pour la coopération en matière de sécurité',
      de: 'Plenarsitzungen des Forums für Sicherheitskooperation',
      it: 'Sedute plenarie del Foro di cooperazione per la sicurezza',
      ru: 'Пленарные заседания Форума по сотрудничеству в области безопасности',
      es: 'Sesiones plenarias del Foro de Cooperación en materia de Seguridad',
    },
  },
  {
    slug: 'security-review-conferences',
    name: {
      en: 'Security Review Conferences',
      fr: 'Conférences d’examen des questions de sécurité',
      de: 'Konferenzen zur Überprüfung der Sicherheitslage',
      it: 'Conferenze di riesame sulla sicurezza',
      ru: 'Конференции по обзору проблем в области безопасности',
      es: 'Conferencias para el examen de la seguridad',
    },
  },
  {
    slug: 'annual-implementation-assessment-meetings',
    name: {
      en: 'Annual Implementation Assessment Meetings',
      fr: 'Réunions annuelles d’évaluation de l’application',
      de: 'Jährliche Treffen zur Beurteilung der Durchführung',
      it: 'Riunioni annuali di valutazione dell’applicazione',
      ru: 'Ежегодные совещания по оценке выполнения',
      es: 'Reuniones anuales de evaluación de la aplicación',
    },
  },
  {
    slug: 'economic-and-environmental-forum',
    name: {
      en: 'Economic and Environmental Forum',
      fr: 'Forum économique et environnemental',
      de: 'Wirtschafts- und Umweltforum',
      it: 'Foro economico e ambientale',
      ru: 'Экономический и экологический форум',
      es: 'Foro Económico y Medioambiental',
    },
  },
  {
    slug: 'economic-and-environmental-dimension-implementation-meetings',
    name: {
      en: 'Economic and Environmental Dimension Implementation Meetings',
      fr: 'Réunions sur la mise en œuvre des engagements de la dimension économique et environnementale',
      de: 'Implementierungstreffen zur Wirtschafts- und Umweltdimension',
      it: 'Riunioni di attuazione della dimensione economica e ambientale',
      ru: 'Совещания по рассмотрению выполнения обязательств в экономической и экологической сфере',
      es: 'Reuniones de aplicación de la dimensión económica y medioambiental',
    },
  },
  {
    slug: 'human-rights-meetings',
    name: {
      en: 'Human rights meetings',
      fr: 'Réunions sur les droits de l’homme',
      de: 'Menschenrechtstreffen',
      it: 'Riunioni sui diritti umani',
      ru: 'Совещания по правам человека',
      es: 'Reuniones sobre derechos humanos',
    },
  },
  {
    slug: 'media-conferences',
    name: {
      en: 'Media conferences',
      fr: 'Conférences sur les médias',
      de: 'Medienkonferenzen',
      it: 'Conferenze sui media',
      ru: 'Конференции по вопросам СМИ',
      es: 'Conferencias sobre los medios de comunicación',
    },
  },
  {
    slug: 'cyber-ict-security-conferences',
    name: {
      en: 'Cyber/ICT security conferences',
      fr: 'Conférences sur la cybersécurité et la sécurité des TIC',
      de: 'Konferenzen zur Cyber- und IKT-Sicherheit',
      it: 'Conferenze sulla sicurezza informatica e delle TIC',
      ru: 'Конференции по кибербезопасности и безопасности ИКТ',
      es: 'Conferencias sobre ciberseguridad y seguridad de las TIC',
    },
  },
  {
    slug: 'alliance-against-trafficking-in-persons-conference',
    name: {
      en: 'Conference of the Alliance against Trafficking in Persons',
      fr: 'Conférence de l’Alliance contre la traite des personnes',
      de: 'Konferenz der Allianz gegen Menschenhandel',
      it: 'Conferenza dell’Alleanza contro la tratta di persone',
      ru: 'Конференция Альянса против торговли людьми',
      es: 'Conferencia de la Alianza contra la Trata de Personas',
    },
  },
  {
    slug: 'gender-equality-review-conferences',
    name: {
      en: 'Gender Equality Review Conferences',
      fr: 'Conférences d’examen sur l’égalité des genres',
      de: 'Überprüfungskonferenzen zur Gleichstellung der Geschlechter',
      it: 'Conferenze di riesame sulla parità di genere',
      ru: 'Обзорные конференции по гендерному равенству',
      es: 'Conferencias de examen sobre la igualdad de género',
    },
  },
  {
    slug: 'mediterranean-conferences',
    name: {
      en: 'Annual OSCE Mediterranean conferences',
      fr: 'Conférences annuelles de l’OSCE pour la Méditerranée',
      de: 'Jährliche OSZE-Mittelmeerkonferenzen',
      it: 'Conferenze annuali dell’OSCE sul Mediterraneo',
      ru: 'Ежегодные Средиземноморские конференции ОБСЕ',
      es: 'Conferencias anuales de la OSCE para el Mediterráneo',
    },
  },
  {
    slug: 'asian-conferences',
    name: {
      en: 'Annual OSCE Asian conferences',
      fr: 'Conférences annuelles de l’OSCE pour l’Asie',
      de: 'Jährliche OSZE-Asienkonferenzen',
      it: 'Conferenze annuali dell’OSCE sull’Asia',
      ru: 'Ежегодные Азиатские конференции ОБСЕ',
      es: 'Conferencias anuales de la OSCE para Asia',
    },
  },
] as const satisfies readonly MeetingSeriesDef[];

export type MeetingSeriesSlug = (typeof MEETING_DATA)[number]['slug'];

/** A series with what it is, how often it meets and a few of its recent meetings. */
export type MeetingSeries = MeetingSeriesDef<MeetingSeriesSlug> & MeetingFacts;

// The compiler holds every series to have its facts (a spec checks there are no others).
const FACTS: Record<MeetingSeriesSlug, MeetingFacts> = MEETING_FACTS;

/** The meeting and conference series in the order of the OSCE's menu. */
export const MEETING_SERIES: readonly MeetingSeries[] = MEETING_DATA.map((series) => ({
  ...series,
  ...FACTS[series.slug],
}));

export function findMeetingSeries(slug: string): MeetingSeries | undefined {
  return MEETING_SERIES.find((s) => s.slug === slug);
}
