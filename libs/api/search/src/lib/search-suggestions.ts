import { DataSource } from 'typeorm';
import type { SearchSuggestion } from '@portal/domain/content';
import type { Locale } from '@portal/domain/locales';
import { escapeRegExp, words } from './query/query-parser';
import { suggestQuery } from './search-input';

/** Search-as-you-type from the index: titles, and completions from its vocabulary. */
export class SearchSuggestions {
  constructor(private readonly dataSource: DataSource) {}

  /** Search-as-you-type: titles in the visitor's language, then completions of the last word. */
  async suggest(params: { q: string; lang: Locale }): Promise<SearchSuggestion[]> {
    const q = suggestQuery(params);
    const like = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
    const key = q.trim().toLowerCase().replace(/\s+/g, ' ');
    const titles: { title: string; url: string }[] = await this.dataSource.query(
      `SELECT title, url FROM (
         SELECT DISTINCT ON (title) title, url, title_key FROM search_item
          WHERE locale = $1 AND (title_key LIKE lower(portal_unaccent($2)) || '%'
                                 OR title_key LIKE '% ' || lower(portal_unaccent($2)) || '%')
          ORDER BY title, item_type, item_id) t
        ORDER BY (title_key LIKE lower(portal_unaccent($2)) || '%') DESC, length(title), title LIMIT 5`,
      [params.lang, like(key)],
    );
    const out: SearchSuggestion[] = titles.map((t) => ({ text: t.title, url: t.url }));
    const last = words(q).at(-1);
    if (
      last &&
      !/\s$/u.test(q) &&
      new RegExp(`${escapeRegExp(last)}$`, 'iu').test(q.normalize('NFC'))
    ) {
      const head = q.slice(0, q.length - last.length);
      const completions: { word: string }[] = await this.dataSource.query(
        `SELECT word FROM search_vocabulary
          WHERE locale = $1 AND word LIKE $2 || '%' AND word <> $3
          ORDER BY freq DESC, word LIMIT 5`,
        [params.lang, like(last), last],
      );
      for (const c of completions) {
        const text = `${head}${c.word}`.trim();
        if (!out.some((o) => o.text.toLowerCase() === text.toLowerCase())) out.push({ text });
      }
    }
    return out.slice(0, 8);
  }
}
