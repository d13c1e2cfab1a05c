import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { SearchHitType } from '@portal/domain/content';
import { isLocale } from '@portal/domain/locales';
import { InvalidInputError } from '@portal/api/common';
import { SEARCH_HIT_TYPES, searchConfig } from './search.constants';
import { IndexEntry, IndexItem } from './search.types';
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

/**
 * Writes the search index. Every method takes the caller's EntityManager so the index
 * changes commit or roll back with the content change that caused them (publish,
 * unpublish, delete); it never opens a transaction or touches the DataSource itself.
 */
@Injectable()
export class SearchIndexer {
  /** Replaces every indexed row of the item with `item.entries` (none: removes it). */
  async replaceItem(manager: EntityManager, item: IndexItem): Promise<void> {
    this.validate(item);
    await this.removeItem(manager, item.type, item.itemId);
    for (const entry of item.entries) await this.insertEntry(manager, item, entry);
    await this.addStatistics(manager, item);
  }

  async removeItem(manager: EntityManager, type: SearchHitType, itemId: string): Promise<void> {
    const old: { locale: string; title: string; heading: string | null; body: string }[] =
      await manager.query(
        `SELECT locale, title, heading, body FROM search_passage
          WHERE item_type = $1 AND item_id = $2`,
        [type, itemId],
      );
    if (old.length > 0) {
      await manager.query(
        `WITH t AS (
           SELECT p.locale, x.lexeme, count(*)::int AS n
             FROM search_passage p, unnest(tsvector_to_array(p.tsv)) AS x(lexeme)
            WHERE p.item_type = $1 AND p.item_id = $2
            GROUP BY 1, 2)
         UPDATE search_term_stats s SET df = s.df - t.n
           FROM t WHERE s.locale = t.locale AND s.lexeme = t.lexeme`,
        [type, itemId],
      );
      await manager.query(
        `DELETE FROM search_term_stats s
          USING (SELECT DISTINCT p.locale, x.lexeme
                   FROM search_passage p, unnest(tsvector_to_array(p.tsv)) AS x(lexeme)
                  WHERE p.item_type = $1 AND p.item_id = $2) t
          WHERE s.locale = t.locale AND s.lexeme = t.lexeme AND s.df <= 0`,
        [type, itemId],
      );
      await manager.query(
        `UPDATE search_locale_stats s SET passages = s.passages - t.n,
                total_length = s.total_length - t.len
           FROM (SELECT locale, count(*)::int AS n, sum(length)::bigint AS len FROM search_passage
                  WHERE item_type = $1 AND item_id = $2 GROUP BY locale) t
          WHERE s.locale = t.locale`,
        [type, itemId],
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
      await manager.query('DELETE FROM search_passage WHERE item_type = $1 AND item_id = $2', [
        type,
        itemId,
      ]);
    }
    await manager.query('DELETE FROM search_item WHERE item_type = $1 AND item_id = $2', [
      type,
      itemId,
    ]);
  }

  private validate(item: IndexItem): void {
    if (!SEARCH_HIT_TYPES.includes(item.type)) {
      throw InvalidInputError.field('type', `unknown search type ${String(item.type)}`);
    }
    if (!item.itemId || item.itemId.length > 200) {
      throw InvalidInputError.field('itemId', 'must be 1 to 200 characters');
    }
    const locales = new Set<string>();
    item.entries.forEach((entry, i) => {
      if (!isLocale(entry.locale))
        throw InvalidInputError.field(`entries.${i}.locale`, 'unknown locale');
      if (locales.has(entry.locale)) {
        throw InvalidInputError.field(`entries.${i}.locale`, 'one entry per locale');
      }
      locales.add(entry.locale);
      const anchors = new Set<string>();
      entry.passages.forEach((p, j) => {
        if (!ANCHOR.test(p.anchor) || anchors.has(p.anchor)) {
          throw InvalidInputError.field(`entries.${i}.passages.${j}.anchor`, 'must be a unique id');
        }
        anchors.add(p.anchor);
      });
    });
  }

  private async insertEntry(
    manager: EntityManager,
    item: IndexItem,
    entry: IndexEntry,
  ): Promise<void> {
    const title = clean(entry.title);
    const countries = [...new Set((entry.countryCodes ?? []).map((c) => c.toUpperCase()))];
    await manager.query(
      `INSERT INTO search_item (item_type, item_id, locale, title, title_key, url, country_codes, updated_at)
       VALUES ($1, $2, $3, $4, lower(portal_unaccent($4)), $5, $6::text[], $7)`,
      [item.type, item.itemId, entry.locale, title, entry.url, countries, entry.updatedAt],
    );
    if (entry.passages.length === 0) return;
    await manager.query(
      `INSERT INTO search_passage (id, item_type, item_id, locale, position, anchor, heading, body,
                                   title, url, country_codes, updated_at, tsv, title_tsv, length,
                                   tf, title_lexemes)
       SELECT $1 || ':' || $2 || ':' || $3 || '#' || x.anchor, $1, $2, $3, x.pos, x.anchor,
              x.heading, x.body, $4, $5, $6::text[], $7, v.tsv, v.title_tsv,
              (SELECT coalesce(sum(cardinality(u.positions)), 0) FROM unnest(v.tsv) u),
              coalesce((SELECT jsonb_object_agg(u.lexeme, cardinality(u.positions)) FROM unnest(v.tsv) u), '{}'),
              tsvector_to_array(v.title_tsv)
         FROM unnest($8::text[], $9::text[], $10::text[]) WITH ORDINALITY AS x(anchor, heading, body, pos)
        CROSS JOIN LATERAL (
          SELECT setweight(to_tsvector($11::regconfig, $4), 'A')
                 || setweight(to_tsvector($11::regconfig, coalesce(x.heading, '')), 'B')
                 || to_tsvector($11::regconfig, x.body) AS tsv,
                 to_tsvector($11::regconfig, $4) AS title_tsv) v`,
      [
        item.type,
        item.itemId,
        entry.locale,
        title,
        entry.url,
        countries,
        entry.updatedAt,
        entry.passages.map((p) => p.anchor),
        entry.passages.map((p) => (p.heading ? clean(p.heading) : null)),
        entry.passages.map((p) => clean(p.text)),
        searchConfig(entry.locale),
      ],
    );
  }

  private async addStatistics(manager: EntityManager, item: IndexItem): Promise<void> {
    if (!item.entries.some((e) => e.passages.length > 0)) return;
    // Sorted upserts take row locks in one order, so concurrent publishes do not deadlock.
    await manager.query(
      `INSERT INTO search_term_stats (locale, lexeme, df)
       SELECT p.locale, x.lexeme, count(*)::int
         FROM search_passage p, unnest(tsvector_to_array(p.tsv)) AS x(lexeme)
        WHERE p.item_type = $1 AND p.item_id = $2
        GROUP BY 1, 2 ORDER BY 1, 2
       ON CONFLICT (locale, lexeme) DO UPDATE SET df = search_term_stats.df + excluded.df`,
      [item.type, item.itemId],
    );
    await manager.query(
      `INSERT INTO search_locale_stats (locale, passages, total_length)
       SELECT locale, count(*)::int, sum(length)::bigint FROM search_passage
        WHERE item_type = $1 AND item_id = $2 GROUP BY locale ORDER BY locale
       ON CONFLICT (locale) DO UPDATE SET passages = search_locale_stats.passages + excluded.passages,
          total_length = search_locale_stats.total_length + excluded.total_length`,
      [item.type, item.itemId],
    );
    const counts: Counts = new Map();
    for (const entry of item.entries) {
      for (const p of entry.passages) {
        countWords(
          counts,
          entry.locale,
          `${clean(entry.title)} ${p.heading ? clean(p.heading) : ''} ${clean(p.text)}`,
        );
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
