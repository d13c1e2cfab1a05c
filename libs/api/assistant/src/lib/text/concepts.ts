import { LOCALES, type Locale } from '@portal/domain/locales';
import { THESAURUS } from '@portal/domain/policing';
import { fold, stem, words } from '@portal/api/text';

/**
 * Thesaurus concepts found by stems, so that inflected forms meet the thesaurus: it writes
 * "управление границами", a Russian text says "управления границами". A concept found in
 * a question and in a passage of another language is a cross-lingual anchor.
 */

interface Entry {
  readonly id: string;
  /** Stems, in order. */
  readonly keys: readonly string[];
}

const stemsOf = (text: string, lang: Locale) => words(fold(text)).map((w) => stem(w, lang));

type Index = ReadonlyMap<Locale, ReadonlyMap<string, readonly Entry[]>>;

/** Per language: first key -> the terms that start with it, longest first. */
function buildIndex(
  sources: readonly { id: string; terms: (l: Locale) => readonly string[] }[],
  keysOf: (term: string, l: Locale) => string[],
): Index {
  const out = new Map<Locale, Map<string, Entry[]>>();
  for (const locale of LOCALES) {
    const byFirst = new Map<string, Entry[]>();
    for (const source of sources) {
      for (const term of source.terms(locale)) {
        const keys = keysOf(term, locale);
        const first = keys[0];
        if (!first) continue;
        const list = byFirst.get(first) ?? [];
        if (!list.some((e) => e.id === source.id && e.keys.join(' ') === keys.join(' ')))
          list.push({ id: source.id, keys });
        byFirst.set(first, list);
      }
    }
    for (const list of byFirst.values()) list.sort((a, b) => b.keys.length - a.keys.length);
    out.set(locale, byFirst);
  }
  return out;
}

const BY_STEMS = buildIndex(
  THESAURUS.map((c) => ({ id: c.id, terms: (l: Locale) => c.terms[l] })),
  stemsOf,
);

function match(index: Index, keys: readonly string[], lang: Locale, hits: ConceptHit[]): void {
  const byFirst = index.get(lang);
  if (!byFirst) return;
  for (let i = 0; i < keys.length; i++) {
    for (const e of byFirst.get(keys[i] ?? '') ?? []) {
      if (e.keys.every((k, j) => keys[i + j] === k))
        hits.push({ id: e.id, from: i, to: i + e.keys.length - 1 });
    }
  }
}

export interface ConceptHit {
  readonly id: string;
  /** Indexes of the text's words (as `words(text)` splits them) that the term covered. */
  readonly from: number;
  readonly to: number;
}

/** The concepts whose terms, in `lang`, occur in the text (compared by stems). */
export function conceptsIn(text: string, lang: Locale): ConceptHit[] {
  const folded = words(text).map(fold);
  const hits: ConceptHit[] = [];
  match(
    BY_STEMS,
    folded.map((w) => stem(w, lang)),
    lang,
    hits,
  );
  return hits;
}

/** Concept ids only. */
export function conceptIds(text: string, lang: Locale): Set<string> {
  return new Set(conceptsIn(text, lang).map((h) => h.id));
}

/**
 * What a when-question asks the date of: a beginning, a renaming or an end. Across
 * languages the verb is the only clue that "created in 2010" is no answer to "when was it
 * dissolved"; folded prefixes, since verbs inflect ("$" marks a whole word).
 */
const EVENTS: Readonly<Record<string, Readonly<Record<Locale, string>>>> = {
  start: {
    en: 'found establish creat set-up launch open introduc start began begun begin inaugurat',
    fr: 'fond cree creat etabli lanc ouvert ouvr inaugur introdui commenc debut demarr',
    de: 'gegrundet grund errichtet eingerichtet geschaffen schaffung eroffnet eroffnung gestartet start eingefuhrt einfuhr begann beginn',
    it: 'fondat fondaz istituit creat creaz avviat lanciat apert inaugur introdott inizi partit',
    es: 'fundad fundaci establecid cread creaci lanzad lanzo abrio abierto abierta apertura inaugur introduj comenz inici empez arranc',
    ru: 'основ учрежд созда открыт открыл открыва запущ запуст начал введ внедр стартова',
  },
  rename: {
    en: 'renam',
    fr: 'renomm rebaptis',
    de: 'umbenannt umbenennung',
    it: 'rinominat ridenominat',
    es: 'renombr rebautiz',
    ru: 'переименова',
  },
  end: {
    en: 'ended$ ending$ closed$ closure dissolv terminat abolish wound$',
    fr: 'fin$ ferme dissou dissol termin supprim achev',
    de: 'aufgelost auflosung beendet endete geschlossen schliess eingestellt',
    it: 'conclus chius sciolt terminat finit cessat',
    es: 'finaliz terminad cerr disuel disolu concluy clausur',
    ru: 'закрыт закрыл заверш прекрат прекращ ликвидир распущ распуст упразд',
  },
};

/** The kinds of event (start, rename, end) a text speaks of, read in `lang`. */
export function eventsIn(text: string, lang: Locale): Set<string> {
  const tokens = words(fold(text));
  const out = new Set<string>();
  for (const [event, byLang] of Object.entries(EVENTS)) {
    const hit = byLang[lang]
      .split(' ')
      .some((p) =>
        p.endsWith('$') ? tokens.includes(p.slice(0, -1)) : tokens.some((t) => t.startsWith(p)),
      );
    if (hit) out.add(event);
  }
  return out;
}
