import type { Localized } from '@portal/domain/locales';

/** The two categories the OSCE's police-related activities fall into (seed page, SPMU). */
export const PROGRAMME_CATEGORIES = ['police-development-reform', 'transnational-threats'] as const;

export type ProgrammeCategory = (typeof PROGRAMME_CATEGORIES)[number];

export interface ProgrammeCategoryInfo {
  readonly slug: ProgrammeCategory;
  readonly label: Localized;
  readonly description: Localized;
}

export const PROGRAMME_CATEGORY_INFO: Readonly<Record<ProgrammeCategory, ProgrammeCategoryInfo>> = {
  'police-development-reform': {
    slug: 'police-development-reform',
    label: {
      en: 'Police development and reform',
      fr: 'Développement et réforme de la police',
      de: 'Entwicklung und Reform der Polizei',
      it: 'Sviluppo e riforma della polizia',
      ru: 'Развитие и реформирование полиции',
      es: 'Desarrollo y reforma de la policía',
    },
    description: {
      en: 'Police development and reform according to the principles of democratic policing, with community policing, training and the protection of victims.',
      fr: 'Développement et réforme de la police selon les principes d’une police démocratique, avec la police de proximité, la formation et la protection des victimes.',
      de: 'Entwicklung und Reform der Polizei nach den Grundsätzen demokratischer Polizeiarbeit, mit bürgernaher Polizeiarbeit, Ausbildung und Opferschutz.',
      it: 'Sviluppo e riforma della polizia secondo i principi di una polizia democratica, con polizia di prossimità, addestramento e protezione delle vittime.',
      ru: 'Развитие и реформирование полиции в соответствии с принципами демократической полицейской деятельности, включая работу с населением, обучение и защиту потерпевших.',
      es: 'Desarrollo y reforma de la policía conforme a los principios de la actividad policial democrática, con policía de proximidad, formación y protección de las víctimas.',
    },
  },
  'transnational-threats': {
    slug: 'transnational-threats',
    label: {
      en: 'Countering transnational threats',
      fr: 'Lutte contre les menaces transnationales',
      de: 'Bekämpfung grenzüberschreitender Bedrohungen',
      it: 'Contrasto alle minacce transnazionali',
      ru: 'Противодействие транснациональным угрозам',
      es: 'Lucha contra las amenazas transnacionales',
    },
    description: {
      en: 'Building the capacity of law enforcement to counter organized crime, terrorism, drug trafficking, trafficking in human beings and cybercrime.',
      fr: 'Renforcement des capacités des services de répression face à la criminalité organisée, au terrorisme, au trafic de drogue, à la traite des êtres humains et à la cybercriminalité.',
      de: 'Stärkung der Strafverfolgungsbehörden gegen organisierte Kriminalität, Terrorismus, Drogenhandel, Menschenhandel und Cyberkriminalität.',
      it: 'Rafforzamento delle capacità delle forze dell’ordine contro criminalità organizzata, terrorismo, traffico di stupefacenti, tratta di esseri umani e criminalità informatica.',
      ru: 'Наращивание потенциала правоохранительных органов в борьбе с организованной преступностью, терроризмом, незаконным оборотом наркотиков, торговлей людьми и киберпреступностью.',
      es: 'Fortalecimiento de las capacidades de las fuerzas del orden frente a la delincuencia organizada, el terrorismo, el tráfico de drogas, la trata de personas y la ciberdelincuencia.',
    },
  },
};

export function isProgrammeCategory(value: unknown): value is ProgrammeCategory {
  return typeof value === 'string' && (PROGRAMME_CATEGORIES as readonly string[]).includes(value);
}

interface PoliceActivityDef<Slug extends string = string> {
  readonly slug: Slug;
  readonly label: Localized;
}

const ACTIVITY_DATA = [
  {
    slug: 'transnational-threats-capacity',
    label: {
      en: 'Strengthening police capacity to address transnational threats',
      fr: 'Renforcement des capacités de la police face aux menaces transnationales',
      de: 'Stärkung der Fähigkeit der Polizei, grenzüberschreitenden Bedrohungen zu begegnen',
      it: 'Rafforzamento delle capacità delle forze di polizia di far fronte alle minacce transnazionali',
      ru: 'Укрепление потенциала полиции в противодействии транснациональным угрозам',
      es: 'Fortalecimiento de la capacidad de la policía para hacer frente a las amenazas transnacionales',
    },
  },
  {
    slug: 'police-training-programmes',
    label: {
      en: 'Developing and organizing sustainable police training programmes',
      fr: 'Élaboration et organisation de programmes durables de formation de la police',
      de: 'Entwicklung und Organisation nachhaltiger Ausbildungsprogramme für die Polizei',
      it: 'Sviluppo e organizzazione di programmi sostenibili di addestramento della polizia',
      ru: 'Разработка и организация устойчивых программ подготовки сотрудников полиции',
      es: 'Elaboración y organización de programas sostenibles de formación policial',
    },
  },
  {
    slug: 'leadership-and-management-training',
    label: {
      en: 'Leadership and management training for police and government officials, judges and prosecutors',
      fr: 'Séminaires de formation au commandement et à la gestion pour les fonctionnaires de police et de l’État, les juges et les procureurs',
      de: 'Führungs- und Managementseminare für Polizei- und Regierungsbeamte, Richter und Staatsanwälte',
      it: 'Seminari di formazione su funzioni direttive e gestionali per funzionari di polizia e di governo, magistrati e procuratori',
      ru: 'Семинары по руководству и управлению для сотрудников полиции и государственных служащих, судей и прокуроров',
      es: 'Seminarios de formación en liderazgo y gestión para funcionarios policiales y gubernamentales, jueces y fiscales',
    },
  },
  {
    slug: 'investigative-and-analytical-capacity',
    label: {
      en: 'Strengthening investigative and analytical capacities',
      fr: 'Renforcement des capacités d’enquête et d’analyse',
      de: 'Stärkung der Ermittlungs- und Analysefähigkeiten',
      it: 'Rafforzamento delle capacità investigative e analitiche',
      ru: 'Укрепление следственного и аналитического потенциала',
      es: 'Fortalecimiento de la capacidad de investigación y análisis',
    },
  },
  {
    slug: 'financial-investigations-and-asset-confiscation',
    label: {
      en: 'Financial investigations, anti-money laundering and confiscation of criminal proceeds',
      fr: 'Enquêtes financières, lutte contre le blanchiment d’argent et confiscation des produits du crime',
      de: 'Finanzermittlungen, Bekämpfung der Geldwäsche und Einziehung von Erträgen aus Straftaten',
      it: 'Indagini finanziarie, lotta al riciclaggio di denaro e confisca dei proventi di attività criminali',
      ru: 'Финансовые расследования, противодействие отмыванию денег и конфискация доходов от преступной деятельности',
      es: 'Investigaciones financieras, lucha contra el blanqueo de capitales y decomiso del producto del delito',
    },
  },
  {
    slug: 'community-policing',
    label: {
      en: 'Community policing and police-public partnership initiatives',
      fr: 'Initiatives de police de proximité et de partenariat entre la police et la population',
      de: 'Initiativen für bürgernahe Polizeiarbeit und Partnerschaften zwischen Polizei und Öffentlichkeit',
      it: 'Iniziative riguardanti la polizia di prossimità e il partenariato polizia-pubblico',
      ru: 'Инициативы в области работы полиции с населением и партнерства полиции и общества',
      es: 'Iniciativas de policía de proximidad y de colaboración entre la policía y la ciudadanía',
    },
  },
  {
    slug: 'combating-domestic-violence',
    label: {
      en: 'Combating domestic violence',
      fr: 'Lutte contre la violence domestique',
      de: 'Bekämpfung häuslicher Gewalt',
      it: 'Lotta alla violenza domestica',
      ru: 'Борьба с насилием в семье',
      es: 'Lucha contra la violencia doméstica',
    },
  },
  {
    slug: 'strategic-planning-and-threat-assessment',
    label: {
      en: 'Assistance with strategic planning and threat assessment',
      fr: 'Assistance en matière de planification stratégique et d’évaluation des menaces',
      de: 'Unterstützung bei strategischer Planung und Bedrohungsanalyse',
      it: 'Assistenza nel campo della pianificazione strategica e della valutazione delle minacce',
      ru: 'Содействие в стратегическом планировании и оценке угроз',
      es: 'Asistencia en planificación estratégica y evaluación de amenazas',
    },
  },
  {
    slug: 'border-information-exchange',
    label: {
      en: 'Promoting information exchange among border officials',
      fr: 'Promotion de l’échange d’informations entre les agents des frontières',
      de: 'Förderung des Informationsaustauschs zwischen Grenzbeamten',
      it: 'Promozione dello scambio di informazioni tra funzionari di frontiera',
      ru: 'Содействие обмену информацией между сотрудниками пограничных служб',
      es: 'Fomento del intercambio de información entre funcionarios de fronteras',
    },
  },
  {
    slug: 'information-and-best-practice-sharing',
    label: {
      en: 'Facilitating the sharing of information and best practices',
      fr: 'Facilitation du partage d’informations et de bonnes pratiques',
      de: 'Erleichterung des Austauschs von Informationen und bewährten Praktiken',
      it: 'Facilitazione della condivisione di informazioni e delle migliori prassi',
      ru: 'Содействие обмену информацией и передовым опытом',
      es: 'Facilitación del intercambio de información y de buenas prácticas',
    },
  },
  {
    slug: 'lessons-learned-and-guidance',
    label: {
      en: 'Analysing and evaluating lessons learned to develop guidance',
      fr: 'Analyse et évaluation des enseignements tirés en vue d’élaborer des orientations',
      de: 'Analyse und Auswertung gewonnener Erkenntnisse zur Erarbeitung von Leitlinien',
      it: 'Analisi e valutazione degli insegnamenti appresi al fine di elaborare orientamenti',
      ru: 'Анализ и оценка извлеченных уроков для разработки руководящих материалов',
      es: 'Análisis y evaluación de las lecciones aprendidas para elaborar orientaciones',
    },
  },
  {
    slug: 'legislative-reform-and-institution-building',
    label: {
      en: 'Advice on legislative reform and institution-building',
      fr: 'Conseils en matière de réforme législative et de renforcement des institutions',
      de: 'Beratung zu Gesetzesreform und Institutionenaufbau',
      it: 'Consulenza in materia di riforma legislativa e rafforzamento delle istituzioni',
      ru: 'Консультирование по вопросам законодательной реформы и институционального строительства',
      es: 'Asesoramiento sobre reforma legislativa y fortalecimiento institucional',
    },
  },
  {
    slug: 'intelligence-led-policing',
    label: {
      en: 'Promoting intelligence-led policing',
      fr: 'Promotion de la police guidée par le renseignement',
      de: 'Förderung erkenntnisgestützter Polizeiarbeit',
      it: 'Promozione di un servizio di polizia sotto la guida del servizio di intelligence',
      ru: 'Содействие полицейской деятельности на основе оперативной информации',
      es: 'Fomento de la actividad policial basada en la inteligencia',
    },
  },
  {
    slug: 'human-rights-monitoring-of-policing',
    label: {
      en: 'Monitoring police activities to ensure they comply with human rights standards',
      fr: 'Suivi des activités de police pour garantir leur conformité aux normes relatives aux droits de l’homme',
      de: 'Beobachtung der Polizeiarbeit, damit sie den Menschenrechtsstandards entspricht',
      it: 'Monitoraggio delle attività di polizia al fine di assicurare che vengano svolte conformemente agli standard sui diritti umani',
      ru: 'Мониторинг деятельности полиции для обеспечения ее соответствия стандартам в области прав человека',
      es: 'Seguimiento de las actividades policiales para garantizar que se ajusten a las normas de derechos humanos',
    },
  },
  {
    slug: 'regional-and-international-police-co-operation',
    label: {
      en: 'Promoting regional and international police co-operation',
      fr: 'Promotion de la coopération policière régionale et internationale',
      de: 'Förderung der regionalen und internationalen polizeilichen Zusammenarbeit',
      it: 'Promozione della cooperazione regionale e internazionale delle forze di polizia',
      ru: 'Содействие региональному и международному полицейскому сотрудничеству',
      es: 'Fomento de la cooperación policial regional e internacional',
    },
  },
] as const satisfies readonly PoliceActivityDef[];

export type PoliceActivitySlug = (typeof ACTIVITY_DATA)[number]['slug'];

export type PoliceActivity = PoliceActivityDef<PoliceActivitySlug>;

/** The activities of police development and reform programmes, in the seed page's order. */
export const POLICE_ACTIVITIES: readonly PoliceActivity[] = ACTIVITY_DATA;

export function isPoliceActivitySlug(value: unknown): value is PoliceActivitySlug {
  return typeof value === 'string' && POLICE_ACTIVITIES.some((a) => a.slug === value);
}
