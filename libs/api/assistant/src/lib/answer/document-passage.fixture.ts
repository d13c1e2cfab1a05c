import type { Locale } from '@portal/domain/locales';
import type { SourcePassage } from './answer.types';

/** For tests: a passage of an uploaded document (the first by default), as retrieval hands it over. */
export function documentPassage(
  id: string,
  lang: Locale,
  title: string,
  text: string,
  anchor = 1,
): SourcePassage {
  return {
    id: `doc:${id}#p${anchor}`,
    title,
    text,
    url: `/${lang}/documents/${id}#p${anchor}`,
    lang,
    score: 0.9,
    documentId: id,
  };
}
