import { DataSource } from 'typeorm';
import type { Locale } from '@portal/domain/locales';
import { LearnedLexicon, type TranslationLexicon } from '@portal/api/text';
import type { WordTranslator } from './query/thesaurus';

/**
 * One translator per learned lexicon, across instances, so that query expansions cached
 * for it (keyed by its id) stay valid.
 */
const TRANSLATORS = new WeakMap<TranslationLexicon, WordTranslator>();
let translatorIds = 0;

/**
 * Word translations learned from the published content's aligned passages (see
 * `LearnedLexicon`): how search and the assistant carry a query into other languages.
 */
export class LearnedTranslations {
  private readonly lexicon = new LearnedLexicon(this);

  constructor(private readonly dataSource: DataSource) {}

  current(): Promise<TranslationLexicon> {
    return this.lexicon.current();
  }

  /** The learned lexicon as the query planner takes it: the best translation of a word. */
  async translator(): Promise<WordTranslator | undefined> {
    const lexicon = await this.lexicon.current();
    if (lexicon.size === 0) return undefined;
    let cached = TRANSLATORS.get(lexicon);
    if (!cached) {
      cached = {
        id: ++translatorIds,
        translate: (word, from, to) =>
          lexicon
            .translate(word, from, to)
            .slice(0, 1)
            .map((t) => t.word),
      };
      TRANSLATORS.set(lexicon, cached);
    }
    return cached;
  }

  /**
   * The published content's passages in every language, grouped by item and anchor: the
   * same passage of a page in six languages is one group. The assistant learns word
   * translations from it. Documents (uploaded in one language) are left out.
   */
  async alignedPassages(): Promise<{ group: string; lang: Locale; text: string }[]> {
    const rows: { grp: string; locale: Locale; heading: string | null; body: string }[] =
      await this.dataSource.query(
        `SELECT item_type || ':' || item_id || '#' || anchor AS grp, locale, heading, body
           FROM search_passage WHERE item_type <> 'document'`,
      );
    return rows.map((r) => ({
      group: r.grp,
      lang: r.locale,
      text: r.heading ? `${r.heading}\n${r.body}` : r.body,
    }));
  }

  /** Changes whenever published content is indexed anew: for caches of what is learned from it. */
  async alignedVersion(): Promise<string> {
    const [row]: { n: number; latest: string | null }[] = await this.dataSource.query(
      `SELECT count(*)::int AS n, max(updated_at)::text AS latest
         FROM search_passage WHERE item_type <> 'document'`,
    );
    return `${row?.n ?? 0}:${row?.latest ?? ''}`;
  }
}
