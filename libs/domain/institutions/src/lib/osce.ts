import type { Localized } from '@portal/domain/locales';

export const OSCE_NAME: Localized = {
  en: 'Organization for Security and Co-operation in Europe',
  fr: 'Organisation pour la sécurité et la coopération en Europe',
  de: 'Organisation für Sicherheit und Zusammenarbeit in Europa',
  it: 'Organizzazione per la sicurezza e la cooperazione in Europa',
  ru: 'Организация по безопасности и сотрудничеству в Европе',
  es: 'Organización para la Seguridad y la Cooperación en Europa',
};

export const OSCE_ACRONYM: Localized = {
  en: 'OSCE',
  fr: 'OSCE',
  de: 'OSZE',
  it: 'OSCE',
  ru: 'ОБСЕ',
  es: 'OSCE',
};
