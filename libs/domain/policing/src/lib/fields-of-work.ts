import type { Localized } from '@portal/domain/locales';

interface FieldOfWorkDef<Slug extends string = string> {
  readonly slug: Slug;
  readonly name: Localized;
}

const FIELD_OF_WORK_DATA = [
  {
    slug: 'policing',
    name: {
      en: 'Policing',
      fr: 'Activités de police',
      de: 'Polizeiarbeit',
      it: 'Ordine pubblico',
      ru: 'Полицейская деятельность',
      es: 'Actividades policiales',
    },
  },
  {
    slug: 'arms-control',
    name: {
      en: 'Arms control',
      fr: 'Maîtrise des armements',
      de: 'Rüstungskontrolle',
      it: 'Controllo degli armamenti',
      ru: 'Контроль над вооружениями',
      es: 'Control de armamentos',
    },
  },
  {
    slug: 'border-management',
    name: {
      en: 'Border management',
      fr: 'Gestion des frontières',
      de: 'Grenzmanagement',
      it: 'Gestione delle frontiere',
      ru: 'Управление границами',
      es: 'Gestión de fronteras',
    },
  },
  {
    slug: 'combating-human-trafficking',
    name: {
      en: 'Combating human trafficking',
      fr: 'Lutte contre la traite des êtres humains',
      de: 'Bekämpfung des Menschenhandels',
      it: 'Lotta alla tratta di esseri umani',
      ru: 'Борьба с торговлей людьми',
      es: 'Lucha contra la trata de personas',
    },
  },
  {
    slug: 'conflict-prevention-and-resolution',
    name: {
      en: 'Conflict prevention and resolution',
      fr: 'Prévention et règlement des conflits',
      de: 'Konfliktverhütung und -beilegung',
      it: 'Prevenzione e risoluzione dei conflitti',
      ru: 'Предотвращение и урегулирование конфликтов',
      es: 'Prevención y resolución de conflictos',
    },
  },
  {
    slug: 'countering-terrorism',
    name: {
      en: 'Countering terrorism',
      fr: 'Lutte contre le terrorisme',
      de: 'Terrorismusbekämpfung',
      it: 'Lotta al terrorismo',
      ru: 'Противодействие терроризму',
      es: 'Lucha contra el terrorismo',
    },
  },
  {
    slug: 'cyber-ict-security',
    name: {
      en: 'Cyber/ICT security',
      fr: 'Cybersécurité et sécurité des TIC',
      de: 'Cyber- und IKT-Sicherheit',
      it: 'Sicurezza informatica e delle TIC',
      ru: 'Кибербезопасность и безопасность ИКТ',
      es: 'Ciberseguridad y seguridad de las TIC',
    },
  },
  {
    slug: 'democratization',
    name: {
      en: 'Democratization',
      fr: 'Démocratisation',
      de: 'Demokratisierung',
      it: 'Democratizzazione',
      ru: 'Демократизация',
      es: 'Democratización',
    },
  },
  {
    slug: 'economic-and-environmental-activities',
    name: {
      en: 'Economic and environmental activities',
      fr: 'Activités économiques et environnementales',
      de: 'Wirtschafts- und Umweltaktivitäten',
      it: 'Attività economiche e ambientali',
      ru: 'Экономическая и экологическая деятельность',
      es: 'Actividades económicas y medioambientales',
    },
  },
  {
    slug: 'education',
    name: {
      en: 'Education',
      fr: 'Éducation',
      de: 'Bildung',
      it: 'Istruzione',
      ru: 'Образование',
      es: 'Educación',
    },
  },
  {
    slug: 'elections',
    name: {
      en: 'Elections',
      fr: 'Élections',
      de: 'Wahlen',
      it: 'Elezioni',
      ru: 'Выборы',
      es: 'Elecciones',
    },
  },
  {
    slug: 'gender-equality',
    name: {
      en: 'Gender equality',
      fr: 'Égalité des genres',
      de: 'Gleichstellung der Geschlechter',
      it: 'Parità di genere',
      ru: 'Гендерное равенство',
      es: 'Igualdad de género',
    },
  },
  {
    slug: 'good-governance',
    name: {
      en: 'Good governance',
      fr: 'Bonne gouvernance',
      de: 'Gute Regierungsführung',
      it: 'Buon governo',
      ru: 'Благое управление',
      es: 'Buena gobernanza',
    },
  },
  {
    slug: 'human-rights',
    name: {
      en: 'Human rights',
      fr: 'Droits de l’homme',
      de: 'Menschenrechte',
      it: 'Diritti umani',
      ru: 'Права человека',
      es: 'Derechos humanos',
    },
  },
  {
    slug: 'media-freedom-and-development',
    name: {
      en: 'Media freedom and development',
      fr: 'Liberté et développement des médias',
      de: 'Medienfreiheit und -entwicklung',
      it: 'Libertà e sviluppo dei media',
      ru: 'Свобода и развитие СМИ',
      es: 'Libertad y desarrollo de los medios de comunicación',
    },
  },
  {
    slug: 'migration',
    name: {
      en: 'Migration',
      fr: 'Migrations',
      de: 'Migration',
      it: 'Migrazione',
      ru: 'Миграция',
      es: 'Migración',
    },
  },
  {
    slug: 'minority-rights',
    name: {
      en: 'Minority rights',
      fr: 'Droits des minorités',
      de: 'Minderheitenrechte',
      it: 'Diritti delle minoranze',
      ru: 'Права меньшинств',
      es: 'Derechos de las minorías',
    },
  },
  {
    slug: 'reform-and-co-operation-in-the-security-sector',
    name: {
      en: 'Reform and co-operation in the security sector',
      fr: 'Réforme et coopération dans le secteur de la sécurité',
      de: 'Reform und Zusammenarbeit im Sicherheitssektor',
      it: 'Riforma e cooperazione nel settore della sicurezza',
      ru: 'Реформа и сотрудничество в секторе безопасности',
      es: 'Reforma y cooperación en el sector de la seguridad',
    },
  },
  {
    slug: 'roma-and-sinti',
    name: {
      en: 'Roma and Sinti',
      fr: 'Roms et Sintis',
      de: 'Roma und Sinti',
      it: 'Rom e Sinti',
      ru: 'Рома и синти',
      es: 'Romaníes y sinti',
    },
  },
  {
    slug: 'rule-of-law',
    name: {
      en: 'Rule of law',
      fr: 'État de droit',
      de: 'Rechtsstaatlichkeit',
      it: 'Stato di diritto',
      ru: 'Верховенство права',
      es: 'Estado de derecho',
    },
  },
  {
    slug: 'tolerance-and-non-discrimination',
    name: {
      en: 'Tolerance and non-discrimination',
      fr: 'Tolérance et non-discrimination',
      de: 'Toleranz und Nichtdiskriminierung',
      it: 'Tolleranza e non discriminazione',
      ru: 'Толерантность и недискриминация',
      es: 'Tolerancia y no discriminación',
    },
  },
  {
    slug: 'youth',
    name: {
      en: 'Youth',
      fr: 'Jeunesse',
      de: 'Jugend',
      it: 'Giovani',
      ru: 'Молодежь',
      es: 'Juventud',
    },
  },
] as const satisfies readonly FieldOfWorkDef[];

export type FieldOfWorkSlug = (typeof FIELD_OF_WORK_DATA)[number]['slug'];

export type FieldOfWork = FieldOfWorkDef<FieldOfWorkSlug>;

/** The OSCE's fields of work; policing, the portal's subject, comes first. */
export const FIELDS_OF_WORK: readonly FieldOfWork[] = FIELD_OF_WORK_DATA;
