import type { SeedPage } from './seed-page';

/**
 * The policing page. Italian is the seed page's text (from "Ordine pubblico" on) as it
 * stands; the other five are translations of it with the same paragraphs and lists.
 */
export const POLICING_PAGE: SeedPage = {
  slug: 'policing',
  translations: {
    it: {
      title: 'Ordine pubblico',
      summary:
        'L’OSCE mira a creare servizi di polizia democratici e proattivi, in grado di rispondere alle minacce transnazionali.',
      body: `Sfruttando le nuove tecnologie e i moderni mezzi di comunicazione, le reti criminali internazionali sono sempre più interconnesse e dinamiche, e si adeguano facilmente alle nuove circostanze, sfide e opportunità. L’OSCE affronta queste minacce internazionali attraverso una strategia globale finalizzata a creare servizi di polizia moderni, democratici e proattivi, in grado di rispondere alle sempre più complesse minacce internazionali.

Le attività dell’OSCE connesse alla polizia sono parte integrante degli sforzi compiuti dall’Organizzazione nel campo della prevenzione dei conflitti, della gestione delle crisi e della ricostruzione post-conflittuale.

In seno al Segretariato OSCE, l’Unità per le questioni strategiche di polizia del Dipartimento per le minacce transnazionali (SPMU) è il punto focale per le attività dell’OSCE connesse alle attività di polizia, che sono suddivise in due categorie principali:

- Sviluppo e riforma della polizia secondo i principi di una polizia democratica, con particolare riguardo alla polizia di prossimità e al partenariato polizia-pubblico, corsi di addestramento, protezione delle vittime e delle persone vulnerabili;
- rafforzamento delle capacità delle forze dell’ordine degli Stati partecipanti dell’OSCE e dei Partner per la cooperazione per consentire loro di contrastare la criminalità transnazionale organizzata, il terrorismo, il traffico di stupefacenti, la tratta di esseri umani e la criminalità informatica.

L’OSCE collabora con le forze di polizia in tutta la sua regione. La SPMU mantiene una rete di esperti di polizia presso le operazioni sul terreno e fornisce consulenza e assistenza agli Stati partecipanti, contribuendo in tal modo a creare forze di polizia responsabili che rendono un servizio e proteggono i propri cittadini. La maggior parte delle operazioni OSCE sul terreno svolge programmi di sviluppo e riforma della polizia, che includono le seguenti attività:

- rafforzamento delle capacità delle forze di polizia di far fronte alle minacce transnazionali;
- sviluppo e organizzazione di programmi sostenibili di addestramento della polizia;
- organizzazione di seminari di formazione su funzioni direttive e gestionali per funzionari di polizia e di governo, magistrati e procuratori;
- rafforzamento delle capacità investigative e analitiche;
- miglioramento delle competenze in materia di indagini finanziarie, lotta al riciclaggio di denaro e confisca dei proventi di attività criminali;
- sviluppo di iniziative riguardanti la polizia di prossimità e il partenariato polizia‑pubblico;
- lotta alla violenza domestica;
- assistenza nel campo della pianificazione strategica e della valutazione delle minacce;
- promozione dello scambio di informazioni tra funzionari di frontiera;
- facilitazione della condivisione di informazioni e delle migliori prassi;
- analisi e valutazione degli insegnamenti appresi al fine di elaborare orientamenti;
- consulenza in materia di riforma legislativa e rafforzamento delle istituzioni;
- promozione di un servizio di polizia sotto la guida del servizio di intelligence;
- monitoraggio delle attività di polizia al fine di assicurare che vengano svolte conformemente agli standard sui diritti umani;
- promozione della cooperazione regionale e internazionale delle forze di polizia.`,
    },
    en: {
      title: 'Policing',
      summary:
        'The OSCE aims to build democratic and proactive police services that can respond to transnational threats.',
      body: `Making use of new technologies and modern means of communication, international criminal networks are increasingly interconnected and dynamic, and adapt easily to new circumstances, challenges and opportunities. The OSCE addresses these international threats through a comprehensive strategy aimed at building modern, democratic and proactive police services able to respond to increasingly complex international threats.

The OSCE’s police-related activities are an integral part of the Organization’s efforts in conflict prevention, crisis management and post-conflict rehabilitation.

Within the OSCE Secretariat, the Strategic Police Matters Unit (SPMU) of the Transnational Threats Department is the focal point for the OSCE’s police-related activities, which fall into two main categories:

- Police development and reform according to the principles of democratic policing, with particular attention to community policing and police-public partnership, training courses, and the protection of victims and vulnerable persons;
- building the capacity of the law enforcement agencies of OSCE participating States and Partners for Co-operation to enable them to counter transnational organized crime, terrorism, drug trafficking, trafficking in human beings and cybercrime.

The OSCE works with police services throughout its region. The SPMU maintains a network of police experts in the field operations and provides advice and assistance to participating States, thereby helping to build accountable police services that serve and protect their citizens. Most OSCE field operations run police development and reform programmes, which include the following activities:

- strengthening the capacity of police services to address transnational threats;
- developing and organizing sustainable police training programmes;
- organizing leadership and management training seminars for police and government officials, judges and prosecutors;
- strengthening investigative and analytical capacities;
- improving skills in financial investigations, combating money laundering and confiscating the proceeds of crime;
- developing community policing and police-public partnership initiatives;
- combating domestic violence;
- assisting with strategic planning and threat assessment;
- promoting the exchange of information among border officials;
- facilitating the sharing of information and best practices;
- analysing and evaluating lessons learned in order to develop guidance;
- advising on legislative reform and institution-building;
- promoting intelligence-led policing;
- monitoring police activities to ensure that they are carried out in line with human rights standards;
- promoting regional and international police co-operation.`,
    },
    fr: {
      title: 'Activités de police',
      summary:
        'L’OSCE s’attache à mettre en place des services de police démocratiques et proactifs, capables de répondre aux menaces transnationales.',
      body: `Exploitant les nouvelles technologies et les moyens de communication modernes, les réseaux criminels internationaux sont de plus en plus interconnectés et dynamiques, et s’adaptent facilement aux nouvelles circonstances, aux nouveaux défis et aux nouvelles possibilités. L’OSCE fait face à ces menaces internationales au moyen d’une stratégie globale visant à mettre en place des services de police modernes, démocratiques et proactifs, capables de répondre à des menaces internationales de plus en plus complexes.

Les activités de l’OSCE liées à la police font partie intégrante des efforts que l’Organisation déploie dans les domaines de la prévention des conflits, de la gestion des crises et du relèvement après un conflit.

Au sein du Secrétariat de l’OSCE, l’Unité pour les questions stratégiques de police (SPMU) du Département des menaces transnationales est le point focal des activités de l’OSCE liées à la police, qui se répartissent en deux grandes catégories :

- le développement et la réforme de la police selon les principes d’une police démocratique, avec une attention particulière à la police de proximité et au partenariat entre la police et la population, aux cours de formation ainsi qu’à la protection des victimes et des personnes vulnérables ;
- le renforcement des capacités des services de répression des États participants de l’OSCE et des partenaires pour la coopération afin de leur permettre de lutter contre la criminalité organisée transnationale, le terrorisme, le trafic de drogue, la traite des êtres humains et la cybercriminalité.

L’OSCE collabore avec les services de police dans toute sa région. La SPMU entretient un réseau d’experts de police dans les opérations de terrain et fournit conseils et assistance aux États participants, contribuant ainsi à mettre en place des services de police responsables qui servent et protègent leurs citoyens. La plupart des opérations de terrain de l’OSCE mènent des programmes de développement et de réforme de la police, qui comprennent les activités suivantes :

- renforcement des capacités des services de police à faire face aux menaces transnationales ;
- élaboration et organisation de programmes durables de formation de la police ;
- organisation de séminaires de formation au commandement et à la gestion pour les fonctionnaires de police et de l’État, les juges et les procureurs ;
- renforcement des capacités d’enquête et d’analyse ;
- amélioration des compétences en matière d’enquêtes financières, de lutte contre le blanchiment d’argent et de confiscation des produits du crime ;
- développement d’initiatives de police de proximité et de partenariat entre la police et la population ;
- lutte contre la violence domestique ;
- assistance en matière de planification stratégique et d’évaluation des menaces ;
- promotion de l’échange d’informations entre les agents des frontières ;
- facilitation du partage d’informations et de bonnes pratiques ;
- analyse et évaluation des enseignements tirés en vue d’élaborer des orientations ;
- conseils en matière de réforme législative et de renforcement des institutions ;
- promotion d’une police guidée par le renseignement ;
- suivi des activités de police afin de garantir qu’elles sont menées conformément aux normes relatives aux droits de l’homme ;
- promotion de la coopération policière régionale et internationale.`,
    },
    de: {
      title: 'Polizeiarbeit',
      summary:
        'Die OSZE will demokratische und proaktive Polizeidienste aufbauen, die grenzüberschreitenden Bedrohungen begegnen können.',
      body: `Internationale kriminelle Netzwerke nutzen neue Technologien und moderne Kommunikationsmittel, sind zunehmend vernetzt und dynamisch und passen sich leicht an neue Umstände, Herausforderungen und Gelegenheiten an. Die OSZE begegnet diesen internationalen Bedrohungen mit einer umfassenden Strategie, die darauf abzielt, moderne, demokratische und proaktive Polizeidienste aufzubauen, die auf die immer komplexeren internationalen Bedrohungen reagieren können.

Die polizeibezogenen Aktivitäten der OSZE sind fester Bestandteil der Bemühungen der Organisation um Konfliktverhütung, Krisenbewältigung und Konfliktnachsorge.

Im OSZE-Sekretariat ist das Referat für strategische Polizeiangelegenheiten (SPMU) der Abteilung Grenzüberschreitende Bedrohungen die zentrale Anlaufstelle für die polizeibezogenen Aktivitäten der OSZE, die in zwei Hauptkategorien unterteilt sind:

- Entwicklung und Reform der Polizei nach den Grundsätzen demokratischer Polizeiarbeit, mit besonderem Augenmerk auf bürgernahe Polizeiarbeit und Partnerschaften zwischen Polizei und Öffentlichkeit, Ausbildungskurse sowie den Schutz von Opfern und schutzbedürftigen Personen;
- Stärkung der Kapazitäten der Strafverfolgungsbehörden der OSZE-Teilnehmerstaaten und der Kooperationspartner, damit sie grenzüberschreitende organisierte Kriminalität, Terrorismus, Drogenhandel, Menschenhandel und Cyberkriminalität bekämpfen können.

Die OSZE arbeitet in ihrer gesamten Region mit Polizeikräften zusammen. Die SPMU unterhält ein Netzwerk von Polizeiexperten in den Feldoperationen und berät und unterstützt die Teilnehmerstaaten; so trägt sie zum Aufbau rechenschaftspflichtiger Polizeikräfte bei, die ihren Bürgerinnen und Bürgern dienen und sie schützen. Die meisten Feldoperationen der OSZE führen Programme zur Entwicklung und Reform der Polizei durch, die folgende Aktivitäten umfassen:

- Stärkung der Fähigkeit der Polizei, grenzüberschreitenden Bedrohungen zu begegnen;
- Entwicklung und Organisation nachhaltiger Ausbildungsprogramme für die Polizei;
- Organisation von Führungs- und Managementseminaren für Polizei- und Regierungsbeamte, Richter und Staatsanwälte;
- Stärkung der Ermittlungs- und Analysefähigkeiten;
- Verbesserung der Kompetenzen bei Finanzermittlungen, bei der Bekämpfung der Geldwäsche und bei der Einziehung von Erträgen aus Straftaten;
- Entwicklung von Initiativen für bürgernahe Polizeiarbeit und Partnerschaften zwischen Polizei und Öffentlichkeit;
- Bekämpfung häuslicher Gewalt;
- Unterstützung bei strategischer Planung und Bedrohungsanalyse;
- Förderung des Informationsaustauschs zwischen Grenzbeamten;
- Erleichterung des Austauschs von Informationen und bewährten Praktiken;
- Analyse und Auswertung gewonnener Erkenntnisse zur Erarbeitung von Leitlinien;
- Beratung zu Gesetzesreform und Institutionenaufbau;
- Förderung erkenntnisgestützter Polizeiarbeit;
- Beobachtung der Polizeiarbeit, um sicherzustellen, dass sie im Einklang mit den Menschenrechtsstandards erfolgt;
- Förderung der regionalen und internationalen polizeilichen Zusammenarbeit.`,
    },
    ru: {
      title: 'Полицейская деятельность',
      summary:
        'ОБСЕ стремится к созданию демократических и инициативных полицейских служб, способных реагировать на транснациональные угрозы.',
      body: `Используя новые технологии и современные средства связи, международные преступные сети становятся все более взаимосвязанными и динамичными и легко приспосабливаются к новым обстоятельствам, вызовам и возможностям. ОБСЕ противодействует этим международным угрозам с помощью всеобъемлющей стратегии, направленной на создание современных, демократических и инициативных полицейских служб, способных реагировать на все более сложные международные угрозы.

Связанная с полицией деятельность ОБСЕ является неотъемлемой частью усилий Организации в области предотвращения конфликтов, урегулирования кризисов и постконфликтного восстановления.

В Секретариате ОБСЕ координационным центром связанной с полицией деятельности ОБСЕ является Отдел по стратегическим вопросам полицейской деятельности (SPMU) Департамента по транснациональным угрозам. Эта деятельность подразделяется на две основные категории:

- развитие и реформирование полиции в соответствии с принципами демократической полицейской деятельности, с особым вниманием к работе полиции с населением и партнерству полиции и общества, учебным курсам, защите потерпевших и уязвимых лиц;
- наращивание потенциала правоохранительных органов государств – участников ОБСЕ и партнеров по сотрудничеству, чтобы они могли противодействовать транснациональной организованной преступности, терроризму, незаконному обороту наркотиков, торговле людьми и киберпреступности.

ОБСЕ сотрудничает с полицией во всем своем регионе. SPMU поддерживает сеть полицейских экспертов в полевых операциях и оказывает консультативную помощь и содействие государствам-участникам, помогая тем самым создавать подотчетную полицию, которая служит своим гражданам и защищает их. Большинство полевых операций ОБСЕ осуществляют программы развития и реформирования полиции, которые включают следующие направления деятельности:

- укрепление потенциала полиции в противодействии транснациональным угрозам;
- разработка и организация устойчивых программ подготовки сотрудников полиции;
- организация учебных семинаров по вопросам руководства и управления для сотрудников полиции и государственных служащих, судей и прокуроров;
- укрепление следственного и аналитического потенциала;
- совершенствование навыков проведения финансовых расследований, противодействия отмыванию денег и конфискации доходов от преступной деятельности;
- разработка инициатив в области работы полиции с населением и партнерства полиции и общества;
- борьба с насилием в семье;
- содействие в стратегическом планировании и оценке угроз;
- содействие обмену информацией между сотрудниками пограничных служб;
- содействие обмену информацией и передовым опытом;
- анализ и оценка извлеченных уроков для разработки руководящих материалов;
- консультирование по вопросам законодательной реформы и институционального строительства;
- содействие полицейской деятельности на основе оперативной информации;
- мониторинг деятельности полиции для обеспечения ее соответствия стандартам в области прав человека;
- содействие региональному и международному полицейскому сотрудничеству.`,
    },
    es: {
      title: 'Actividades policiales',
      summary:
        'La OSCE tiene como objetivo crear servicios policiales democráticos y proactivos, capaces de responder a las amenazas transnacionales.',
      body: `Aprovechando las nuevas tecnologías y los medios de comunicación modernos, las redes delictivas internacionales están cada vez más interconectadas y son cada vez más dinámicas, y se adaptan con facilidad a nuevas circunstancias, retos y oportunidades. La OSCE hace frente a estas amenazas internacionales mediante una estrategia integral destinada a crear servicios policiales modernos, democráticos y proactivos, capaces de responder a amenazas internacionales cada vez más complejas.

Las actividades de la OSCE relacionadas con la policía forman parte integrante de los esfuerzos que la Organización realiza en los ámbitos de la prevención de conflictos, la gestión de crisis y la rehabilitación posconflicto.

En la Secretaría de la OSCE, la Unidad de Asuntos Policiales Estratégicos (SPMU) del Departamento de Amenazas Transnacionales es el punto focal de las actividades de la OSCE relacionadas con la policía, que se dividen en dos categorías principales:

- desarrollo y reforma de la policía conforme a los principios de la actividad policial democrática, con especial atención a la policía de proximidad y a la colaboración entre la policía y la ciudadanía, los cursos de formación y la protección de las víctimas y de las personas vulnerables;
- fortalecimiento de las capacidades de las fuerzas del orden de los Estados participantes de la OSCE y de los Socios para la Cooperación, a fin de que puedan combatir la delincuencia organizada transnacional, el terrorismo, el tráfico de drogas, la trata de personas y la ciberdelincuencia.

La OSCE colabora con los cuerpos de policía de toda su región. La SPMU mantiene una red de expertos policiales en las operaciones sobre el terreno y presta asesoramiento y asistencia a los Estados participantes, contribuyendo así a crear cuerpos de policía responsables que sirvan y protejan a sus ciudadanos. La mayoría de las operaciones de la OSCE sobre el terreno llevan a cabo programas de desarrollo y reforma de la policía, que incluyen las siguientes actividades:

- fortalecimiento de la capacidad de los cuerpos de policía para hacer frente a las amenazas transnacionales;
- elaboración y organización de programas sostenibles de formación policial;
- organización de seminarios de formación en liderazgo y gestión para funcionarios policiales y gubernamentales, jueces y fiscales;
- fortalecimiento de la capacidad de investigación y análisis;
- mejora de las competencias en materia de investigaciones financieras, lucha contra el blanqueo de capitales y decomiso del producto del delito;
- desarrollo de iniciativas de policía de proximidad y de colaboración entre la policía y la ciudadanía;
- lucha contra la violencia doméstica;
- asistencia en planificación estratégica y evaluación de amenazas;
- fomento del intercambio de información entre funcionarios de fronteras;
- facilitación del intercambio de información y de buenas prácticas;
- análisis y evaluación de las lecciones aprendidas para elaborar orientaciones;
- asesoramiento sobre reforma legislativa y fortalecimiento institucional;
- fomento de la actividad policial basada en la inteligencia;
- seguimiento de las actividades policiales para garantizar que se lleven a cabo de conformidad con las normas de derechos humanos;
- fomento de la cooperación policial regional e internacional.`,
    },
  },
};
