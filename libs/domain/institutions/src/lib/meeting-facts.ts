import type { Localized } from '@portal/domain/locales';
import { MEETING_PLACES as P } from './meeting-places';

/** How often a series meets; the portal words it in each language. */
export type MeetingFrequency = 'weekly' | 'annual' | 'periodic' | 'irregular';

/** One meeting of a series: the year and, where the sources say it, the place. */
export interface MeetingOccurrence {
  readonly year: number;
  readonly place?: Localized;
}

/** What a series is, how often it meets, a few recent meetings, and where that is said. */
export interface MeetingFacts {
  readonly about: Localized;
  readonly frequency: MeetingFrequency;
  /** Oldest first; a few meetings the sources name, not a complete record. */
  readonly recent: readonly MeetingOccurrence[];
  /** Public pages the facts come from (the text is written in our own words). */
  readonly sources: readonly string[];
}

/**
 * Facts about the meeting series, by slug (see `MEETING_SERIES`). Where the sources gave a
 * year but no place, the place is left out rather than guessed.
 */
export const MEETING_FACTS = {
  'summit-meetings': {
    frequency: 'irregular',
    about: {
      en: 'Heads of State or Government set the OSCE’s priorities at the highest level. There is no fixed rhythm: any participating State may propose a summit, and all must agree to hold one.',
      fr: 'Les chefs d’État ou de gouvernement fixent les priorités de l’OSCE au plus haut niveau. Il n’y a pas de rythme fixe : tout État participant peut proposer un sommet, et tous doivent s’accorder pour le tenir.',
      de: 'Die Staats- und Regierungschefs legen die Prioritäten der OSZE auf höchster Ebene fest. Einen festen Rhythmus gibt es nicht: Jeder Teilnehmerstaat kann ein Gipfeltreffen vorschlagen, und alle müssen ihm zustimmen.',
      it: 'I Capi di Stato o di Governo fissano le priorità dell’OSCE al livello più alto. Non c’è un ritmo fisso: ogni Stato partecipante può proporre un vertice e tutti devono essere d’accordo per tenerlo.',
      ru: 'Главы государств и правительств определяют приоритеты ОБСЕ на высшем уровне. Постоянной периодичности нет: любое государство-участник может предложить встречу, и все должны согласиться на ее проведение.',
      es: 'Los Jefes de Estado o de Gobierno fijan las prioridades de la OSCE al más alto nivel. No hay un ritmo fijo: cualquier Estado participante puede proponer una cumbre y todos deben acordar celebrarla.',
    },
    recent: [
      { year: 1996, place: P.lisbon },
      { year: 1999, place: P.istanbul },
      { year: 2010, place: P.astana },
    ],
    sources: ['https://osce.org/summits', 'https://www.osce.org/ro/node/660009'],
  },
  'review-conferences': {
    frequency: 'irregular',
    about: {
      en: 'Held before a summit, a Review Conference looks at all of the Organization’s activities and prepares the document the summit is to adopt. It is short and practical.',
      fr: 'Tenue avant un sommet, la Conférence d’examen passe en revue l’ensemble des activités de l’Organisation et prépare le document que le sommet doit adopter. Elle est brève et pratique.',
      de: 'Eine Überprüfungskonferenz findet vor einem Gipfeltreffen statt, betrachtet alle Tätigkeiten der Organisation und bereitet das Dokument vor, das der Gipfel verabschieden soll. Sie ist kurz und praxisnah.',
      it: 'Tenuta prima di un vertice, la Conferenza di riesame esamina tutte le attività dell’Organizzazione e prepara il documento che il vertice dovrà adottare. È breve e operativa.',
      ru: 'Обзорная конференция проводится перед встречей на высшем уровне: она рассматривает всю деятельность Организации и готовит документ для принятия на встрече. Она короткая и практическая.',
      es: 'Celebrada antes de una cumbre, la Conferencia de examen repasa todas las actividades de la Organización y prepara el documento que la cumbre ha de adoptar. Es breve y práctica.',
    },
    // The sources describe Review Conferences but list no recent dates and places.
    recent: [],
    sources: ['https://osce.org/summits', 'https://www.osce.org/ro/node/660009'],
  },
  'ministerial-council-meetings': {
    frequency: 'annual',
    about: {
      en: 'The foreign ministers of the participating States meet once a year, usually at the end of a Chairpersonship, to review the OSCE’s work and take decisions.',
      fr: 'Les ministres des affaires étrangères des États participants se réunissent une fois par an, en général à la fin d’une présidence, pour examiner l’action de l’OSCE et prendre des décisions.',
      de: 'Die Außenminister der Teilnehmerstaaten treffen sich einmal im Jahr, meist am Ende eines Vorsitzes, um die Arbeit der OSZE zu prüfen und Beschlüsse zu fassen.',
      it: 'I ministri degli esteri degli Stati partecipanti si riuniscono una volta l’anno, di solito alla fine di una Presidenza, per esaminare il lavoro dell’OSCE e prendere decisioni.',
      ru: 'Министры иностранных дел государств-участников собираются раз в год, обычно в конце председательства, чтобы оценить работу ОБСЕ и принять решения.',
      es: 'Los ministros de Asuntos Exteriores de los Estados participantes se reúnen una vez al año, normalmente al final de una Presidencia, para examinar la labor de la OSCE y adoptar decisiones.',
    },
    recent: [
      { year: 2017, place: P.vienna },
      { year: 2024, place: P.valletta },
      { year: 2025, place: P.vienna },
    ],
    sources: [
      'https://www.mzv.cz/mission.vienna/en/organisations_covered_by_the_permanent/osce/decision_making_bodies/index.html',
      'https://www.bmeia.gv.at/en/european-foreign-policy/security-policy/the-austrian-chairmanship-in-2017/osce-ministerial-council-in-vienna/',
      'https://osce.org/chairpersonship/582298',
      'https://www.einpresswire.com/article/858665909/the-32nd-osce-ministerial-council-to-take-place-in-vienna-austria',
    ],
  },
  'permanent-council-plenary-meetings': {
    frequency: 'weekly',
    about: {
      en: 'The ambassadors of the participating States meet every week, normally on Thursday, in the Hofburg in Vienna. It is the body for regular political consultation and for the day-to-day decisions of the OSCE.',
      fr: 'Les ambassadeurs des États participants se réunissent chaque semaine, normalement le jeudi, à la Hofburg de Vienne. C’est l’organe des consultations politiques régulières et des décisions courantes de l’OSCE.',
      de: 'Die Botschafter der Teilnehmerstaaten treffen sich jede Woche, in der Regel am Donnerstag, in der Wiener Hofburg. Der Rat ist das Gremium für die laufenden politischen Konsultationen und die Alltagsentscheidungen der OSZE.',
      it: 'Gli ambasciatori degli Stati partecipanti si riuniscono ogni settimana, di norma il giovedì, nella Hofburg di Vienna. È l’organo delle consultazioni politiche regolari e delle decisioni correnti dell’OSCE.',
      ru: 'Послы государств-участников собираются каждую неделю, как правило по четвергам, в венском Хофбурге. Это орган регулярных политических консультаций и текущих решений ОБСЕ.',
      es: 'Los embajadores de los Estados participantes se reúnen cada semana, normalmente los jueves, en el Hofburg de Viena. Es el órgano de las consultas políticas periódicas y de las decisiones cotidianas de la OSCE.',
    },
    recent: [
      { year: 2024, place: P.vienna },
      { year: 2025, place: P.vienna },
      { year: 2026, place: P.vienna },
    ],
    sources: [
      'https://osce.usmission.gov/what-is-the-permanent-council/',
      'https://eeas.europa.eu/delegations/vienna-international-organisations/osce-permanent-council-no-1482-vienna-11-july-2024-0_en',
      'https://www.einpresswire.com/article/850250265/switzerland-s-2026-osce-chairpersonship-to-focus-on-dialogue-trust-and-security',
      'https://thenewsintel.com/resurrecting-the-helsinki-spirit-switzerland-takes-the-helm-of-the-osce-in-a-year-of-crisis',
    ],
  },
  'forum-for-security-co-operation-plenary-meetings': {
    frequency: 'weekly',
    about: {
      en: 'Set up at the 1992 Helsinki Summit, the Forum meets weekly in Vienna on politico-military security: arms control and confidence- and security-building measures. Its chair rotates every four months.',
      fr: 'Créé au Sommet d’Helsinki de 1992, le Forum se réunit chaque semaine à Vienne sur la sécurité politico-militaire : maîtrise des armements et mesures de confiance et de sécurité. Sa présidence change tous les quatre mois.',
      de: 'Das auf dem Helsinki-Gipfel 1992 geschaffene Forum tagt wöchentlich in Wien zur politisch-militärischen Sicherheit: Rüstungskontrolle sowie vertrauens- und sicherheitsbildende Maßnahmen. Der Vorsitz wechselt alle vier Monate.',
      it: 'Istituito al Vertice di Helsinki del 1992, il Foro si riunisce ogni settimana a Vienna sulla sicurezza politico-militare: controllo degli armamenti e misure miranti a rafforzare la fiducia e la sicurezza. La presidenza cambia ogni quattro mesi.',
      ru: 'Созданный на Хельсинкской встрече на высшем уровне 1992 года, Форум еженедельно собирается в Вене по вопросам военно-политической безопасности: контроль над вооружениями и меры укрепления доверия и безопасности. Председательство меняется каждые четыре месяца.',
      es: 'Creado en la Cumbre de Helsinki de 1992, el Foro se reúne cada semana en Viena sobre la seguridad político-militar: control de armamentos y medidas de fomento de la confianza y la seguridad. Su presidencia cambia cada cuatro meses.',
    },
    recent: [
      { year: 2006, place: P.vienna },
      { year: 2011, place: P.vienna },
    ],
    sources: ['http://www.osce.org/fsc/43187', 'http://osce.org/fsc/85612'],
  },
  'security-review-conferences': {
    frequency: 'annual',
    about: {
      en: 'The Annual Security Review Conference is the OSCE’s main yearly review of the security situation in its region and of the politico-military work of the Organization and its participating States.',
      fr: 'La Conférence annuelle d’examen des questions de sécurité est le principal bilan annuel de l’OSCE sur la situation sécuritaire dans sa région et sur l’action politico-militaire de l’Organisation et de ses États participants.',
      de: 'Die Jährliche Sicherheitsüberprüfungskonferenz ist die wichtigste jährliche Bilanz der OSZE zur Sicherheitslage in ihrer Region und zur politisch-militärischen Arbeit der Organisation und ihrer Teilnehmerstaaten.',
      it: 'La Conferenza annuale di riesame sulla sicurezza è il principale esame annuale dell’OSCE sulla situazione della sicurezza nella sua regione e sul lavoro politico-militare dell’Organizzazione e dei suoi Stati partecipanti.',
      ru: 'Ежегодная конференция по обзору проблем в области безопасности — главный ежегодный обзор ОБСЕ положения в области безопасности в регионе и военно-политической работы Организации и государств-участников.',
      es: 'La Conferencia Anual para el Examen de la Seguridad es el principal balance anual de la OSCE sobre la situación de seguridad en su región y sobre la labor político-militar de la Organización y sus Estados participantes.',
    },
    recent: [
      { year: 2019, place: P.vienna },
      { year: 2024, place: P.vienna },
      { year: 2025, place: P.vienna },
    ],
    sources: [
      'http://turotti.en-a.ch/politik/strengthening_comprehensive_security_in_the_osce_area-74986/',
      'https://www.einpresswire.com/article/723024959/osce-convenes-annual-security-review-conference-to-engage-in-dialogue-on-the-security-situation-in-the-region',
      'https://www.einpresswire.com/article/825570875/osce-convenes-high-level-annual-security-review-conference-to-address-the-current-security-situation-in-the-osce-area',
    ],
  },
  'annual-implementation-assessment-meetings': {
    frequency: 'annual',
    about: {
      en: 'Experts of the participating States review how the agreed confidence- and security-building measures, among them the Vienna Document, are being carried out. The meeting is held under the Forum for Security Co-operation.',
      fr: 'Les experts des États participants examinent l’application des mesures de confiance et de sécurité convenues, dont le Document de Vienne. La réunion se tient sous l’égide du Forum pour la coopération en matière de sécurité.',
      de: 'Fachleute der Teilnehmerstaaten prüfen, wie die vereinbarten vertrauens- und sicherheitsbildenden Maßnahmen, darunter das Wiener Dokument, umgesetzt werden. Das Treffen findet unter dem Forum für Sicherheitskooperation statt.',
      it: 'Gli esperti degli Stati partecipanti esaminano l’attuazione delle misure miranti a rafforzare la fiducia e la sicurezza concordate, tra cui il Documento di Vienna. La riunione si tiene nell’ambito del Foro di cooperazione per la sicurezza.',
      ru: 'Эксперты государств-участников рассматривают выполнение согласованных мер укрепления доверия и безопасности, в том числе Венского документа. Совещание проводится в рамках Форума по сотрудничеству в области безопасности.',
      es: 'Expertos de los Estados participantes examinan la aplicación de las medidas de fomento de la confianza y la seguridad acordadas, entre ellas el Documento de Viena. La reunión se celebra en el marco del Foro de Cooperación en materia de Seguridad.',
    },
    recent: [
      { year: 2013, place: P.vienna },
      { year: 2018, place: P.vienna },
    ],
    sources: ['https://osce.org/fsc/99961', 'https://mfa.gov.mk/en/page/430/osce'],
  },
  'economic-and-environmental-forum': {
    frequency: 'annual',
    about: {
      en: 'The highest-level yearly meeting of the economic and environmental dimension. Preparatory meetings lead up to a concluding meeting, held in Prague, with governments, business, academia and civil society.',
      fr: 'La réunion annuelle de plus haut niveau de la dimension économique et environnementale. Des réunions préparatoires mènent à une réunion de clôture, à Prague, avec les gouvernements, les entreprises, le monde universitaire et la société civile.',
      de: 'Das ranghöchste jährliche Treffen der Wirtschafts- und Umweltdimension. Vorbereitungstreffen führen zu einem Abschlusstreffen in Prag mit Regierungen, Wirtschaft, Wissenschaft und Zivilgesellschaft.',
      it: 'La riunione annuale di più alto livello della dimensione economica e ambientale. Riunioni preparatorie conducono a una riunione conclusiva a Praga, con governi, imprese, mondo accademico e società civile.',
      ru: 'Главное ежегодное совещание экономического и экологического измерения. Подготовительные встречи завершаются заключительным заседанием в Праге с участием правительств, бизнеса, науки и гражданского общества.',
      es: 'La reunión anual de más alto nivel de la dimensión económica y medioambiental. Las reuniones preparatorias conducen a una reunión de clausura en Praga, con gobiernos, empresas, mundo académico y sociedad civil.',
    },
    recent: [
      { year: 2022, place: P.prague },
      { year: 2023, place: P.prague },
      { year: 2024, place: P.prague },
    ],
    sources: [
      'https://osce.org/eea/21st_eef_2013',
      'https://osce.usmission.gov/closing-statement-at-the-30th-osce-economic-and-environmental-forum-concluding-meeting-in-prague/',
      'https://www.norway.no/en/missions/osce/norway-and-the-osce/statements/statements-with-norwegian-alignment-2023/eu-closing-statement-at-the-2023-prague-forum-on-economic-and-environmental-dimension-of-the-osce/',
      'https://www.einpresswire.com/article/742642627/concluding-meeting-of-the-31st-osce-economic-and-environmental-forum-to-take-place-in-prague',
    ],
  },
  'economic-and-environmental-dimension-implementation-meetings': {
    frequency: 'annual',
    about: {
      en: 'Held in Vienna since 2011, the meeting reviews how the participating States carry out their economic and environmental commitments, each year on one theme such as water management or disaster risk reduction.',
      fr: 'Tenue à Vienne depuis 2011, la réunion examine la mise en œuvre des engagements économiques et environnementaux des États participants, chaque année sur un thème, comme la gestion de l’eau ou la réduction des risques de catastrophe.',
      de: 'Das seit 2011 in Wien abgehaltene Treffen prüft, wie die Teilnehmerstaaten ihre wirtschaftlichen und ökologischen Verpflichtungen umsetzen, jedes Jahr zu einem Thema wie Wasserbewirtschaftung oder Katastrophenvorsorge.',
      it: 'Tenuta a Vienna dal 2011, la riunione esamina l’attuazione degli impegni economici e ambientali degli Stati partecipanti, ogni anno su un tema, come la gestione delle acque o la riduzione del rischio di catastrofi.',
      ru: 'Совещание, проводимое в Вене с 2011 года, рассматривает выполнение государствами-участниками экономических и экологических обязательств, каждый год по одной теме, например управление водными ресурсами или снижение риска бедствий.',
      es: 'Celebrada en Viena desde 2011, la reunión examina cómo cumplen los Estados participantes sus compromisos económicos y medioambientales, cada año sobre un tema, como la gestión del agua o la reducción del riesgo de desastres.',
    },
    recent: [
      { year: 2011, place: P.vienna },
      { year: 2024, place: P.vienna },
      { year: 2025, place: P.vienna },
    ],
    sources: [
      'https://www.osce.org/secretariat/84019',
      'https://www.einpresswire.com/article/755864516/osce-states-review-commitments-in-the-field-of-water-management-at-2024-economic-and-environmental-dimension-implementation-meeting',
      'https://www.einpresswire.com/article/862707849/osce-participating-states-review-commitments-on-disaster-risk-reduction-at-2025-economic-and-environmental-dimension-implementation-meeting',
    ],
  },
  'human-rights-meetings': {
    frequency: 'annual',
    about: {
      en: 'Europe’s largest yearly human rights conference reviews the human dimension commitments with governments and civil society. Once the Human Dimension Implementation Meeting, it has been held since 2022 as the Warsaw Human Dimension Conference, with ODIHR’s support.',
      fr: 'La plus grande conférence annuelle d’Europe sur les droits de l’homme examine les engagements de la dimension humaine avec les gouvernements et la société civile. Autrefois Réunion sur la mise en œuvre des engagements concernant la dimension humaine, elle se tient depuis 2022 sous le nom de Conférence de Varsovie sur la dimension humaine, avec l’appui du BIDDH.',
      de: 'Die größte jährliche Menschenrechtskonferenz Europas prüft mit Regierungen und Zivilgesellschaft die Verpflichtungen der menschlichen Dimension. Früher das Implementierungstreffen zur menschlichen Dimension, findet sie seit 2022 als Warschauer Konferenz zur menschlichen Dimension mit Unterstützung des BDIMR statt.',
      it: 'La più grande conferenza annuale d’Europa sui diritti umani esamina gli impegni della dimensione umana con governi e società civile. Un tempo Riunione di attuazione sulla dimensione umana, dal 2022 si tiene come Conferenza di Varsavia sulla dimensione umana, con il sostegno dell’ODIHR.',
      ru: 'Крупнейшая ежегодная конференция Европы по правам человека рассматривает обязательства в области человеческого измерения вместе с правительствами и гражданским обществом. Раньше это было Совещание по рассмотрению выполнения обязательств в области человеческого измерения, с 2022 года — Варшавская конференция по человеческому измерению при поддержке БДИПЧ.',
      es: 'La mayor conferencia anual de Europa sobre derechos humanos examina los compromisos de la dimensión humana con gobiernos y sociedad civil. Antes Reunión de Aplicación sobre la Dimensión Humana, desde 2022 se celebra como Conferencia de Varsovia sobre la Dimensión Humana, con el apoyo de la OIDDH.',
    },
    recent: [
      { year: 2019, place: P.warsaw },
      { year: 2022, place: P.warsaw },
      { year: 2023, place: P.warsaw },
      { year: 2024, place: P.warsaw },
    ],
    sources: [
      'https://rightsobservatory.org/?p=6090',
      'https://osce.org/chairmanship/528399',
      'https://paveepoint.ie/warsaw-human-dimension-conference',
      'https://gov.pl/web/osce/2024-warsaw-human-dimension-conference',
    ],
  },
  'media-conferences': {
    frequency: 'annual',
    about: {
      en: 'The Representative on Freedom of the Media holds yearly regional conferences, for Central Asia and for the South Caucasus, where officials, journalists and civil society discuss media freedom and the safety of journalists.',
      fr: 'Le Représentant pour la liberté des médias organise chaque année des conférences régionales, pour l’Asie centrale et pour le Caucase du Sud, où responsables, journalistes et société civile débattent de la liberté des médias et de la sécurité des journalistes.',
      de: 'Der Beauftragte für Medienfreiheit veranstaltet jährlich regionale Konferenzen für Zentralasien und den Südkaukasus, auf denen Behörden, Journalisten und Zivilgesellschaft über Medienfreiheit und die Sicherheit von Journalisten sprechen.',
      it: 'Il Rappresentante per la libertà dei mezzi d’informazione tiene ogni anno conferenze regionali, per l’Asia centrale e per il Caucaso meridionale, dove funzionari, giornalisti e società civile discutono di libertà dei media e sicurezza dei giornalisti.',
      ru: 'Представитель по вопросам свободы СМИ ежегодно проводит региональные конференции для Центральной Азии и Южного Кавказа, где представители властей, журналисты и гражданское общество обсуждают свободу СМИ и безопасность журналистов.',
      es: 'El Representante para la Libertad de los Medios de Comunicación celebra cada año conferencias regionales, para Asia Central y para el Cáucaso Meridional, donde autoridades, periodistas y sociedad civil debaten sobre la libertad de los medios y la seguridad de los periodistas.',
    },
    recent: [
      { year: 2016, place: P.tbilisi },
      { year: 2021, place: P.tashkent },
      { year: 2025, place: P.tashkent },
    ],
    sources: [
      'https://shhada.ir/fom/251361',
      'https://www.osce.org/representative-on-freedom-of-media/497853',
      'https://pubt.io/view/4915380A086AFEA752DBFBCA3E23F509EDB70AF2',
    ],
  },
  'cyber-ict-security-conferences': {
    frequency: 'annual',
    about: {
      en: 'The Chairpersonship, with the Transnational Threats Department, gathers policymakers and experts to take stock of the OSCE’s confidence-building measures that reduce the risk of conflict from the use of information and communication technologies.',
      fr: 'La présidence, avec le Département des menaces transnationales, réunit décideurs et experts pour faire le point sur les mesures de confiance de l’OSCE qui réduisent les risques de conflit liés à l’utilisation des technologies de l’information et de la communication.',
      de: 'Der Vorsitz bringt mit der Abteilung für grenzüberschreitende Bedrohungen Politik und Fachleute zusammen, um die vertrauensbildenden Maßnahmen der OSZE zur Verringerung von Konfliktrisiken durch Informations- und Kommunikationstechnologien zu prüfen.',
      it: 'La Presidenza, con il Dipartimento per le minacce transnazionali, riunisce decisori ed esperti per fare il punto sulle misure di rafforzamento della fiducia dell’OSCE che riducono il rischio di conflitti legati all’uso delle tecnologie dell’informazione e della comunicazione.',
      ru: 'Председательство вместе с Департаментом по транснациональным угрозам собирает политиков и экспертов, чтобы оценить меры ОБСЕ по укреплению доверия, снижающие риск конфликтов в связи с использованием информационно-коммуникационных технологий.',
      es: 'La Presidencia, con el Departamento de Amenazas Transnacionales, reúne a responsables políticos y expertos para hacer balance de las medidas de fomento de la confianza de la OSCE que reducen el riesgo de conflicto derivado del uso de las tecnologías de la información y la comunicación.',
    },
    recent: [
      { year: 2014, place: P.vienna },
      { year: 2019, place: P.bratislava },
      { year: 2021, place: P.online },
    ],
    sources: [
      'http://osce.org/cio/126475',
      'https://osce.org/chairmanship/423365',
      'https://en.aravot.am/2021/05/04/282144',
    ],
  },
  'alliance-against-trafficking-in-persons-conference': {
    frequency: 'annual',
    about: {
      en: 'The Alliance, launched in 2004, brings national authorities, international and civil society organizations and the private sector together each year at the Hofburg in Vienna to work against trafficking in human beings.',
      fr: 'L’Alliance, lancée en 2004, réunit chaque année à la Hofburg de Vienne les autorités nationales, les organisations internationales et de la société civile et le secteur privé pour agir contre la traite des êtres humains.',
      de: 'Die 2004 gegründete Allianz bringt jedes Jahr in der Wiener Hofburg nationale Behörden, internationale und zivilgesellschaftliche Organisationen sowie die Privatwirtschaft im Kampf gegen den Menschenhandel zusammen.',
      it: 'L’Alleanza, avviata nel 2004, riunisce ogni anno alla Hofburg di Vienna autorità nazionali, organizzazioni internazionali e della società civile e settore privato per contrastare la tratta di esseri umani.',
      ru: 'Альянс, созданный в 2004 году, ежегодно собирает в венском Хофбурге национальные органы, международные организации, гражданское общество и частный сектор для борьбы с торговлей людьми.',
      es: 'La Alianza, creada en 2004, reúne cada año en el Hofburg de Viena a autoridades nacionales, organizaciones internacionales y de la sociedad civil y al sector privado para combatir la trata de seres humanos.',
    },
    recent: [
      { year: 2023, place: P.vienna },
      { year: 2024, place: P.vienna },
      { year: 2025, place: P.vienna },
    ],
    sources: [
      'http://womenin.org/index.php/ru/novosti/novosti/21st-alliance-against-trafficking-in-persons-conference-confronting-demand-tackling-a-root-cause-of-trafficking-in-human-beings',
      'https://pam.int/pam-attends-the-23rd-alliance-conference-against-trafficking-in-persons-osce/',
      'https://www.einpresswire.com/article/702575773/beyond-awareness-raising-reshaping-human-trafficking-prevention-osce-to-hold-24th-alliance-against-trafficking-in-persons-conference',
      'https://www.einpresswire.com/article/795271281/a-call-to-end-child-trafficking-osce-to-hold-25th-alliance-against-trafficking-in-persons-conference',
    ],
  },
  'gender-equality-review-conferences': {
    frequency: 'periodic',
    about: {
      en: 'Every few years the OSCE takes stock of how its 2004 Action Plan for the Promotion of Gender Equality is carried out across the three dimensions of security, and what remains to be done.',
      fr: 'Tous les quelques ans, l’OSCE fait le bilan de l’application de son Plan d’action de 2004 pour la promotion de l’égalité entre les sexes dans les trois dimensions de la sécurité, et de ce qui reste à faire.',
      de: 'Alle paar Jahre zieht die OSZE Bilanz, wie ihr Aktionsplan 2004 zur Förderung der Gleichstellung der Geschlechter in den drei Dimensionen der Sicherheit umgesetzt wird und was noch zu tun bleibt.',
      it: 'Ogni pochi anni l’OSCE fa il punto sull’attuazione del suo Piano d’azione del 2004 per la promozione della parità di genere nelle tre dimensioni della sicurezza e su ciò che resta da fare.',
      ru: 'Раз в несколько лет ОБСЕ подводит итоги выполнения своего Плана действий 2004 года по поддержке гендерного равенства во всех трех измерениях безопасности и определяет, что еще предстоит сделать.',
      es: 'Cada pocos años la OSCE hace balance de la aplicación de su Plan de Acción de 2004 para el fomento de la igualdad de género en las tres dimensiones de la seguridad y de lo que queda por hacer.',
    },
    // The sources name 2014 and 2020 without a place; 2020 may have been held online.
    recent: [{ year: 2014 }, { year: 2017, place: P.vienna }, { year: 2020 }],
    sources: [
      'https://osce.org/node/119414',
      'http://osce.org/chairmanship/322601',
      'https://www.iknowpolitics.org/en/news/events/third-osce-gender-equality-review-conference',
    ],
  },
  'mediterranean-conferences': {
    frequency: 'annual',
    about: {
      en: 'Once a year the participating States meet the Mediterranean Partners for Co-operation (Algeria, Egypt, Israel, Jordan, Morocco, Tunisia) at a high-level conference on shared security concerns.',
      fr: 'Une fois par an, les États participants rencontrent les Partenaires méditerranéens pour la coopération (Algérie, Égypte, Israël, Jordanie, Maroc, Tunisie) lors d’une conférence de haut niveau sur des préoccupations de sécurité communes.',
      de: 'Einmal im Jahr treffen die Teilnehmerstaaten die Kooperationspartner im Mittelmeerraum (Algerien, Ägypten, Israel, Jordanien, Marokko, Tunesien) zu einer hochrangigen Konferenz über gemeinsame Sicherheitsfragen.',
      it: 'Una volta l’anno gli Stati partecipanti incontrano i Partner mediterranei per la cooperazione (Algeria, Egitto, Israele, Giordania, Marocco, Tunisia) in una conferenza di alto livello su preoccupazioni comuni di sicurezza.',
      ru: 'Раз в год государства-участники встречаются со Средиземноморскими партнерами по сотрудничеству (Алжир, Египет, Израиль, Иордания, Марокко, Тунис) на конференции высокого уровня по общим вопросам безопасности.',
      es: 'Una vez al año, los Estados participantes se reúnen con los Socios mediterráneos para la Cooperación (Argelia, Egipto, Israel, Jordania, Marruecos, Túnez) en una conferencia de alto nivel sobre preocupaciones comunes de seguridad.',
    },
    recent: [
      { year: 2012, place: P.rome },
      { year: 2015, place: P.deadSea },
      { year: 2018, place: P.malaga },
    ],
    sources: [
      'https://agenziastampaitalia.it/politica/politica-estera/27362-osce-il-ministro-gentiloni-alla-prima-giornata-della-conferenza-mediterranea',
      'https://wien-osze.diplo.de/osze-en/aktuelles/-/2170442',
    ],
  },
  'asian-conferences': {
    frequency: 'annual',
    about: {
      en: 'Once a year the participating States meet the Asian Partners for Co-operation (Afghanistan, Australia, Japan, Republic of Korea, Thailand) to discuss common security challenges and closer co-operation.',
      fr: 'Une fois par an, les États participants rencontrent les Partenaires asiatiques pour la coopération (Afghanistan, Australie, Japon, République de Corée, Thaïlande) pour débattre des défis de sécurité communs et d’une coopération plus étroite.',
      de: 'Einmal im Jahr treffen die Teilnehmerstaaten die asiatischen Kooperationspartner (Afghanistan, Australien, Japan, Republik Korea, Thailand), um über gemeinsame Sicherheitsherausforderungen und engere Zusammenarbeit zu sprechen.',
      it: 'Una volta l’anno gli Stati partecipanti incontrano i Partner asiatici per la cooperazione (Afghanistan, Australia, Giappone, Repubblica di Corea, Thailandia) per discutere di sfide comuni alla sicurezza e di una cooperazione più stretta.',
      ru: 'Раз в год государства-участники встречаются с Азиатскими партнерами по сотрудничеству (Афганистан, Австралия, Япония, Республика Корея, Таиланд), чтобы обсудить общие вызовы безопасности и более тесное сотрудничество.',
      es: 'Una vez al año, los Estados participantes se reúnen con los Socios asiáticos para la Cooperación (Afganistán, Australia, Japón, República de Corea, Tailandia) para tratar desafíos comunes de seguridad y una cooperación más estrecha.',
    },
    recent: [
      { year: 2017, place: P.berlin },
      { year: 2024, place: P.vienna },
      { year: 2025, place: P.vienna },
    ],
    sources: [
      'http://www.wien-osze.diplo.de/Vertretung/wienosce/en/03/170227_20Asienpartner_20ENG.html',
      'https://www.einpresswire.com/article/751612398/osce-2024-asian-conference-to-take-place-in-vienna',
      'https://www.pubt.io/view/DFBA5FB044D1F69D1D53766AD850BA9790A44209',
    ],
  },
} as const satisfies Record<string, MeetingFacts>;
