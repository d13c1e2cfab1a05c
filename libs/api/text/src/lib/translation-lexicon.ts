import { LOCALES, type Locale } from '@portal/domain/locales';
import { fold, stem, words } from './stemmer';
import { isStopword } from './stopwords';

/**
 * Word translations learned from the portal's own aligned content. Every seeded page,
 * programme, country, institution and field operation exists in six languages whose
 * passages line up (`p0..pn`), so a word and its translation keep turning up in the same
 * passage group. Dice's coefficient over stems, 2·both / (each + other), scores each pair of
 * words in two languages; pairs seen together at least `minTogether` times and scoring at
 * least `minDice` are kept. It grows with the content: every published translation adds
 * aligned passages.
 */

/** One passage of an aligned group: the same item and anchor in one language. */
export interface AlignedPassage {
  readonly group: string;
  readonly lang: Locale;
  readonly text: string;
}

export interface Translation {
  /** The stem in the target language, as the assistant's stemmer makes it. */
  readonly stem: string;
  /** The commonest written form of it, for search queries. */
  readonly word: string;
  readonly dice: number;
}

export interface LexiconOptions {
  /** Pairs seen together fewer times than this are chance. */
  readonly minTogether: number;
  readonly minDice: number;
  /** Best translations kept per word and language. */
  readonly perWord: number;
  /**
   * Words of a passage paired with the other language's, at most: the pairs grow with the
   * square of a passage's length, and in a long passage a word's translation is one among
   * many anyway. Keeps learning fast as content grows.
   */
  readonly maxWordsPerPassage: number;
}

export const DEFAULT_LEXICON_OPTIONS: LexiconOptions = {
  minTogether: 2,
  minDice: 0.5,
  perWord: 3,
  maxWordsPerPassage: 60,
};

/** Content words of a passage as stems, each with the form it was written in. */
function contentStems(text: string, lang: Locale): Map<string, string> {
  const out = new Map<string, string>();
  for (const w of words(text)) {
    const f = fold(w);
    if (f.length < 3 || /\d/.test(f) || isStopword(f, lang)) continue;
    const s = stem(f, lang);
    if (!out.has(s)) out.set(s, w.toLowerCase());
  }
  return out;
}

export class TranslationLexicon {
  private constructor(
    private readonly table: ReadonlyMap<string, ReadonlyMap<Locale, readonly Translation[]>>,
    /** Aligned groups it was learned from. */
    readonly groups: number,
  ) {}

  static readonly EMPTY = new TranslationLexicon(new Map(), 0);

  static learn(
    passages: readonly AlignedPassage[],
    options: LexiconOptions = DEFAULT_LEXICON_OPTIONS,
  ): TranslationLexicon {
    const groups = new Map<string, Map<Locale, Map<string, string>>>();
    for (const p of passages) {
      const group = groups.get(p.group) ?? new Map<Locale, Map<string, string>>();
      const stems = group.get(p.lang) ?? new Map<string, string>();
      for (const [s, w] of contentStems(p.text, p.lang)) if (!stems.has(s)) stems.set(s, w);
      group.set(p.lang, stems);
      groups.set(p.group, group);
    }
    const seen = new Map<string, number>();
    const forms = new Map<string, Map<string, number>>();
    for (const group of groups.values()) {
      for (const [lang, stems] of group) {
        for (const [s, w] of stems) {
          const key = `${lang}:${s}`;
          seen.set(key, (seen.get(key) ?? 0) + 1);
          const f = forms.get(key) ?? new Map<string, number>();
          f.set(w, (f.get(w) ?? 0) + 1);
          forms.set(key, f);
        }
      }
    }
    // Words seen once cannot be told from chance: left out before pairing, which also keeps
    // the pair count small.
    const frequent = (key: string) => (seen.get(key) ?? 0) >= options.minTogether;
    const together = new Map<string, number>();
    for (const group of groups.values()) {
      const langs = [...group.keys()];
      for (let i = 0; i < langs.length; i++) {
        for (let j = i + 1; j < langs.length; j++) {
          const a = langs[i] as Locale;
          const b = langs[j] as Locale;
          const cap = options.maxWordsPerPassage;
          const left = [...(group.get(a)?.keys() ?? [])]
            .filter((s) => frequent(`${a}:${s}`))
            .slice(0, cap);
          const right = [...(group.get(b)?.keys() ?? [])]
            .filter((s) => frequent(`${b}:${s}`))
            .slice(0, cap);
          for (const x of left)
            for (const y of right) {
              const key = `${a}:${x}\t${b}:${y}`;
              together.set(key, (together.get(key) ?? 0) + 1);
            }
        }
      }
    }
    const best = new Map<string, Map<Locale, Translation[]>>();
    const add = (from: string, toLang: Locale, t: Translation) => {
      const byLang = best.get(from) ?? new Map<Locale, Translation[]>();
      byLang.set(toLang, [...(byLang.get(toLang) ?? []), t]);
      best.set(from, byLang);
    };
    const commonest = (key: string) =>
      [...(forms.get(key) ?? new Map<string, number>())].sort((x, y) => y[1] - x[1])[0]?.[0] ?? '';
    for (const [pair, both] of together) {
      if (both < options.minTogether) continue;
      const [a = '', b = ''] = pair.split('\t');
      const dice = (2 * both) / ((seen.get(a) ?? 0) + (seen.get(b) ?? 0));
      if (dice < options.minDice) continue;
      const [aLang, aStem] = splitKey(a);
      const [bLang, bStem] = splitKey(b);
      add(a, bLang, { stem: bStem, word: commonest(b), dice });
      add(b, aLang, { stem: aStem, word: commonest(a), dice });
    }
    const table = new Map<string, ReadonlyMap<Locale, readonly Translation[]>>();
    for (const [key, byLang] of best) {
      const sorted = new Map<Locale, readonly Translation[]>();
      for (const [lang, list] of byLang)
        sorted.set(lang, [...list].sort((x, y) => y.dice - x.dice).slice(0, options.perWord));
      table.set(key, sorted);
    }
    return new TranslationLexicon(table, groups.size);
  }

  /** Translations of a word (any form) from one language into another, best first. */
  translate(word: string, from: Locale, to: Locale): readonly Translation[] {
    return this.table.get(`${from}:${stem(fold(word), from)}`)?.get(to) ?? [];
  }

  /** Translated stems of a word into every other language. */
  stemsIn(word: string, from: Locale): ReadonlyMap<Locale, ReadonlySet<string>> {
    const out = new Map<Locale, ReadonlySet<string>>();
    for (const to of LOCALES) {
      if (to === from) continue;
      const list = this.translate(word, from, to);
      if (list.length) out.set(to, new Set(list.map((t) => t.stem)));
    }
    return out;
  }

  /** How many words it has translations for. */
  get size(): number {
    return this.table.size;
  }
}

function splitKey(key: string): [Locale, string] {
  return [key.slice(0, 2) as Locale, key.slice(3)];
}
