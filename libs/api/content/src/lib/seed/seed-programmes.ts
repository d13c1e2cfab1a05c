import type { Localized } from '@portal/domain/locales';
import type { PoliceActivitySlug, ProgrammeCategory } from '@portal/domain/policing';
import type { FieldOperationSlug } from '@portal/domain/institutions';

export interface SeedProgramme {
  readonly slug: string;
  readonly category: ProgrammeCategory;
  readonly activities: readonly PoliceActivitySlug[];
  readonly fieldOperation: FieldOperationSlug;
  readonly startYear: number;
  readonly translations: Localized<{ title: string; summary: string; body: string }>;
}

/**
 * First programmes, drawn from the activities the policing page lists: one per category,
 * each tied to a field operation that runs police programmes. Italian is the source, as
 * for the page they come from.
 */
export const SEED_PROGRAMMES: readonly SeedProgramme[] = [
  {
    slug: 'community-policing-and-police-reform-kosovo',
    category: 'police-development-reform',
    activities: [
      'community-policing',
      'police-training-programmes',
      'leadership-and-management-training',
      'combating-domestic-violence',
      'human-rights-monitoring-of-policing',
    ],
    fieldOperation: 'mission-in-kosovo',
    startYear: 1999,
    translations: {
      it: {
        title: 'Polizia di prossimità e riforma della polizia in Kosovo',
        summary:
          'La Missione OSCE in Kosovo sostiene lo sviluppo di un servizio di polizia democratico, vicino ai cittadini e rispettoso dei diritti umani.',
        body: `La Missione OSCE in Kosovo svolge un programma di sviluppo e riforma della polizia secondo i principi di una polizia democratica.

Il programma comprende le seguenti attività:

- iniziative riguardanti la polizia di prossimità e il partenariato polizia-pubblico;
- programmi sostenibili di addestramento della polizia;
- seminari di formazione su funzioni direttive e gestionali;
- lotta alla violenza domestica e protezione delle vittime;
- monitoraggio delle attività di polizia conformemente agli standard sui diritti umani.`,
      },
      en: {
        title: 'Community policing and police reform in Kosovo',
        summary:
          'The OSCE Mission in Kosovo supports the development of a democratic police service that is close to the people and respects human rights.',
        body: `The OSCE Mission in Kosovo runs a police development and reform programme according to the principles of democratic policing.

The programme includes the following activities:

- community policing and police-public partnership initiatives;
- sustainable police training programmes;
- leadership and management training seminars;
- combating domestic violence and protecting victims;
- monitoring police activities against human rights standards.`,
      },
      fr: {
        title: 'Police de proximité et réforme de la police au Kosovo',
        summary:
          'La Mission de l’OSCE au Kosovo soutient le développement d’un service de police démocratique, proche de la population et respectueux des droits de l’homme.',
        body: `La Mission de l’OSCE au Kosovo mène un programme de développement et de réforme de la police selon les principes d’une police démocratique.

Le programme comprend les activités suivantes :

- initiatives de police de proximité et de partenariat entre la police et la population ;
- programmes durables de formation de la police ;
- séminaires de formation au commandement et à la gestion ;
- lutte contre la violence domestique et protection des victimes ;
- suivi des activités de police au regard des normes relatives aux droits de l’homme.`,
      },
      de: {
        title: 'Bürgernahe Polizeiarbeit und Polizeireform im Kosovo',
        summary:
          'Die OSZE-Mission im Kosovo unterstützt den Aufbau eines demokratischen, bürgernahen Polizeidienstes, der die Menschenrechte achtet.',
        body: `Die OSZE-Mission im Kosovo führt ein Programm zur Entwicklung und Reform der Polizei nach den Grundsätzen demokratischer Polizeiarbeit durch.

Das Programm umfasst folgende Tätigkeiten:

- Initiativen für bürgernahe Polizeiarbeit und Partnerschaften zwischen Polizei und Öffentlichkeit;
- nachhaltige Ausbildungsprogramme für die Polizei;
- Führungs- und Managementseminare;
- Bekämpfung häuslicher Gewalt und Schutz der Opfer;
- Beobachtung der Polizeiarbeit anhand menschenrechtlicher Standards.`,
      },
      ru: {
        title: 'Работа полиции с населением и реформа полиции в Косово',
        summary:
          'Миссия ОБСЕ в Косово содействует созданию демократической полицейской службы, близкой к населению и уважающей права человека.',
        body: `Миссия ОБСЕ в Косово осуществляет программу развития и реформирования полиции в соответствии с принципами демократической полицейской деятельности.

Программа включает следующие направления:

- инициативы в области работы полиции с населением и партнерства полиции и общества;
- устойчивые программы подготовки сотрудников полиции;
- семинары по руководству и управлению;
- борьба с насилием в семье и защита потерпевших;
- мониторинг деятельности полиции на предмет соблюдения стандартов в области прав человека.`,
      },
      es: {
        title: 'Policía de proximidad y reforma policial en Kosovo',
        summary:
          'La Misión de la OSCE en Kosovo apoya el desarrollo de un servicio de policía democrático, cercano a la ciudadanía y respetuoso de los derechos humanos.',
        body: `La Misión de la OSCE en Kosovo lleva a cabo un programa de desarrollo y reforma policial conforme a los principios de la actividad policial democrática.

El programa comprende las siguientes actividades:

- iniciativas de policía de proximidad y de colaboración entre la policía y la ciudadanía;
- programas sostenibles de formación policial;
- seminarios de formación en liderazgo y gestión;
- lucha contra la violencia doméstica y protección de las víctimas;
- seguimiento de la actividad policial conforme a las normas de derechos humanos.`,
      },
    },
  },
  {
    slug: 'countering-transnational-threats-central-asia',
    category: 'transnational-threats',
    activities: [
      'transnational-threats-capacity',
      'investigative-and-analytical-capacity',
      'financial-investigations-and-asset-confiscation',
      'border-information-exchange',
      'regional-and-international-police-co-operation',
    ],
    fieldOperation: 'programme-office-in-dushanbe',
    startYear: 2008,
    translations: {
      it: {
        title: 'Contrasto alle minacce transnazionali in Asia centrale',
        summary:
          'L’Ufficio OSCE per i programmi a Dushanbe rafforza le capacità delle forze dell’ordine di contrastare la criminalità transnazionale organizzata.',
        body: `L’Ufficio OSCE per i programmi a Dushanbe aiuta le forze dell’ordine a contrastare la criminalità transnazionale organizzata, il terrorismo, il traffico di stupefacenti e la tratta di esseri umani.

Il programma comprende le seguenti attività:

- rafforzamento delle capacità delle forze di polizia di far fronte alle minacce transnazionali;
- rafforzamento delle capacità investigative e analitiche;
- indagini finanziarie, lotta al riciclaggio di denaro e confisca dei proventi di attività criminali;
- promozione dello scambio di informazioni tra funzionari di frontiera;
- promozione della cooperazione regionale e internazionale delle forze di polizia.`,
      },
      en: {
        title: 'Countering transnational threats in Central Asia',
        summary:
          'The OSCE Programme Office in Dushanbe builds the capacity of law enforcement to counter transnational organized crime.',
        body: `The OSCE Programme Office in Dushanbe helps law enforcement agencies to counter transnational organized crime, terrorism, drug trafficking and trafficking in human beings.

The programme includes the following activities:

- strengthening police capacity to address transnational threats;
- strengthening investigative and analytical capacities;
- financial investigations, anti-money laundering and confiscation of criminal proceeds;
- promoting information exchange among border officials;
- promoting regional and international police co-operation.`,
      },
      fr: {
        title: 'Lutte contre les menaces transnationales en Asie centrale',
        summary:
          'Le Bureau de programme de l’OSCE à Douchanbé renforce les capacités des services de répression face à la criminalité transnationale organisée.',
        body: `Le Bureau de programme de l’OSCE à Douchanbé aide les services de répression à lutter contre la criminalité transnationale organisée, le terrorisme, le trafic de drogue et la traite des êtres humains.

Le programme comprend les activités suivantes :

- renforcement des capacités de la police face aux menaces transnationales ;
- renforcement des capacités d’enquête et d’analyse ;
- enquêtes financières, lutte contre le blanchiment d’argent et confiscation des produits du crime ;
- promotion de l’échange d’informations entre les agents des frontières ;
- promotion de la coopération policière régionale et internationale.`,
      },
      de: {
        title: 'Bekämpfung grenzüberschreitender Bedrohungen in Zentralasien',
        summary:
          'Das OSZE-Programmbüro in Duschanbe stärkt die Strafverfolgungsbehörden im Kampf gegen die grenzüberschreitende organisierte Kriminalität.',
        body: `Das OSZE-Programmbüro in Duschanbe unterstützt die Strafverfolgungsbehörden bei der Bekämpfung der grenzüberschreitenden organisierten Kriminalität, des Terrorismus, des Drogenhandels und des Menschenhandels.

Das Programm umfasst folgende Tätigkeiten:

- Stärkung der Fähigkeit der Polizei, grenzüberschreitenden Bedrohungen zu begegnen;
- Stärkung der Ermittlungs- und Analysefähigkeiten;
- Finanzermittlungen, Bekämpfung der Geldwäsche und Einziehung von Erträgen aus Straftaten;
- Förderung des Informationsaustauschs zwischen Grenzbeamten;
- Förderung der regionalen und internationalen polizeilichen Zusammenarbeit.`,
      },
      ru: {
        title: 'Противодействие транснациональным угрозам в Центральной Азии',
        summary:
          'Программный офис ОБСЕ в Душанбе наращивает потенциал правоохранительных органов в борьбе с транснациональной организованной преступностью.',
        body: `Программный офис ОБСЕ в Душанбе помогает правоохранительным органам противодействовать транснациональной организованной преступности, терроризму, незаконному обороту наркотиков и торговле людьми.

Программа включает следующие направления:

- укрепление потенциала полиции в противодействии транснациональным угрозам;
- укрепление следственного и аналитического потенциала;
- финансовые расследования, противодействие отмыванию денег и конфискация доходов от преступной деятельности;
- содействие обмену информацией между сотрудниками пограничных служб;
- содействие региональному и международному полицейскому сотрудничеству.`,
      },
      es: {
        title: 'Lucha contra las amenazas transnacionales en Asia Central',
        summary:
          'La Oficina de Programas de la OSCE en Dusambé fortalece la capacidad de las fuerzas del orden frente a la delincuencia organizada transnacional.',
        body: `La Oficina de Programas de la OSCE en Dusambé ayuda a las fuerzas del orden a combatir la delincuencia organizada transnacional, el terrorismo, el tráfico de drogas y la trata de personas.

El programa comprende las siguientes actividades:

- fortalecimiento de la capacidad de la policía para hacer frente a las amenazas transnacionales;
- fortalecimiento de la capacidad de investigación y análisis;
- investigaciones financieras, lucha contra el blanqueo de capitales y decomiso del producto del delito;
- fomento del intercambio de información entre funcionarios de fronteras;
- fomento de la cooperación policial regional e internacional.`,
      },
    },
  },
  {
    slug: 'police-reform-and-institution-building-serbia',
    category: 'police-development-reform',
    activities: [
      'legislative-reform-and-institution-building',
      'strategic-planning-and-threat-assessment',
      'intelligence-led-policing',
      'lessons-learned-and-guidance',
    ],
    fieldOperation: 'mission-to-serbia',
    startYear: 2001,
    translations: {
      it: {
        title: 'Riforma della polizia e rafforzamento delle istituzioni in Serbia',
        summary:
          'La Missione OSCE in Serbia offre consulenza sulla riforma legislativa, sulla pianificazione strategica e su un servizio di polizia guidato dall’intelligence.',
        body: `La Missione OSCE in Serbia accompagna la riforma della polizia con consulenza e assistenza alle istituzioni responsabili.

Il programma comprende le seguenti attività:

- consulenza in materia di riforma legislativa e rafforzamento delle istituzioni;
- assistenza nel campo della pianificazione strategica e della valutazione delle minacce;
- promozione di un servizio di polizia sotto la guida del servizio di intelligence;
- analisi e valutazione degli insegnamenti appresi al fine di elaborare orientamenti.`,
      },
      en: {
        title: 'Police reform and institution-building in Serbia',
        summary:
          'The OSCE Mission to Serbia advises on legislative reform, strategic planning and intelligence-led policing.',
        body: `The OSCE Mission to Serbia supports police reform with advice and assistance to the institutions in charge.

The programme includes the following activities:

- advice on legislative reform and institution-building;
- assistance with strategic planning and threat assessment;
- promoting intelligence-led policing;
- analysing and evaluating lessons learned to develop guidance.`,
      },
      fr: {
        title: 'Réforme de la police et renforcement des institutions en Serbie',
        summary:
          'La Mission de l’OSCE en Serbie conseille en matière de réforme législative, de planification stratégique et de police fondée sur le renseignement.',
        body: `La Mission de l’OSCE en Serbie accompagne la réforme de la police par des conseils et une assistance aux institutions responsables.

Le programme comprend les activités suivantes :

- conseils en matière de réforme législative et de renforcement des institutions ;
- assistance en matière de planification stratégique et d’évaluation des menaces ;
- promotion d’une police fondée sur le renseignement ;
- analyse et évaluation des enseignements tirés en vue d’élaborer des orientations.`,
      },
      de: {
        title: 'Polizeireform und Institutionenaufbau in Serbien',
        summary:
          'Die OSZE-Mission in Serbien berät zu Gesetzesreform, strategischer Planung und erkenntnisgestützter Polizeiarbeit.',
        body: `Die OSZE-Mission in Serbien begleitet die Polizeireform mit Beratung und Unterstützung der zuständigen Institutionen.

Das Programm umfasst folgende Tätigkeiten:

- Beratung zu Gesetzesreform und Institutionenaufbau;
- Unterstützung bei strategischer Planung und Bedrohungsanalyse;
- Förderung erkenntnisgestützter Polizeiarbeit;
- Analyse und Auswertung gewonnener Erkenntnisse zur Erarbeitung von Leitlinien.`,
      },
      ru: {
        title: 'Реформа полиции и институциональное строительство в Сербии',
        summary:
          'Миссия ОБСЕ в Сербии консультирует по вопросам законодательной реформы, стратегического планирования и оперативно-аналитической полицейской деятельности.',
        body: `Миссия ОБСЕ в Сербии сопровождает реформу полиции, консультируя ответственные учреждения и оказывая им помощь.

Программа включает следующие направления:

- консультирование по вопросам законодательной реформы и институционального строительства;
- содействие в стратегическом планировании и оценке угроз;
- продвижение оперативно-аналитической полицейской деятельности;
- анализ и оценка извлеченных уроков для разработки руководящих материалов.`,
      },
      es: {
        title: 'Reforma policial y fortalecimiento institucional en Serbia',
        summary:
          'La Misión de la OSCE en Serbia asesora sobre reforma legislativa, planificación estratégica y actividad policial basada en la inteligencia.',
        body: `La Misión de la OSCE en Serbia acompaña la reforma policial con asesoramiento y asistencia a las instituciones responsables.

El programa comprende las siguientes actividades:

- asesoramiento sobre reforma legislativa y fortalecimiento institucional;
- asistencia en planificación estratégica y evaluación de amenazas;
- fomento de la actividad policial basada en la inteligencia;
- análisis y evaluación de las lecciones aprendidas para elaborar orientaciones.`,
      },
    },
  },
];
