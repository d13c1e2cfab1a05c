import type { Locale } from '@portal/domain/locales';
import { fold, stem, words, isStopword } from '@portal/api/text';
import type { AnswerType } from './answer-type';

/**
 * What a question is about beyond its names: the noun it asks for ("the annual *budget*
 * of", "how many *cadets*", "who is the *head* of") and, for "who does X" questions, the
 * kind of responsibility asked about. A sentence that holds the names and an answer of the
 * right type but not the asked-for noun answers another question (the unit's founding
 * year is no answer to its budget), so the answerer insists on the focus too.
 */

/** Verbs and phrases of leading and co-ordinating, in the six languages (folded prefixes). */
const RESPONSIBILITY = [
  'coordinat',
  'co-ordinat',
  'focal point',
  // English verbs as whole words: "leadership", "headquarters", "directly" and
  // "Chairpersonship" speak of no one leading anything.
  'lead ',
  'leads ',
  'led ',
  'head ',
  'heads ',
  'headed ',
  'in charge',
  'responsible for',
  'direct ',
  'directs ',
  'directed ',
  'chair ',
  'chairs ',
  'chaired ',
  'point focal',
  'coordonn',
  'dirig',
  'responsable de',
  'anlaufstelle',
  'koordin',
  'leitet',
  'geleitet',
  'leitung',
  'zustandig',
  'punto focale',
  'coordin',
  'guida',
  'punto focal',
  'encabez',
  'координ',
  // "руководит", "руководитель", "под руководством", but not "руководящих" (senior staff).
  'руководит',
  'под руководством',
  'возглав',
  'отвечает за',
];

/**
 * The same vocabulary as whole words a text search can take, per language: a question asks
 * "who co-ordinates", a text says "is the focal point for" or "is in charge of", or names
 * the one who leads by the role ("Director: Jane Roe"). Retrieval adds them to a
 * who-is-responsible question, so it finds what the answerer would accept.
 */
export const RESPONSIBILITY_WORDS: Readonly<Record<Locale, string>> = {
  en: 'coordinates co-ordinates coordinating leads heads responsible charge focal point director chair',
  fr: 'coordonne coordination dirige responsable charge point focal directeur président',
  de: 'koordiniert Koordinierung leitet zuständig verantwortlich Anlaufstelle Direktor Leiter',
  it: 'coordina coordinamento dirige responsabile guida punto focale direttore presidente',
  es: 'coordina coordinación dirige responsable encargado punto focal director presidente',
  ru: 'координирует координационным руководит возглавляет отвечает директор руководитель',
};

/** Nouns of roles held by a person (folded prefixes): their answer is a name. */
const PERSON_ROLES = (
  'head chief director leader president chair secretary general commissioner representative rector ' +
  'ambassador minister chef directeur directrice president secretaire leiter direktor vorsitz ' +
  'generalsekret capo direttor presidente segretari jefe jefa directora secretari ' +
  'глав директор руковод ректор председател начальник генеральн посол'
).split(' ');

const GENERIC_COUNTED = new Set(
  'people persons personnes gens personen menschen persone gente personas человек людей'.split(' '),
);

/** Words of the asked-for noun phrase kept: the head and its nearest modifiers. */
const MAX_FOCUS_WORDS = 3;
/** An English plural noun ("boats", "officers"), not "press", "status" or "basis". */
const ENGLISH_PLURAL = /^[a-z]{2,}[^su]s$/;

/** The question words of a count, as the first word and the one after it. */
const HOW_MANY = /^(?:how (?:many|much)|combien |wie viele?|quant[iaeo] |cuant[oa]s? |сколько )/u;

/** Question words, auxiliaries and articles that come before the focus noun. */
const LEAD_IN = new Set(
  (
    'who whom what which how many much is are was were the a an current present annual ' +
    'qui quel quelle quels quelles combien de d est sont le la les l actuel actuelle annuel annuelle ' +
    'wer was welche welcher welches wie viele viel ist sind der die das den derzeitige aktuelle jahrliche ' +
    'chi quale quali quanti quante quanto quanta e il lo la i gli le l attuale annuale ' +
    'quien quienes cual cuales cuantos cuantas cuanto cuanta es son el los las actual anual ' +
    'кто какой какая какие сколько является являются каков какова нынешний текущий годовой'
  ).split(' '),
);

const PREPOSITIONS = new Set(
  'of for in at on de du des d di del della dei degli von vom der des im in для из в на у'.split(
    ' ',
  ),
);

/** An interrogative determiner and the noun after it (a compound's last part). */
const ROLE_ASKED =
  /^(?:which|what|quel|quelle|welche[rsmn]?|quale|que|cual|какой|какая|каким)\s+(?:[\p{L}]+-)?([\p{L}]+)/u;

const COPULA_WHO =
  /^(?:who\s+(?:is|was|are)|qui\s+est|wer\s+(?:ist|war)|chi\s+(?:e|era)|quien\s+es|кто\s+(?:является|был|была|сейчас))(?![\p{L}])/u;

export interface QuestionFocus {
  /** Folded words of the asked-for noun phrase; empty when the question has none. */
  readonly words: readonly string[];
  /** The word that must appear (the head noun: last in English and German, first elsewhere). */
  readonly head?: string;
  /** "who leads/co-ordinates ...": the answer must speak of that responsibility. */
  readonly responsibility: boolean;
  /** "who is the head of ...": the answer must name a person, not a body. */
  readonly wantsPerson: boolean;
}

export function questionFocus(question: string, lang: Locale, type: AnswerType): QuestionFocus {
  const folded = fold(question).replace(/[’']/g, ' ').replace(/[¿¡?]/g, ' ').trim();
  const tokens = words(folded);
  const responsibility =
    type === 'person' && !COPULA_WHO.test(folded) && RESPONSIBILITY.some((r) => has(folded, r));
  const copulaWho = type === 'person' && COPULA_WHO.test(folded);
  // "Which minister ...", "Welcher ODIHR-Direktor ...": the role asked for is held by a person.
  const role = type === 'person' ? ROLE_ASKED.exec(folded)?.[1] : undefined;
  if (role && PERSON_ROLES.some((r) => role.startsWith(r)))
    return { words: [], responsibility, wantsPerson: true };
  const wantsFocus =
    copulaWho ||
    type === 'number' ||
    (type === 'definition' &&
      /^(?:what|quel|quelle|was|welche|qual|cual|каков|какой)/u.test(folded));
  if (!wantsFocus) return { words: [], responsibility, wantsPerson: false };
  // "Where was the school, and how many cadets ...": the counted noun follows the number's
  // question word, wherever in the question it stands.
  const counted =
    type === 'number'
      ? tokens.findIndex((t, i) => HOW_MANY.test(`${t} ${tokens[i + 1] ?? ''}`))
      : -1;
  const from = counted > 0 ? counted : 0;
  const start = tokens.findIndex((t, i) => i >= from && !LEAD_IN.has(t));
  if (start < 0) return { words: [], responsibility, wantsPerson: false };
  const phrase: string[] = [];
  // German capitalizes nouns: the noun phrase ends with its first noun ("wie viele neue
  // Ausbilder arbeiteten"). Folding keeps the words where they were.
  const written = words(question.replace(/[’']/g, ' '));
  const isGermanNoun = (i: number) => lang === 'de' && /^\p{Lu}/u.test(written[i] ?? '');
  for (const [offset, t] of tokens.slice(start).entries()) {
    if (PREPOSITIONS.has(t) && phrase.length === 0) continue;
    if (PREPOSITIONS.has(t) || (isStopword(t) && phrase.length > 0)) break;
    if (isStopword(t)) continue;
    // "How many officers attended ...": an English past tense ends the noun phrase.
    if (lang === 'en' && phrase.length > 0 && /[^e]ed$/.test(t)) break;
    phrase.push(t);
    if (isGermanNoun(start + offset) || (lang === 'en' && ENGLISH_PLURAL.test(t))) break;
  }
  // An English noun phrase ends with its head, and a counted one with a plural ("mobile
  // border patrol boats"), however many words come before it: its last words are kept.
  // Without a plural the phrase may have run into a verb ("staff work"): its first words are.
  if (lang === 'en' && ENGLISH_PLURAL.test(phrase[phrase.length - 1] ?? '')) {
    phrase.splice(0, Math.max(0, phrase.length - MAX_FOCUS_WORDS));
  } else {
    phrase.splice(MAX_FOCUS_WORDS);
  }
  // "What is the budget of X" has a focus; "What is POLIS" does not (the name is the topic).
  const after = tokens.slice(start).findIndex((t) => t === phrase[phrase.length - 1]);
  const followedByPreposition = PREPOSITIONS.has(tokens[start + after + 1] ?? '');
  if (type === 'definition' && !followedByPreposition) {
    return { words: [], responsibility, wantsPerson: false };
  }
  const headFinal = lang === 'en' || lang === 'de';
  const noun = headFinal ? phrase[phrase.length - 1] : phrase[0];
  // "How many people": any counted group of people will do (staff, officers, cadets).
  const head = noun && GENERIC_COUNTED.has(noun) ? undefined : noun;
  const wantsPerson = copulaWho && !!head && PERSON_ROLES.some((r) => head.startsWith(r));
  return { words: head ? phrase : [], head, responsibility, wantsPerson };
}

/** The phrase at a word start; a phrase ending in a space must end a word too. */
function has(folded: string, phrase: string): boolean {
  const word = phrase.trimEnd();
  const whole = word !== phrase;
  for (let at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
    // "intelligence-led": a hyphen joins the word to the one before, as a letter would.
    const before = at === 0 ? ' ' : (folded[at - 1] ?? ' ');
    const after = folded[at + word.length] ?? ' ';
    if (!/[\p{L}-]/u.test(before) && (!whole || !/\p{L}/u.test(after))) return true;
  }
  return false;
}

/** Whether a sentence speaks of leading or co-ordinating. */
export function mentionsResponsibility(text: string): boolean {
  const folded = ` ${fold(text).replace(/[’']/g, ' ')} `;
  return RESPONSIBILITY.some((r) => has(folded, r));
}

/** Whether a sentence holds the focus word (same stem, or a shared six-letter prefix). */
export function holdsFocus(
  focus: QuestionFocus,
  tokens: readonly string[],
  stems: ReadonlySet<string>,
  langs: readonly Locale[],
): boolean {
  if (!focus.head) return true;
  const head = focus.head;
  if (langs.some((l) => stems.has(stem(head, l)))) return true;
  const prefix = head.slice(0, Math.min(6, Math.max(4, head.length - 2)));
  return tokens.some((t) => t.startsWith(prefix));
}

/**
 * "How many X": a number next to X ("1,100 police cadets", "a staff of 14"), not a number
 * of something else in the same sentence ("women police officers from eight countries").
 */
export function numberNextToFocus(
  focus: QuestionFocus,
  folded: readonly string[],
  isNumber: (token: string) => boolean,
  langs: readonly Locale[],
): boolean {
  if (focus.words.length === 0) return true;
  const focusStems = new Set(focus.words.flatMap((w) => langs.map((l) => stem(w, l))));
  const isFocus = (t: string | undefined) =>
    !!t &&
    (langs.some((l) => focusStems.has(stem(t, l))) ||
      focus.words.some((w) => w.length >= 5 && t.startsWith(w.slice(0, 5))));
  for (let i = 0; i < folded.length; i++) {
    if (!isNumber(folded[i] ?? '')) continue;
    // N [adjective ...] focus
    for (let k = 1; k <= 3; k++) if (isFocus(folded[i + k])) return true;
    // focus of N ("a staff of 14 people")
    if (isFocus(folded[i - 2]) && folded[i - 1] === 'of') return true;
  }
  return false;
}

const NO_WORDS: ReadonlySet<string> = new Set();

/**
 * A person's name: two capitalized words in a row that are neither words of the question
 * nor part of a known name (institutions, places), e.g. "Ambassador Jane Doe". Words the
 * content uses throughout ("Central Asia", "Programme Office") are common words, not names.
 */
export function namesAPerson(
  tokens: readonly string[],
  questionWords: ReadonlySet<string>,
  knownSpans: readonly string[],
  commonWords: ReadonlySet<string> = NO_WORDS,
): boolean {
  const candidate = personWord(questionWords, knownSpans, commonWords);
  for (let i = 1; i < tokens.length; i++) {
    if (!candidate(tokens[i])) continue;
    // "Jane Roe", or with a middle initial between the two ("Jane K. Roe").
    const before = INITIAL.test(tokens[i - 1] ?? '') ? tokens[i - 2] : tokens[i - 1];
    if (candidate(before)) return true;
  }
  return false;
}

/** A middle initial, as `words` leaves it ("K" of "Jane K. Roe"). */
const INITIAL = /^\p{Lu}$/u;

/** Whether a word may be part of a person's name (see `namesAPerson`). */
function personWord(
  questionWords: ReadonlySet<string>,
  knownSpans: readonly string[],
  commonWords: ReadonlySet<string>,
): (t: string | undefined) => boolean {
  const known = knownSpans.join(' ');
  return (t) =>
    !!t &&
    /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*$/u.test(t) &&
    !questionWords.has(fold(t)) &&
    !commonWords.has(fold(t)) &&
    !known.includes(fold(t)) &&
    !PERSON_ROLES.some((r) => fold(t).startsWith(r));
}

/**
 * "Jane Doe, Director of the College": a person named beside a role says who holds it, which
 * answers who leads or is responsible for something, whatever verb the question used.
 */
export function namesRoleHolder(
  tokens: readonly string[],
  questionWords: ReadonlySet<string>,
  knownSpans: readonly string[],
  commonWords: ReadonlySet<string> = NO_WORDS,
): boolean {
  const hasRole = tokens.some((t) => PERSON_ROLES.some((r) => fold(t).startsWith(r)));
  return hasRole && namesAPerson(tokens, questionWords, knownSpans, commonWords);
}

/**
 * A person named and then, after a comma, what they are of something: "Jane Roe, the
 * steward of the archive", "Jane Roe, animatrice du réseau". The construction says that a
 * role follows, whatever its noun, so a role no list holds is still known as one.
 */
const APPOSITIVE_ROLE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*)\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*),\s+` +
    String.raw`(?:(?:the|a|an|le|la|un|une|il|lo|el|der|die|ein|eine)\s+|l['’])?` +
    String.raw`(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+\s+` +
    String.raw`(?:(?:of|for|at|du|des|de|di|del|della|dello|dei|degli|von|vom|der|für|pour|per)\s|(?:d|dell|dall)['’])`,
  'gu',
);

export function namesAppositiveRole(
  text: string,
  questionWords: ReadonlySet<string>,
  knownSpans: readonly string[],
  commonWords: ReadonlySet<string> = NO_WORDS,
): boolean {
  const candidate = personWord(questionWords, knownSpans, commonWords);
  for (const m of text.matchAll(APPOSITIVE_ROLE)) {
    if (candidate(m[1]) && candidate(m[2])) return true;
  }
  return false;
}

/** Whether the acronym's letters, in order, spell out a run of words of the sentence. */
export function spellsOut(acronym: string, tokens: readonly string[]): boolean {
  const letters = fold(acronym).replace(/[^\p{L}]/gu, '');
  if (letters.length < 2) return false;
  const folded = tokens.map(fold);
  for (let i = 0; i < folded.length; i++) {
    const first = folded[i] ?? '';
    if (!first.startsWith(letters[0] ?? '') || fold(tokens[i] ?? '') === letters) continue;
    // Each word gives its initial and its inner capitals ("OnLine" -> o, l); function words
    // may be skipped; a compound's last word may give one more letter ("Menschenrechte").
    let k = 0;
    let words = 0;
    let last = '';
    for (let j = i; j < folded.length && j < i + 8 && k < letters.length; j++) {
      const w = folded[j] ?? '';
      const original = tokens[j] ?? '';
      if (w === letters) break;
      if (w[0] !== letters[k]) {
        if (isStopword(w)) continue;
        break;
      }
      words++;
      k++;
      last = w;
      for (const ch of original.slice(1)) {
        if (/\p{Lu}/u.test(ch) && fold(ch) === letters[k]) k++;
      }
    }
    if (k === letters.length - 1 && last.slice(1).includes(letters[k] ?? '')) k++;
    if (k === letters.length && words >= 2) return true;
  }
  return false;
}
