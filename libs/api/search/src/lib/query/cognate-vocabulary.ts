import type { DataSource } from 'typeorm';
import { LOCALES, type Locale } from '@portal/domain/locales';
import {
  areCognates,
  cognateForm,
  compoundParts,
  COMPOUNDING_LOCALES,
  isStopword,
  type CognateForm,
} from '@portal/api/text';
import { readIndexVersion } from '../index-version';

/** Shorter words share their first letters with too many unrelated words. */
const MIN_COGNATE_LETTERS = 6;
/** The shortest part of a compound (see `compoundParts`). */
const MIN_WORD_LETTERS = 4;
/** A compound has two parts of at least `MIN_WORD_LETTERS`. */
const MIN_COMPOUND_LETTERS = 2 * MIN_WORD_LETTERS;
/** Without change signals, how often the index's version is asked. */
const VERSION_POLL_MS = 1000;
/**
 * How long after the last signalled change the vocabulary is read again: staff publish or
 * upload in bursts, and one reading after the burst serves every later question.
 */
const SETTLE_MS = 250;
/** Cognates kept per word and language: the commonest written forms. */
const PER_LANGUAGE = 3;

interface Entry {
  readonly word: string;
  readonly form: CognateForm;
  readonly freq: number;
}

/** A language's vocabulary grouped by what cognates share: the key's start, or its consonants. */
interface LocaleIndex {
  readonly byBeginning: Map<string, Entry[]>;
  readonly bySkeleton: Map<string, Entry[]>;
  /** Every word of the language the compounds of a compounding language are split into. */
  readonly words: Set<string>;
}

export type CognateTable = ReadonlyMap<string, ReadonlyMap<Locale, readonly string[]>>;

/**
 * The words of the index that are written cognates of a query's words in the other
 * languages ("documents" -> "documenti", "Dokumente", "documentos"; "ministry" ->
 * "ministero", "Ministerium"): how search carries a word that neither the thesaurus nor
 * the learned translations know into the languages of the sources. It also splits a
 * compound of a language that writes them as one word into two words of the index
 * ("Hafenbehörde" -> "hafen behörde"). The vocabulary is read once per index version.
 */
export class CognateVocabulary {
  private loaded: { version: string; locales: Map<Locale, LocaleIndex> } | undefined;
  private loading: Promise<void> | undefined;
  /** When the index's version was last asked, without a change signal (ms since epoch). */
  private checked = 0;
  private stale = false;
  private refresh: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly dataSource: DataSource,
    /** Whether index changes are signalled (`invalidate`); else the version is polled. */
    private readonly signalled = false,
  ) {}

  /**
   * The index changed: the vocabulary is read anew in the background once changes settle,
   * so that the next question does not wait for it (reading it takes tens of milliseconds).
   */
  invalidate(): void {
    this.stale = true;
    clearTimeout(this.refresh);
    this.refresh = setTimeout(() => void this.index(), SETTLE_MS);
    this.refresh.unref();
  }

  /** Stops a pending background reading (the search service is shutting down). */
  dispose(): void {
    clearTimeout(this.refresh);
  }

  async find(words: readonly string[], lang: Locale): Promise<CognateTable> {
    const asked = [...new Set(words)].filter(
      (w) => w.length >= MIN_COGNATE_LETTERS && !/\p{N}/u.test(w) && !isStopword(w, lang),
    );
    const out = new Map<string, Map<Locale, string[]>>();
    if (asked.length === 0) return out;
    const locales = await this.index();
    for (const word of asked) {
      const form = cognateForm(word, lang);
      const byLocale = new Map<Locale, string[]>();
      for (const locale of LOCALES) {
        if (locale === lang) continue;
        const found = cognatesIn(locales.get(locale), form);
        if (found.length) byLocale.set(locale, found);
      }
      if (byLocale.size) out.set(word, byLocale);
    }
    return out;
  }

  /**
   * The words of the index a query word of a compounding language is made of, when it
   * is a compound (see `compoundParts`); undefined for other words and languages.
   */
  async compoundParts(word: string, lang: Locale): Promise<string[] | undefined> {
    if (!COMPOUNDING_LOCALES.has(lang) || word.length < MIN_COMPOUND_LETTERS) return undefined;
    if (/\p{N}/u.test(word)) return undefined;
    const words = (await this.index()).get(lang)?.words;
    return words ? compoundParts(word, (part) => words.has(part)) : undefined;
  }

  /**
   * The vocabulary as last read. Read once before the first search; after a change it is
   * read again in the background while searches go on with the one before (cognates only
   * add alternatives, so a word that is minutes new is simply not carried yet).
   */
  private async index(): Promise<Map<Locale, LocaleIndex>> {
    if (!this.loaded) {
      this.loading ??= this.reload();
      await this.loading;
    } else if (this.stale || (!this.signalled && Date.now() - this.checked > VERSION_POLL_MS)) {
      this.stale = false;
      this.loading ??= this.reload();
    }
    return this.loaded?.locales ?? new Map();
  }

  /** Never rejects: without the vocabulary, searches go on without cognates and try again. */
  private async reload(): Promise<void> {
    try {
      this.checked = Date.now();
      const version = await readIndexVersion(this.dataSource);
      if (this.loaded?.version !== version) this.loaded = { version, locales: await this.load() };
    } catch {
      this.checked = 0;
    } finally {
      this.loading = undefined;
    }
  }

  private async load(): Promise<Map<Locale, LocaleIndex>> {
    const rows: { locale: Locale; word: string; freq: number }[] = await this.dataSource.query(
      `SELECT locale, word, freq FROM search_vocabulary
        WHERE length(word) >= CASE WHEN locale = ANY ($2::text[]) THEN $1::int ELSE $3::int END`,
      [MIN_WORD_LETTERS, [...COMPOUNDING_LOCALES], MIN_COGNATE_LETTERS],
    );
    const locales = new Map<Locale, LocaleIndex>();
    for (const row of rows) {
      const index = locales.get(row.locale) ?? {
        byBeginning: new Map(),
        bySkeleton: new Map(),
        words: new Set(),
      };
      locales.set(row.locale, index);
      if (COMPOUNDING_LOCALES.has(row.locale)) index.words.add(row.word);
      if (row.word.length < MIN_COGNATE_LETTERS) continue;
      const form = cognateForm(row.word, row.locale);
      const entry = { word: row.word, form, freq: Number(row.freq) };
      push(index.byBeginning, form.key.slice(0, MIN_COGNATE_LETTERS), entry);
      push(index.bySkeleton, form.skeleton.slice(0, 5), entry);
    }
    return locales;
  }
}

function push(map: Map<string, Entry[]>, key: string, entry: Entry): void {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}

function cognatesIn(index: LocaleIndex | undefined, form: CognateForm): string[] {
  if (!index) return [];
  const candidates = [
    ...(index.byBeginning.get(form.key.slice(0, MIN_COGNATE_LETTERS)) ?? []),
    ...(index.bySkeleton.get(form.skeleton.slice(0, 5)) ?? []),
  ];
  const seen = new Set<string>();
  return candidates
    .filter((e) => !seen.has(e.word) && seen.add(e.word) && areCognates(form, e.form))
    .sort((a, b) => b.freq - a.freq)
    .slice(0, PER_LANGUAGE)
    .map((e) => e.word);
}
