import type { Locale } from '@portal/domain/locales';
import { fold } from '@portal/api/text';

/**
 * What kind of answer a question asks for. The extractive answerer only accepts a
 * sentence that holds an answer of that kind (a year for "when", a number for "how
 * many", a name for "who", the spelled-out name for "what does X stand for"), which is
 * what separates an answer from a sentence that merely shares the topic words.
 */
export type AnswerType = 'person' | 'date' | 'number' | 'place' | 'acronym' | 'list' | 'definition';

export interface QuestionType {
  readonly type: AnswerType;
  /** For `acronym`: the acronym to expand. */
  readonly acronym?: string;
  /**
   * Every kind a compound question asks for ("When ... and how many ..."): a sentence that
   * holds any of them answers a part of it. The first is `type`.
   */
  readonly types?: readonly AnswerType[];
  /**
   * The kind was named by a noun ("which city", "welcher Minister"): a sentence that holds
   * none of it does not answer, however many of the question's words it shares.
   */
  readonly named?: boolean;
}

/** Alternatives matched as whole words; JavaScript's \b knows no Cyrillic. */
function words(alternatives: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'u');
}

/** The question words of a date. */
const DATE_WORDS = words(
  'when|what year|which year|since when|quand|en quelle annee|depuis quand|wann|in welchem jahr|seit wann|quando|in che anno|in quale anno|da quando|cuando|en que ano|desde cuando|когда|в каком году|с какого года|с каких пор',
);

// Patterns run on folded text (lower case, no accents), per type, all languages at once:
// the question's language is a guess and short questions mix languages.
const PATTERNS: readonly (readonly [AnswerType, RegExp])[] = [
  [
    'acronym',
    words(
      'stand for|stands for|abbreviation|acronym|full name|signifie|veut dire|sigle|nom complet|steht .* fur|wofur steht|bedeutet die abkurzung|abkurzung|ausgeschrieben|significa la sigla|sigla|sta per|per cosa sta|nome completo|que significa|significan las siglas|siglas|nombre completo|расшифровывается|расшифровка|аббревиатура|означает аббревиатура|полное название',
    ),
  ],
  [
    'number',
    words(
      'how many|how much|number of|combien|wie viele|wie viel|anzahl|quanti|quante|quanto|quanta|numero di|cuantos|cuantas|cuanto|cuanta|numero de|сколько|число|количество',
    ),
  ],
  ['date', DATE_WORDS],
  [
    'place',
    words(
      'where|in which city|ou se|ou est|ou a|^ou|wo|woher|in welcher stadt|dove|in quale citta|donde|en que ciudad|где|в каком городе',
    ),
  ],
  [
    'person',
    words('who|whom|whose|qui|wer|wem|wen|wessen|chi|quien|quienes|кто|кого|кому|кем|чей|чья|чьи'),
  ],
  [
    'list',
    words(
      'which are|what are|list|name the|quels sont|quelles sont|welche sind|welche|quali sono|quali|elenca|cuales son|cuales|enumera|какие|перечислите|перечисли',
    ),
  ],
];

/**
 * "Which city", "welcher Minister", "в каком году": the noun after an interrogative
 * determiner says what kind of answer is wanted, whatever the question word.
 */
const DETERMINER =
  '(?:which|what|quel|quelle|quels|quelles|welche|welcher|welches|welchem|welchen|quale|quali|que|cual|cuales|qual|какой|какая|какие|каком|какого|какую)';
const DATE_NOUNS = words(
  `${DETERMINER} (?:years?|months?|days?|dates?|annees?|mois|jours?|jahre?|monate?|tage?|datum|anni|anno|mesi|mese|giorni|giorno|date|data|anos?|mes|meses|dias?|fechas?|год|году|месяц|день|дата|даты)`,
);
const NOUN_TYPES: readonly (readonly [AnswerType, RegExp])[] = [
  [
    'place',
    words(
      `${DETERMINER} (?:city|town|country|place|capital|ville|pays|lieu|stadt|land|ort|citta|paese|luogo|ciudad|pais|lugar|город|городе|страна|стране|месте)`,
    ),
  ],
  ['date', DATE_NOUNS],
  [
    'person',
    words(
      // "welcher ODIHR-Direktor", "welcher Innenminister": the role may end a compound.
      `${DETERMINER} (?:\\p{L}+-)?\\p{L}*?(?:person|minister|director|head|chair|ministre|directeur|personne|minister|direktor|leiter|person|ministro|direttore|persona|director|министр|директор|человек)`,
    ),
  ],
];

/**
 * German puts the date noun last in a compound ("welchem Wochentag", "welches
 * Gründungsjahr"); read only in German, where other languages' words end alike ("percentage").
 */
const GERMAN_DATE_COMPOUND: readonly [AnswerType, RegExp] = [
  'date',
  words(`${DETERMINER} \\p{L}+(?:jahre?|monate?|tage?|datum)`),
];

/**
 * "Which areas ...", "What thematic courses ...", "Sur quels thèmes ...", "¿Qué medidas ...?":
 * an interrogative followed, within three words, by a plural noun asks for several things, a
 * list. A verb or function word first ("what does", "which is") ends the search.
 */
function asksForSeveral(folded: string): boolean {
  if (/(?<![\p{L}])(?:quels|quelles)(?![\p{L}])/u.test(folded)) return true;
  const tokens = folded.split(/[^\p{L}-]+/u).filter(Boolean);
  const at = tokens.findIndex((t) => ['which', 'what', 'que', 'cuales'].includes(t));
  if (at < 0) return false;
  for (const t of tokens.slice(at + 1, at + 4)) {
    if (NOT_A_NOUN.has(t)) return false;
    if (t.length >= 4 && /s$/.test(t) && !/(?:ss|us|is)$/.test(t)) return true;
  }
  return false;
}

const NOUN_LIKE_STOP =
  'does do did was were is are has have had the a an of this these those its his her their';
const NOT_A_NOUN = new Set(
  `${NOUN_LIKE_STOP} es son fue fueron ha han hay el la los las de del su sus`.split(' '),
);

/**
 * Where a question starts to ask for a date ("when", "in which month"), as an index into
 * `question`; undefined when it asks for none.
 */
export function dateAskedAt(question: string): number | undefined {
  const folded = fold(question);
  const found = [DATE_WORDS, DATE_NOUNS]
    .map((pattern) => pattern.exec(folded)?.index)
    .filter((at): at is number => at !== undefined);
  return found.length ? Math.min(...found) : undefined;
}

/** A question as the patterns read it: folded, apostrophes as spaces (same length). */
function foldedQuestion(question: string): string {
  return fold(question).replace(/[’']/g, ' ');
}

/** The noun patterns read in a language: German date compounds only in German (or unknown). */
function nounTypesIn(lang: Locale | undefined): readonly (readonly [AnswerType, RegExp])[] {
  return !lang || lang === 'de' ? [...NOUN_TYPES, GERMAN_DATE_COMPOUND] : NOUN_TYPES;
}

export function questionType(question: string, lang?: Locale): QuestionType {
  const folded = foldedQuestion(question);
  const types: AnswerType[] = [];
  let acronym: string | undefined;
  const nounTypes = nounTypesIn(lang);
  let named = false;
  for (const entry of [...nounTypes, ...PATTERNS]) {
    const [type, pattern] = entry;
    if (!pattern.test(folded) || types.includes(type)) continue;
    if (!types.length && nounTypes.includes(entry)) named = true;
    if (type === 'acronym') {
      const found = /(?<![\p{L}])([\p{Lu}][\p{Lu}\p{Ll}]?[\p{Lu}]{1,6})(?![\p{L}])/u.exec(
        question.replace(/^\p{Lu}\p{Ll}+/u, ''),
      );
      if (!found?.[1]) continue;
      acronym = found[1];
    }
    types.push(type);
  }
  // Only when nothing more precise was asked ("which years" is a date, "quels ministres" a person).
  if (!types.length && asksForSeveral(folded)) types.push('list');
  const first = types[0];
  if (first === 'acronym') return { type: first, acronym, types };
  if (first) return named ? { type: first, types, named } : { type: first, types };
  // "What does X mean", "Что такое БДИПЧ" with an acronym and nothing else: expand it.
  const lone =
    /^\W*(?:what is|what's|qu'est-ce que|was ist|cos'e|che cos'e|que es|что такое)\s+(?:the |l'|le |la |das |die |der |il |el )?([\p{Lu}]{2,8})\W*$/iu.exec(
      question.replace(/’/g, "'"),
    );
  if (lone?.[1] && lone[1] === lone[1].toUpperCase()) return { type: 'acronym', acronym: lone[1] };
  return { type: 'definition' };
}

/** One question of a compound one: the kind it asks for and the folded words it says. */
export interface QuestionPartText {
  readonly kind: AnswerType;
  /** The folded question from this part's question word up to the next part's. */
  readonly text: string;
  /** The same stretch as written (capitals tell German nouns), or `text` where folding changed lengths. */
  readonly written: string;
}

/**
 * "When did the council decide ..., and where was its office to be?": the questions a
 * compound question joins, each from its question word to the next one's. Each part asks
 * for its own kind about its own words: the place that answers it is the office's, not the
 * council's meeting place that the date's sentence also names. Empty unless at least two
 * parts asking for a date, number, place or person are found (lists and acronyms ask for
 * no one thing a sentence holds).
 */
export function questionParts(question: string, lang?: Locale): QuestionPartText[] {
  const folded = foldedQuestion(question);
  const found: { kind: AnswerType; at: number; end: number }[] = [];
  for (const [kind, pattern] of [...nounTypesIn(lang), ...PATTERNS]) {
    if (kind === 'list' || kind === 'acronym') continue;
    for (const m of folded.matchAll(everyMatch(pattern))) {
      const at = m.index ?? 0;
      const end = at + m[0].length;
      // "in which city" and "which city" both match where one question word stands.
      if (found.some((f) => at < f.end && end > f.at)) continue;
      found.push({ kind, at, end });
    }
  }
  if (found.length < 2) return [];
  found.sort((a, b) => a.at - b.at);
  const aligned = folded.length === question.length;
  return found.map((f, i) => {
    const text = folded.slice(f.at, found[i + 1]?.at);
    return { kind: f.kind, text, written: aligned ? question.slice(f.at, found[i + 1]?.at) : text };
  });
}

/** Each pattern's global twin, for finding every place a question word stands. */
const GLOBAL = new Map<RegExp, RegExp>();

function everyMatch(pattern: RegExp): RegExp {
  let global = GLOBAL.get(pattern);
  if (!global) {
    global = new RegExp(pattern.source, 'gu');
    GLOBAL.set(pattern, global);
  }
  return global;
}
