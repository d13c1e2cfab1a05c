import type { Locale } from '@portal/domain/locales';

/** Fixed sentences the assistant says in the question's language. */
export const REFUSAL: Readonly<Record<Locale, string>> = {
  en: "I couldn't find an answer to this question in the portal's content and documents.",
  fr: "Je n'ai pas trouvé de réponse à cette question dans les contenus et documents du portail.",
  de: 'Ich habe in den Inhalten und Dokumenten des Portals keine Antwort auf diese Frage gefunden.',
  it: 'Non ho trovato una risposta a questa domanda nei contenuti e nei documenti del portale.',
  ru: 'Я не нашёл ответа на этот вопрос в материалах и документах портала.',
  es: 'No he encontrado una respuesta a esta pregunta en los contenidos y documentos del portal.',
};

const SOURCE_NOTE: Readonly<Record<Locale, (language: string) => string>> = {
  en: (l) => `The source is in ${l}:`,
  fr: (l) => `La source est en ${l} :`,
  de: (l) => `Die Quelle ist auf ${l}:`,
  it: (l) => `La fonte è in ${l}:`,
  ru: (l) => `Источник на языке: ${l}.`,
  es: (l) => `La fuente está en ${l}:`,
};

/** "The source is in Italian:", naming the source's language in the question's language. */
export function sourceLanguageNote(questionLang: Locale, sourceLang: Locale): string {
  const name =
    new Intl.DisplayNames([questionLang], { type: 'language' }).of(sourceLang) ?? sourceLang;
  const display = questionLang === 'en' || questionLang === 'de' ? name : name.toLowerCase();
  return SOURCE_NOTE[questionLang](display);
}
