import { Inject, Injectable, Optional } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { SearchHitType } from '@portal/domain/content';
import { isLocale } from '@portal/domain/locales';
import { InvalidInputError } from '@portal/api/common';
import { DatabaseNotifications } from '@portal/api/database';
import { SEARCH_HIT_TYPES } from '@portal/domain/content';
import { SEARCH_INDEX_CHANNEL, searchConfig } from './search.constants';
import { IndexItem } from './search.types';
import { words } from './query/query-parser';

const ANCHOR = /^[A-Za-z0-9_.:-]{1,100}$/;
// Control characters never belong in text; \x01 and \x02 are the snippet markers.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

function clean(text: string): string {
  return text.normalize('NFC').replace(CONTROL, ' ');
}

/** Words for the typo vocabulary: letters only, 3 to 40 of them, lower-case. */
export function vocabularyWords(text: string): string[] {
  return words(text).filter((w) => w.length >= 3 && w.length <= 40 && !/\p{N}/u.test(w));
}

type Counts = Map<string, number>;

function countWords(counts: Counts, locale: string, text: string): void {
  for (const word of vocabularyWords(text)) {
    const key = `${locale}\u0000${word}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
}

function splitCounts(counts: Counts): [string[], string[], number[]] {
  const keys = [...counts.keys()].sort();
  return [
    keys.map((k) => k.split('\u0000')[0]),
    keys.map((k) => k.split('\u0000')[1]),
    keys.map((k) => counts.get(k) ?? 0),
  ];
}

/** Index rows of a batch are found by (type, id) pairs passed as two arrays. */
const IN_BATCH = (alias: string) =>
  `(${alias}.item_type, ${alias}.item_id) IN (SELECT * FROM unnest($1::text[], $2::text[]))`;

/**
 * Raised first in every index change, so cached results made before it commits go stale:
 * the version for readers that ask the database, and `SEARCH_INDEX_CHANNEL` for those
 * that keep results until they hear of a change (every instance, once it commits).
 */
export async function bumpIndexVersion(
  manager: EntityManager,
  notifications?: DatabaseNotifications | null,
): Promise<void> {
  await manager.query('UPDATE search_index_version SET version = version + 1 WHERE id = 1');
  await notifications?.notify(manager, SEARCH_INDEX_CHANNEL);
}

function keyArrays(
  items: readonly { type: SearchHitType; itemId: string }[],
): [string[], string[]] {
  return [items.map((i) => i.type), items.map((i) => i.itemId)];
}

/**
 * Writes the search index. Every method takes the caller's EntityManager so the index
 * changes commit or roll back with the content change that caused them (publish,
 * unpublish, delete); it never opens a transaction or touches the DataSource itself.
 * A batch of items is written with a few multi-row statements, and the index statistics
 * (term and language counts, typo vocabulary) are updated once for the whole batch.
 */
@Injectable()
export class SearchIndexer {
  constructor(
    @Optional()
    @Inject(DatabaseNotifications)
    private readonly notifications: DatabaseNotifications | null = null,
  ) {}

  /** Replaces every indexed row of the item with `item.entries` (none: removes it). */
  async replaceItem(manager: EntityManager, item: IndexItem): Promise<void> {
    await this.replaceItems(manager, [item]);
  }

  /** `replaceItem` for many items at once (each item once). */
  async replaceItems(manager: EntityManager, items: readonly IndexItem[]): Promise<void> {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      this.validate(item, items.length > 1 ? `items.${i}.` : '');
      const key = `${item.type}\u0000${item.itemId}`;
      if (seen.has(key)) throw InvalidInputError.field(`items.${i}.itemId`, 'listed twice');
      seen.add(key);
    });
    if (items.length === 0) return;
    await bumpIndexVersion(manager, this.notifications);
    await this.removeItems(
      manager,
      items.map((i) => ({ type: i.type, itemId: i.itemId })),
    );
    await this.insertItems(manager, items);
    await this.addStatistics(manager, items);
  }

  async removeItem(manager: EntityManager, type: SearchHitType, itemId: string): Promise<void> {
    await bumpIndexVersion(manager, this.notifications);
    await this.removeItems(manager, [{ type, itemId }]);
  }

  private async removeItems(
    manager: EntityManager,
    items: readonly { type: SearchHitType; itemId: string }[],
  ): Promise<void> {
    const keys = keyArrays(items);
    const old: { locale: string; title: string; heading: string | null; body: string }[] =
      await manager.query(
        `SELECT locale, title, heading, body FROM search_passage p WHERE ${IN_BATCH('p')}`,
        keys,
      );
    if (old.length > 0) {
      await manager.query(
        `WITH t AS (
           SELECT p.locale, x.lexeme, count(*)::int AS n
             FROM search_passage p, unnest(tsvector_to_array(p.tsv)) AS x(lexeme)
            WHERE ${IN_BATCH('p')}
            GROUP BY 1, 2)
         UPDATE search_term_stats s SET df = s.df - t.n
           FROM t WHERE s.locale = t.locale AND s.lexeme = t.lexeme`,
        keys,
      );
      await manager.query(
        `DELETE FROM search_term_stats s
          USING (SELECT DISTINCT p.locale, x.lexeme
                   FROM search_passage p, unnest(tsvector_to_array(p.tsv)) AS x(lexeme)
                  WHERE ${IN_BATCH('p')}) t
          WHERE s.locale = t.locale AND s.lexeme = t.lexeme AND s.df <= 0`,
        keys,
      );
      await manager.query(
        `UPDATE search_locale_stats s SET passages = s.passages - t.n,
                total_length = s.total_length - t.len
           FROM (SELECT locale, count(*)::int AS n, sum(length)::bigint AS len FROM search_passage p
                  WHERE ${IN_BATCH('p')} GROUP BY locale) t
          WHERE s.locale = t.locale`,
        keys,
      );
      const counts: Counts = new Map();
      for (const row of old)
        countWords(counts, row.locale, `${row.title} ${row.heading ?? ''} ${row.body}`);
      const [locales, vocab, freqs] = splitCounts(counts);
      await manager.query(
        `UPDATE search_vocabulary v SET freq = v.freq - d.n
           FROM unnest($1::text[], $2::text[], $3::int[]) AS d(locale, word, n)
          WHERE v.word = d.word AND v.locale = d.locale`,
        [locales, vocab, freqs],
      );
      await manager.query(
        `DELETE FROM search_vocabulary v
          USING unnest($1::text[], $2::text[]) AS d(locale, word)
          WHERE v.word = d.word AND v.locale = d.locale AND v.freq <= 0`,
        [locales, vocab],
      );
      await manager.query(`DELETE FROM search_passage p WHERE ${IN_BATCH('p')}`, keys);
    }
    await manager.query(`DELETE FROM search_item i WHERE ${IN_BATCH('i')}`, keys);
  }

  private validate(item: IndexItem, prefix: string): void {
    if (!SEARCH_HIT_TYPES.includes(item.type)) {
      throw InvalidInputError.field(`${prefix}type`, `unknown search type ${String(item.type)}`);
    }
    if (!item.itemId || item.itemId.length > 200) {
      throw InvalidInputError.field(`${prefix}itemId`, 'must be 1 to 200 characters');
    }
    const locales = new Set<string>();
    item.entries.forEach((entry, i) => {
      if (!isLocale(entry.locale))
        throw InvalidInputError.field(`${prefix}entries.${i}.locale`, 'unknown locale');
      if (locales.has(entry.locale)) {
        throw InvalidInputError.field(`${prefix}entries.${i}.locale`, 'one entry per locale');
      }
      locales.add(entry.locale);
      const anchors = new Set<string>();
      entry.passages.forEach((p, j) => {
        if (!ANCHOR.test(p.anchor) || anchors.has(p.anchor)) {
          throw InvalidInputError.field(
            `${prefix}entries.${i}.passages.${j}.anchor`,
            'must be a unique id',
          );
        }
        anchors.add(p.anchor);
      });
    });
  }

  /** Every entry's item row, then every passage, each as one multi-row insert. */
  private async insertItems(manager: EntityManager, items: readonly IndexItem[]): Promise<void> {
    const entries = items.flatMap((item) =>
      item.entries.map((entry) => ({
        item_type: item.type,
        item_id: item.itemId,
        locale: entry.locale,
        cfg: searchConfig(entry.locale),
        title: clean(entry.title),
        url: entry.url,
        countries: [...new Set((entry.countryCodes ?? []).map((c) => c.toUpperCase()))],
        updated_at: new Date(entry.updatedAt).toISOString(),
        passages: entry.passages,
      })),
    );
    if (entries.length === 0) return;
    await manager.query(
      `INSERT INTO search_item (item_type, item_id, locale, title, title_key, url, country_codes, updated_at)
       SELECT x.item_type, x.item_id, x.locale, x.title, lower(portal_unaccent(x.title)), x.url,
              x.countries, x.updated_at
         FROM jsonb_to_recordset($1::jsonb) AS x(item_type text, item_id text, locale text, title text,
                                                 url text, countries text[], updated_at timestamptz)`,
      [JSON.stringify(entries.map(({ passages: _passages, cfg: _cfg, ...row }) => row))],
    );
    const passages = entries.flatMap(({ passages: list, ...entry }) =>
      list.map((p, i) => ({
        ...entry,
        pos: i + 1,
        anchor: p.anchor,
        heading: p.heading ? clean(p.heading) : null,
        body: clean(p.text),
      })),
    );
    if (passages.length === 0) return;
    await manager.query(
      `INSERT INTO search_passage (id, item_type, item_id, locale, position, anchor, heading, body,
                                   title, url, country_codes, updated_at, tsv, title_tsv, length,
                                   tf, title_lexemes)
       SELECT x.item_type || ':' || x.item_id || ':' || x.locale || '#' || x.anchor, x.item_type,
              x.item_id, x.locale, x.pos, x.anchor, x.heading, x.body, x.title, x.url, x.countries,
              x.updated_at, v.tsv, v.title_tsv,
              (SELECT coalesce(sum(cardinality(u.positions)), 0) FROM unnest(v.tsv) u),
              coalesce((SELECT jsonb_object_agg(u.lexeme, cardinality(u.positions)) FROM unnest(v.tsv) u), '{}'),
              tsvector_to_array(v.title_tsv)
         FROM jsonb_to_recordset($1::jsonb) AS x(item_type text, item_id text, locale text, cfg text,
                                                 title text, url text, countries text[],
                                                 updated_at timestamptz, pos int, anchor text,
                                                 heading text, body text)
        CROSS JOIN LATERAL (
          SELECT setweight(to_tsvector(x.cfg::regconfig, x.title), 'A')
                 || setweight(to_tsvector(x.cfg::regconfig, coalesce(x.heading, '')), 'B')
                 || to_tsvector(x.cfg::regconfig, x.body) AS tsv,
                 to_tsvector(x.cfg::regconfig, x.title) AS title_tsv) v`,
      [JSON.stringify(passages)],
    );
  }

  private async addStatistics(manager: EntityManager, items: readonly IndexItem[]): Promise<void> {
    const indexed = items.filter((item) => item.entries.some((e) => e.passages.length > 0));
    if (indexed.length === 0) return;
    const keys = keyArrays(indexed);
    // Sorted upserts take row locks in one order, so concurrent publishes do not deadlock.
    await manager.query(
      `INSERT INTO search_term_stats (locale, lexeme, df)
       SELECT p.locale, x.lexeme, count(*)::int
         FROM search_passage p, unnest(tsvector_to_array(p.tsv)) AS x(lexeme)
        WHERE ${IN_BATCH('p')}
        GROUP BY 1, 2 ORDER BY 1, 2
       ON CONFLICT (locale, lexeme) DO UPDATE SET df = search_term_stats.df + excluded.df`,
      keys,
    );
    await manager.query(
      `INSERT INTO search_locale_stats (locale, passages, total_length)
       SELECT locale, count(*)::int, sum(length)::bigint FROM search_passage p
        WHERE ${IN_BATCH('p')} GROUP BY locale ORDER BY locale
       ON CONFLICT (locale) DO UPDATE SET passages = search_locale_stats.passages + excluded.passages,
          total_length = search_locale_stats.total_length + excluded.total_length`,
      keys,
    );
    const counts: Counts = new Map();
    for (const item of indexed) {
      for (const entry of item.entries) {
        for (const p of entry.passages) {
          countWords(
            counts,
            entry.locale,
            `${clean(entry.title)} ${p.heading ? clean(p.heading) : ''} ${clean(p.text)}`,
          );
        }
      }
    }
    const [locales, vocab, freqs] = splitCounts(counts);
    await manager.query(
      `INSERT INTO search_vocabulary (locale, word, freq)
       SELECT * FROM unnest($1::text[], $2::text[], $3::int[]) ORDER BY 2, 1
       ON CONFLICT (word, locale) DO UPDATE SET freq = search_vocabulary.freq + excluded.freq`,
      [locales, vocab, freqs],
    );
  }
}
