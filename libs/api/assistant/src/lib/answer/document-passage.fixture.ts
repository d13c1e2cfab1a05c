import type { Locale } from '@portal/domain/locales';
import type { SourcePassage } from './answer.types';

/** For tests: the first passage of an uploaded document, as retrieval hands it over. */
export function documentPassage(
  id: string,
  lang: Locale,
  title: string,
  text: string,
): SourcePassage {
  return {
    id: `doc:${id}#p1`,
    title,
    text,
    url: `/${lang}/documents/${id}#p1`,
    lang,
    score: 0.9,
    documentId: id,
  };
}
