import type { InstitutionSlug } from '@portal/domain/institutions';
import type { Localized } from '@portal/domain/locales';

/** Short seed descriptions; a missing institution or language fails to compile. */
export const INSTITUTION_DESCRIPTIONS: Readonly<Record<InstitutionSlug, Localized>> = {
  odihr: {
    en: 'ODIHR, based in Warsaw, helps participating States to ensure respect for human rights, democracy, the rule of law and tolerance. It observes elections, reviews legislation and supports police and justice officials in responding to hate crime and protecting human rights.',
    fr: 'Le BIDDH, établi à Varsovie, aide les États participants à garantir le respect des droits de l’homme, de la démocratie, de l’état de droit et de la tolérance. Il observe les élections, examine les législations et aide les policiers et les magistrats à répondre aux crimes de haine et à protéger les droits de l’homme.',
    de: 'Das BDIMR mit Sitz in Warschau hilft den Teilnehmerstaaten, Menschenrechte, Demokratie, Rechtsstaatlichkeit und Toleranz zu gewährleisten. Es beobachtet Wahlen, prüft Gesetze und unterstützt Polizei und Justiz bei der Bekämpfung von Hasskriminalität und beim Schutz der Menschenrechte.',
    it: 'L’ODIHR, con sede a Varsavia, aiuta gli Stati partecipanti a garantire il rispetto dei diritti umani, della democrazia, dello stato di diritto e della tolleranza. Osserva le elezioni, esamina la legislazione e sostiene funzionari di polizia e magistrati nel contrasto ai crimini d’odio e nella tutela dei diritti umani.',
    ru: 'БДИПЧ, расположенное в Варшаве, помогает государствам-участникам обеспечивать уважение прав человека, демократии, верховенства права и толерантности. Бюро наблюдает за выборами, анализирует законодательство и помогает сотрудникам полиции и органов юстиции противодействовать преступлениям на почве ненависти и защищать права человека.',
    es: 'La OIDDH, con sede en Varsovia, ayuda a los Estados participantes a garantizar el respeto de los derechos humanos, la democracia, el estado de derecho y la tolerancia. Observa elecciones, examina legislación y apoya a policías y funcionarios judiciales en la respuesta a los delitos de odio y la protección de los derechos humanos.',
  },
  hcnm: {
    en: 'The High Commissioner on National Minorities, based in The Hague, works to prevent inter-ethnic tensions from escalating into conflict. The HCNM’s recommendations include guidance on policing in multi-ethnic societies.',
    fr: 'Le Haut Commissaire pour les minorités nationales, établi à La Haye, s’efforce d’empêcher que les tensions interethniques ne dégénèrent en conflit. Ses recommandations comprennent des orientations sur l’activité de police dans les sociétés multiethniques.',
    de: 'Der Hohe Kommissar für nationale Minderheiten mit Sitz in Den Haag wirkt darauf hin, dass interethnische Spannungen nicht zu Konflikten eskalieren. Zu seinen Empfehlungen gehören Leitlinien zur Polizeiarbeit in multiethnischen Gesellschaften.',
    it: 'L’Alto Commissario per le minoranze nazionali, con sede all’Aia, opera per evitare che le tensioni interetniche degenerino in conflitti. Le sue raccomandazioni comprendono orientamenti sulle attività di polizia nelle società multietniche.',
    ru: 'Верховный комиссар по делам национальных меньшинств, находящийся в Гааге, стремится не допустить перерастания межэтнической напряженности в конфликт. Его рекомендации включают руководящие принципы полицейской деятельности в многоэтнических обществах.',
    es: 'El Alto Comisionado para las Minorías Nacionales, con sede en La Haya, trabaja para evitar que las tensiones interétnicas desemboquen en conflictos. Sus recomendaciones incluyen orientaciones sobre la actividad policial en sociedades multiétnicas.',
  },
  'representative-on-freedom-of-the-media': {
    en: 'The Representative on Freedom of the Media, based in Vienna, observes media developments in the participating States and gives early warning of violations of freedom of expression. The Office also works on the safety of journalists, including the role of the police in protecting them.',
    fr: 'Le Représentant pour la liberté des médias, établi à Vienne, suit l’évolution des médias dans les États participants et donne l’alerte rapide en cas de violation de la liberté d’expression. Son Bureau travaille aussi sur la sécurité des journalistes, y compris le rôle de la police dans leur protection.',
    de: 'Der Beauftragte für Medienfreiheit mit Sitz in Wien beobachtet die Medienentwicklung in den Teilnehmerstaaten und warnt frühzeitig vor Verletzungen der Meinungsfreiheit. Sein Büro befasst sich auch mit der Sicherheit von Journalisten, einschließlich der Rolle der Polizei bei ihrem Schutz.',
    it: 'Il Rappresentante per la libertà dei mezzi d’informazione, con sede a Vienna, segue gli sviluppi dei media negli Stati partecipanti e segnala tempestivamente le violazioni della libertà di espressione. Il suo Ufficio si occupa anche della sicurezza dei giornalisti, compreso il ruolo della polizia nella loro protezione.',
    ru: 'Представитель по вопросам свободы СМИ, находящийся в Вене, следит за развитием СМИ в государствах-участниках и заблаговременно предупреждает о нарушениях свободы выражения мнений. Его Бюро также занимается безопасностью журналистов, включая роль полиции в их защите.',
    es: 'El Representante para la Libertad de los Medios de Comunicación, con sede en Viena, sigue la evolución de los medios en los Estados participantes y alerta a tiempo de las violaciones de la libertad de expresión. Su Oficina también se ocupa de la seguridad de los periodistas, incluido el papel de la policía en su protección.',
  },
  'parliamentary-assembly': {
    en: 'The OSCE Parliamentary Assembly, with its secretariat in Copenhagen, brings together more than 300 parliamentarians from the participating States. It debates the OSCE’s work, adopts declarations and takes part in election observation.',
    fr: 'L’Assemblée parlementaire de l’OSCE, dont le secrétariat est à Copenhague, réunit plus de 300 parlementaires des États participants. Elle débat des travaux de l’OSCE, adopte des déclarations et participe à l’observation des élections.',
    de: 'Die Parlamentarische Versammlung der OSZE mit Sekretariat in Kopenhagen vereint mehr als 300 Parlamentarier aus den Teilnehmerstaaten. Sie erörtert die Arbeit der OSZE, verabschiedet Erklärungen und beteiligt sich an der Wahlbeobachtung.',
    it: 'L’Assemblea parlamentare dell’OSCE, con segretariato a Copenaghen, riunisce oltre 300 parlamentari degli Stati partecipanti. Discute l’attività dell’OSCE, adotta dichiarazioni e partecipa all’osservazione elettorale.',
    ru: 'Парламентская ассамблея ОБСЕ, секретариат которой находится в Копенгагене, объединяет более 300 парламентариев государств-участников. Она обсуждает работу ОБСЕ, принимает декларации и участвует в наблюдении за выборами.',
    es: 'La Asamblea Parlamentaria de la OSCE, con secretaría en Copenhague, reúne a más de 300 parlamentarios de los Estados participantes. Debate la labor de la OSCE, aprueba declaraciones y participa en la observación electoral.',
  },
  'court-of-conciliation-and-arbitration': {
    en: 'The Court of Conciliation and Arbitration, based in Geneva, was set up by the 1992 Stockholm Convention. States that are party to the Convention can submit disputes to it for settlement by conciliation or arbitration.',
    fr: 'La Cour de conciliation et d’arbitrage, établie à Genève, a été créée par la Convention de Stockholm de 1992. Les États parties à la Convention peuvent lui soumettre leurs différends en vue d’un règlement par la conciliation ou l’arbitrage.',
    de: 'Der Vergleichs- und Schiedsgerichtshof mit Sitz in Genf wurde durch das Stockholmer Übereinkommen von 1992 errichtet. Vertragsstaaten des Übereinkommens können ihm Streitigkeiten zur Beilegung durch Vergleich oder Schiedsverfahren vorlegen.',
    it: 'La Corte di conciliazione e arbitrato, con sede a Ginevra, è stata istituita dalla Convenzione di Stoccolma del 1992. Gli Stati parte della Convenzione possono sottoporle controversie da risolvere mediante conciliazione o arbitrato.',
    ru: 'Суд по примирению и арбитражу, находящийся в Женеве, учрежден Стокгольмской конвенцией 1992 года. Государства – участники Конвенции могут передавать ему споры для урегулирования путем примирения или арбитража.',
    es: 'La Corte de Conciliación y Arbitraje, con sede en Ginebra, fue creada por el Convenio de Estocolmo de 1992. Los Estados partes en el Convenio pueden someterle controversias para su solución mediante conciliación o arbitraje.',
  },
  secretariat: {
    en: 'The OSCE Secretariat in Vienna, led by the Secretary General, supports the Chairpersonship, the decision-making bodies and the field operations. Its Transnational Threats Department, with the Strategic Police Matters Unit (SPMU), is the focal point for the OSCE’s police-related activities.',
    fr: 'Le Secrétariat de l’OSCE à Vienne, dirigé par le Secrétaire général, appuie la Présidence, les organes de décision et les opérations de terrain. Son Département des menaces transnationales, avec l’Unité pour les questions stratégiques de police (SPMU), est le point focal des activités de l’OSCE liées à la police.',
    de: 'Das OSZE-Sekretariat in Wien unter der Leitung des Generalsekretärs unterstützt den Vorsitz, die Beschlussgremien und die Feldoperationen. Seine Abteilung Grenzüberschreitende Bedrohungen mit dem Referat für strategische Polizeiangelegenheiten (SPMU) ist die zentrale Anlaufstelle für die polizeibezogenen Aktivitäten der OSZE.',
    it: 'Il Segretariato dell’OSCE a Vienna, guidato dal Segretario generale, sostiene la Presidenza, gli organi decisionali e le operazioni sul terreno. Il suo Dipartimento per le minacce transnazionali, con l’Unità per le questioni strategiche di polizia (SPMU), è il punto focale per le attività dell’OSCE connesse alla polizia.',
    ru: 'Секретариат ОБСЕ в Вене, возглавляемый Генеральным секретарем, поддерживает Председательство, директивные органы и полевые операции. Его Департамент по транснациональным угрозам с Отделом по стратегическим вопросам полицейской деятельности (SPMU) является координационным центром связанной с полицией деятельности ОБСЕ.',
    es: 'La Secretaría de la OSCE en Viena, dirigida por el Secretario General, presta apoyo a la Presidencia, a los órganos decisorios y a las operaciones sobre el terreno. Su Departamento de Amenazas Transnacionales, con la Unidad de Asuntos Policiales Estratégicos (SPMU), es el punto focal de las actividades de la OSCE relacionadas con la policía.',
  },
};
