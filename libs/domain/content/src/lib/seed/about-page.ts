import type { SeedPage } from './seed-page';

export const ABOUT_PAGE: SeedPage = {
  slug: 'about',
  translations: {
    en: {
      title: 'About the OSCE',
      summary:
        'The Organization for Security and Co-operation in Europe is the world’s largest regional security organization.',
      body: `The OSCE brings together 57 participating States from Europe, Central Asia and North America, and works with 11 Partners for Co-operation in Asia and the Mediterranean. It takes a comprehensive approach to security that covers politico-military, economic and environmental, and human aspects.

Decisions are taken by consensus. The Chairpersonship rotates every year; in 2025 it is held by Finland. The Secretariat in Vienna, the institutions and the field operations turn the participating States’ decisions into practice, including the OSCE’s work on policing.`,
    },
    fr: {
      title: 'À propos de l’OSCE',
      summary:
        'L’Organisation pour la sécurité et la coopération en Europe est la plus grande organisation régionale de sécurité au monde.',
      body: `L’OSCE réunit 57 États participants d’Europe, d’Asie centrale et d’Amérique du Nord et travaille avec 11 partenaires pour la coopération en Asie et en Méditerranée. Elle a une approche globale de la sécurité, qui couvre les aspects politico-militaires, économiques et environnementaux ainsi que la dimension humaine.

Les décisions sont prises par consensus. La Présidence change chaque année ; en 2025, elle est exercée par la Finlande. Le Secrétariat à Vienne, les institutions et les opérations de terrain mettent en œuvre les décisions des États participants, y compris dans le domaine des activités de police.`,
    },
    de: {
      title: 'Über die OSZE',
      summary:
        'Die Organisation für Sicherheit und Zusammenarbeit in Europa ist die größte regionale Sicherheitsorganisation der Welt.',
      body: `Die OSZE vereint 57 Teilnehmerstaaten aus Europa, Zentralasien und Nordamerika und arbeitet mit 11 Kooperationspartnern in Asien und im Mittelmeerraum zusammen. Sie verfolgt einen umfassenden Sicherheitsansatz, der die politisch-militärische, die wirtschaftliche und ökologische sowie die menschliche Dimension umfasst.

Beschlüsse werden im Konsens gefasst. Der Vorsitz wechselt jährlich; 2025 hat ihn Finnland inne. Das Sekretariat in Wien, die Institutionen und die Feldoperationen setzen die Beschlüsse der Teilnehmerstaaten um, auch in der Polizeiarbeit.`,
    },
    it: {
      title: 'Chi siamo',
      summary:
        'L’Organizzazione per la sicurezza e la cooperazione in Europa è la più grande organizzazione regionale per la sicurezza al mondo.',
      body: `L’OSCE riunisce 57 Stati partecipanti dell’Europa, dell’Asia centrale e dell’America settentrionale e collabora con 11 Partner per la cooperazione in Asia e nel Mediterraneo. Adotta un approccio globale alla sicurezza che comprende gli aspetti politico-militari, economici e ambientali e la dimensione umana.

Le decisioni sono adottate per consenso. La Presidenza cambia ogni anno; nel 2025 è esercitata dalla Finlandia. Il Segretariato di Vienna, le istituzioni e le operazioni sul terreno danno attuazione alle decisioni degli Stati partecipanti, anche nel campo delle attività di polizia.`,
    },
    ru: {
      title: 'Об ОБСЕ',
      summary:
        'Организация по безопасности и сотрудничеству в Европе – крупнейшая в мире региональная организация по безопасности.',
      body: `ОБСЕ объединяет 57 государств-участников из Европы, Центральной Азии и Северной Америки и сотрудничает с 11 партнерами по сотрудничеству в Азии и Средиземноморье. Она придерживается всеобъемлющего подхода к безопасности, охватывающего военно-политическое, экономико-экологическое и человеческое измерения.

Решения принимаются консенсусом. Председательство меняется ежегодно; в 2025 году его осуществляет Финляндия. Секретариат в Вене, институты и полевые операции претворяют решения государств-участников в жизнь, в том числе в области полицейской деятельности.`,
    },
    es: {
      title: 'Acerca de la OSCE',
      summary:
        'La Organización para la Seguridad y la Cooperación en Europa es la mayor organización regional de seguridad del mundo.',
      body: `La OSCE reúne a 57 Estados participantes de Europa, Asia Central y América del Norte, y colabora con 11 Socios para la Cooperación de Asia y el Mediterráneo. Aplica un enfoque integral de la seguridad que abarca los aspectos político-militares, económicos y medioambientales, y la dimensión humana.

Las decisiones se adoptan por consenso. La Presidencia rota cada año; en 2025 la ejerce Finlandia. La Secretaría en Viena, las instituciones y las operaciones sobre el terreno ponen en práctica las decisiones de los Estados participantes, también en el ámbito de las actividades policiales.`,
    },
  },
};
