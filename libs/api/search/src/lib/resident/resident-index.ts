import type { SearchHitType } from '@portal/domain/content';
import type { Locale } from '@portal/domain/locales';
import { parseTsVector } from './tsearch-text';

/** One `search_passage` row as the resident index reads it (see `ResidentSearchIndex`). */
export interface ResidentPassageRow {
  readonly id: string;
  readonly item_type: SearchHitType;
  readonly item_id: string;
  readonly locale: Locale;
  readonly position: number;
  readonly country_codes: readonly string[];
  readonly length: number;
  /** `updated_at` in seconds since the epoch. */
  readonly updated: number;
  /** The passage's tsvector in its text form (lexemes with their word positions). */
  readonly tsv: string;
  readonly title_lexemes: readonly string[];
  readonly title: string;
  readonly url: string;
  readonly anchor: string;
  readonly body: string;
}

const NONE = new Int32Array(0);

/** A snapshot's passages, one column per ranking field, indexed by passage number. */
export interface PassageColumns {
  readonly ids: readonly string[];
  readonly itemTypes: readonly SearchHitType[];
  readonly itemIds: readonly string[];
  /** Each passage's item (type and id) as a number of the snapshot. */
  readonly items: Int32Array;
  readonly locales: readonly Locale[];
  readonly positions: Int32Array;
  readonly countryCodes: readonly (readonly string[])[];
  readonly lengths: Float64Array;
  /** `updated_at` of each passage, in seconds since the epoch. */
  readonly updated: Float64Array;
  /**
   * The word position after which each passage's body begins in its tsvector (the title's
   * and heading's weighted positions come first): a snippet finds body words by it.
   */
  readonly bodyStart: Int32Array;
  /**
   * What a hit shows, kept with the ranking columns so a page of hits needs no query: the
   * item's title, its URL, the passage's anchor and text.
   */
  readonly titles: readonly string[];
  readonly urls: readonly string[];
  readonly anchors: readonly string[];
  readonly bodies: readonly string[];
}

/** A snapshot's lexemes: numbered once, each passage's a sorted run of a shared array. */
interface LexemeTables {
  readonly lexemeIds: ReadonlyMap<string, number>;
  /** Each lexeme's text by its number. */
  readonly lexemeTexts: readonly string[];
  /** Passage i's lexemes are `lexemes[lexemeStart[i] .. lexemeStart[i + 1])`, ascending. */
  readonly lexemeStart: Int32Array;
  readonly lexemes: Int32Array;
  /** Entry e of `lexemes` is at `wordPositions[wordStart[e] .. wordStart[e + 1])` in its passage. */
  readonly wordStart: Int32Array;
  readonly wordPositions: Uint16Array;
  readonly titleStart: Int32Array;
  readonly titleLexemes: Int32Array;
  /** Per language and lexeme, the passages holding it, ascending. */
  readonly postings: ReadonlyMap<Locale, ReadonlyMap<number, Int32Array>>;
  /** Per language, its passages, ascending. */
  readonly slots: ReadonlyMap<Locale, Int32Array>;
}

/**
 * A snapshot of the search index held in memory, for ranking a search without a query
 * per candidate: each passage's ranking columns and lexemes with their word positions
 * (their count is the term frequency; phrases need the positions), and per language and
 * lexeme the passages holding it, ascending, so candidates come in the order they were
 * read. Lexemes are numbered once for the snapshot and a passage's lexemes are one sorted
 * run of a shared array, so 100,000 passages of about 60 lexemes take typed arrays of tens
 * of megabytes rather than a map per passage. Immutable once built.
 */
export class ResidentIndex {
  private readonly slotIds: ReadonlyMap<string, number>;

  constructor(
    readonly passages: PassageColumns,
    private readonly tables: LexemeTables,
  ) {
    this.slotIds = new Map(passages.ids.map((id, slot) => [id, slot]));
  }

  get size(): number {
    return this.passages.ids.length;
  }

  /** The lexeme's number in this snapshot, -1 when no passage holds it. */
  lexemeId(lexeme: string): number {
    return this.tables.lexemeIds.get(lexeme) ?? -1;
  }

  /** The passages of the language holding the lexeme, ascending. */
  postings(locale: Locale, lexeme: number): Int32Array {
    return this.tables.postings.get(locale)?.get(lexeme) ?? NONE;
  }

  /** Every passage of the language, ascending. */
  passagesIn(locale: Locale): Int32Array {
    return this.tables.slots.get(locale) ?? NONE;
  }

  /** The passage's number in this snapshot, -1 when it is not in it. */
  slotOf(id: string): number {
    return this.slotIds.get(id) ?? -1;
  }

  /** The text of lexeme number `lexeme`. */
  lexemeText(lexeme: number): string {
    return this.tables.lexemeTexts[lexeme];
  }

  /** Passage `slot`'s entries: `[from, to)`, for `lexemeOf` and `positionsOf`. */
  entries(slot: number): readonly [number, number] {
    const { lexemeStart } = this.tables;
    return [lexemeStart[slot], lexemeStart[slot + 1]];
  }

  /** The lexeme number of `entry`. */
  lexemeOf(entry: number): number {
    return this.tables.lexemes[entry];
  }

  /** Where the lexeme is among passage `slot`'s lexemes (-1 when the passage lacks it). */
  entry(slot: number, lexeme: number): number {
    const { lexemes, lexemeStart } = this.tables;
    return search(lexemes, lexemeStart[slot], lexemeStart[slot + 1], lexeme);
  }

  /** How often the passage says the lexeme of `entry` (its number of positions). */
  frequency(entry: number): number {
    return entry < 0 ? 0 : this.tables.wordStart[entry + 1] - this.tables.wordStart[entry];
  }

  /** The word positions of `entry`, ascending. */
  positionsOf(entry: number): Uint16Array {
    const { wordPositions, wordStart } = this.tables;
    return wordPositions.subarray(wordStart[entry], wordStart[entry + 1]);
  }

  /** Whether the lexeme is in the title of passage `slot`'s item. */
  inTitle(slot: number, lexeme: number): boolean {
    const { titleLexemes, titleStart } = this.tables;
    return search(titleLexemes, titleStart[slot], titleStart[slot + 1], lexeme) >= 0;
  }

  /** A snapshot built from rows in the order they are to be kept (see `ResidentIndexBuilder`). */
  static of(rows: Iterable<ResidentPassageRow>): ResidentIndex {
    const builder = new ResidentIndexBuilder();
    for (const row of rows) builder.add(row);
    return builder.build();
  }
}

/**
 * Builds a snapshot row by row, so a large index is read in chunks without holding every
 * row's lexeme object at once.
 */
export class ResidentIndexBuilder {
  private readonly lexemeIds = new Map<string, number>();
  private readonly ids: string[] = [];
  private readonly itemTypes: SearchHitType[] = [];
  private readonly itemIds: string[] = [];
  private readonly itemNumbers = new Map<string, number>();
  private readonly items: number[] = [];
  private readonly locales: Locale[] = [];
  private readonly positions: number[] = [];
  private readonly countryCodes: (readonly string[])[] = [];
  private readonly lengths: number[] = [];
  private readonly updated: number[] = [];
  private readonly bodyStart: number[] = [];
  private readonly titles: string[] = [];
  private readonly urls: string[] = [];
  private readonly anchors: string[] = [];
  private readonly bodies: string[] = [];
  private readonly lexemeStart: number[] = [0];
  private readonly lexemes: number[] = [];
  private readonly wordStart: number[] = [0];
  private readonly wordPositions: number[] = [];
  private readonly titleStart: number[] = [0];
  private readonly titleLexemes: number[] = [];
  private readonly postings = new Map<Locale, Map<number, number[]>>();
  private readonly slots = new Map<Locale, number[]>();

  add(row: ResidentPassageRow): void {
    const slot = this.ids.length;
    this.ids.push(row.id);
    this.itemTypes.push(row.item_type);
    this.itemIds.push(row.item_id);
    const item = `${row.item_type}\u0000${row.item_id}`;
    let number = this.itemNumbers.get(item);
    if (number === undefined) this.itemNumbers.set(item, (number = this.itemNumbers.size));
    this.items.push(number);
    this.locales.push(row.locale);
    this.positions.push(row.position);
    this.countryCodes.push(row.country_codes);
    this.lengths.push(Number(row.length));
    this.updated.push(Number(row.updated));
    this.titles.push(row.title);
    this.urls.push(row.url);
    this.anchors.push(row.anchor);
    this.bodies.push(row.body);
    const vector = parseTsVector(row.tsv);
    this.bodyStart.push(vector.lastWeighted);
    const own = vector.lexemes
      .map(([lexeme, positions]) => [this.idOf(lexeme), positions] as const)
      .sort((a, b) => a[0] - b[0]);
    let byLexeme = this.postings.get(row.locale);
    if (!byLexeme) this.postings.set(row.locale, (byLexeme = new Map()));
    for (const [id, positions] of own) {
      this.lexemes.push(id);
      for (const p of positions) this.wordPositions.push(p);
      this.wordStart.push(this.wordPositions.length);
      const list = byLexeme.get(id);
      if (list) list.push(slot);
      else byLexeme.set(id, [slot]);
    }
    this.lexemeStart.push(this.lexemes.length);
    const title = [...new Set(row.title_lexemes.map((lx) => this.idOf(lx)))].sort((a, b) => a - b);
    for (const id of title) this.titleLexemes.push(id);
    this.titleStart.push(this.titleLexemes.length);
    const inLocale = this.slots.get(row.locale);
    if (inLocale) inLocale.push(slot);
    else this.slots.set(row.locale, [slot]);
  }

  build(): ResidentIndex {
    const postings = new Map<Locale, Map<number, Int32Array>>();
    for (const [locale, byLexeme] of this.postings) {
      const out = new Map<number, Int32Array>();
      for (const [id, list] of byLexeme) out.set(id, Int32Array.from(list));
      postings.set(locale, out);
    }
    const passages: PassageColumns = {
      ids: this.ids,
      itemTypes: this.itemTypes,
      itemIds: this.itemIds,
      items: Int32Array.from(this.items),
      locales: this.locales,
      positions: Int32Array.from(this.positions),
      countryCodes: this.countryCodes,
      lengths: Float64Array.from(this.lengths),
      updated: Float64Array.from(this.updated),
      bodyStart: Int32Array.from(this.bodyStart),
      titles: this.titles,
      urls: this.urls,
      anchors: this.anchors,
      bodies: this.bodies,
    };
    return new ResidentIndex(passages, {
      lexemeIds: this.lexemeIds,
      lexemeTexts: [...this.lexemeIds.keys()],
      lexemeStart: Int32Array.from(this.lexemeStart),
      lexemes: Int32Array.from(this.lexemes),
      wordStart: Int32Array.from(this.wordStart),
      wordPositions: Uint16Array.from(this.wordPositions),
      titleStart: Int32Array.from(this.titleStart),
      titleLexemes: Int32Array.from(this.titleLexemes),
      postings,
      slots: new Map([...this.slots].map(([locale, list]) => [locale, Int32Array.from(list)])),
    });
  }

  private idOf(lexeme: string): number {
    let id = this.lexemeIds.get(lexeme);
    if (id === undefined) {
      id = this.lexemeIds.size;
      this.lexemeIds.set(lexeme, id);
    }
    return id;
  }
}

/** Where `value` is in the ascending run `a[from .. to)`, or -1. */
function search(a: Int32Array, from: number, to: number, value: number): number {
  let lo = from;
  let hi = to - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = a[mid];
    if (v === value) return mid;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
