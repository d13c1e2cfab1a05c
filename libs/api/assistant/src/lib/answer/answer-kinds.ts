import { LOCALES, type Locale } from '@portal/domain/locales';
import { findConcepts } from '@portal/domain/policing';
import { conceptsIn, eventsIn } from '../text/concepts';
import { numberFromWord } from '../text/number-words';
import type { NameLexicon } from '../text/name-lexicon';
import { areCognates, cognateForm, fold, words, type CognateForm } from '@portal/api/text';
import type { AnswerType } from './answer-type';
import type { QuestionAnalysis, SentenceFeatures } from './evidence.types';
import { isAcronym, UBIQUITOUS } from './question-analysis';
import { examplesListed, isSeries } from './series';
import {
  holdsFocus,
  mentionsResponsibility,
  namesAPerson,
  namesRoleHolder,
  namesAppositiveRole,
  numberNextToFocus,
  spellsOut,
} from './question-focus';

/**
 * Whether a sentence holds an answer of the asked kind (a year for "when", a number for
 * "how many", a name for "who", the spelled-out form for an acronym) and speaks of the
 * asked-for noun: what separates an answer from a sentence that merely shares topic words.
 */

/** Kinds a sentence can only hint at: a body may answer "who", a region "where". */
export const LOOSE_KINDS: ReadonlySet<AnswerType> = new Set(['place', 'person']);
/** Kinds with nothing to quote unless the sentence holds one: a date, a number, an expansion. */
export const STRICT_KINDS: ReadonlySet<AnswerType> = new Set(['date', 'number', 'acronym']);
/** What a sentence holding no asked kind holds. */
export const NO_KINDS: ReadonlySet<AnswerType> = new Set();

const MONTHS: readonly string[] = LOCALES.flatMap((l) =>
  Array.from({ length: 12 }, (_, m) => {
    const date = new Date(Date.UTC(2020, m, 15));
    return [
      fold(new Intl.DateTimeFormat(l, { month: 'long', timeZone: 'UTC' }).format(date)),
      fold(
        new Intl.DateTimeFormat(l, { month: 'long', day: 'numeric', timeZone: 'UTC' }).format(date),
      ).replace(/[\d\s.]/g, ''),
    ];
  }).flat(),
);
const MONTH_SET = new Set(MONTHS.filter((m) => m.length > 2));

/**
 * Days of the week in the six languages: a body that meets "every Thursday", "mittwochs" or
 * "по четвергам" answers "when" without a date. Matched as the start of a word, which takes
 * the plural and adverbial forms along.
 */
const WEEKDAYS: readonly string[] = LOCALES.flatMap((l) =>
  Array.from({ length: 7 }, (_, d) =>
    fold(
      new Intl.DateTimeFormat(l, { weekday: 'long', timeZone: 'UTC' }).format(
        new Date(Date.UTC(2020, 5, 1 + d)),
      ),
    ),
  ),
);

function namesAWeekday(tokens: readonly string[]): boolean {
  return tokens.some((t) => WEEKDAYS.some((d) => t.startsWith(d)));
}

const ROLE_WORDS = new Set(
  [
    'director',
    'head',
    'chair',
    'chairperson',
    'secretary',
    'unit',
    'department',
    'office',
    'coordinator',
    'co-ordinator',
    'directeur',
    'directrice',
    'chef',
    'président',
    'unité',
    'département',
    'bureau',
    'coordinateur',
    'direktor',
    'direktorin',
    'leiter',
    'leiterin',
    'vorsitz',
    'gruppe',
    'abteilung',
    'büro',
    'koordinator',
    'direttore',
    'direttrice',
    'capo',
    'presidente',
    'unità',
    'dipartimento',
    'ufficio',
    'coordinatore',
    'director',
    'directora',
    'jefe',
    'jefa',
    'unidad',
    'departamento',
    'oficina',
    'coordinador',
    'директор',
    'глава',
    'руководитель',
    'председатель',
    'группа',
    'департамент',
    'бюро',
    'координатор',
  ].map(fold),
);

/** The asked kinds a sentence holds (see the kinds' tests in `holdsKind`). */
export function heldKinds(
  lexicon: NameLexicon,
  analysis: QuestionAnalysis,
  text: string,
  f: SentenceFeatures,
  sentences: readonly { text: string; listItem: boolean }[],
  index: number,
): ReadonlySet<AnswerType> {
  const kinds = analysis.type.types?.length ? analysis.type.types : [analysis.type.type];
  const held = kinds.filter((kind) =>
    holdsKind(lexicon, kind, analysis, text, f, sentences, index),
  );
  return held.length ? new Set(held) : NO_KINDS;
}

/**
 * Of the kinds a sentence holds, those it answers for certain, for a compound question
 * ("when ... and who ..."), whose answer takes a sentence for each kind no quoted one holds.
 * Stricter for "who" than `heldKinds`: a name of two words or a body new to the question,
 * since any capitalized word (a month, a town) passes there for the person asked about.
 */
export function certainKinds(
  lexicon: NameLexicon,
  analysis: QuestionAnalysis,
  held: ReadonlySet<AnswerType>,
  text: string,
  f: SentenceFeatures,
): ReadonlySet<AnswerType> {
  if (!held.has('person')) return held;
  const named =
    namesAPerson(
      f.tokens,
      analysis.questionWords,
      [...lexicon.find(text).values()].flat(),
      analysis.commonWords.get(f.lang),
    ) || namesNewBody(analysis, f);
  return named ? held : new Set([...held].filter((k) => k !== 'person'));
}

/** A body (not a place) the question does not name: a body may answer "who". */
function namesNewBody(analysis: QuestionAnalysis, f: SentenceFeatures): boolean {
  return [...f.entities].some(
    (id) =>
      !analysis.entities.has(id) &&
      !UBIQUITOUS.has(id) &&
      !id.startsWith('city:') &&
      !id.startsWith('country:'),
  );
}

function holdsKind(
  lexicon: NameLexicon,
  kind: AnswerType,
  analysis: QuestionAnalysis,
  text: string,
  f: SentenceFeatures,
  sentences: readonly { text: string; listItem: boolean }[],
  index: number,
): boolean {
  // A body may answer "who"; a place never does.
  const newBody = namesNewBody(analysis, f);
  switch (kind) {
    case 'date':
      return (
        /(?<!\d)(1[89]\d\d|20\d\d)(?!\d)/.test(text) ||
        f.folded.some((t) => MONTH_SET.has(t)) ||
        namesAWeekday(f.folded)
      );
    case 'number':
      return [...f.counts].some((n) => !analysis.numbers.has(n));
    case 'person':
      // In another language every word looks new: only a person's name will do.
      if (f.lang !== analysis.lang) {
        const spans = [...lexicon.find(text).values()].flat();
        return (
          namesAPerson(f.tokens, analysis.questionWords, spans, analysis.commonWords.get(f.lang)) ||
          newBody ||
          (analysis.focus.responsibility && f.responsible)
        );
      }
      return (
        newBody ||
        f.folded.some((t) => ROLE_WORDS.has(t)) ||
        f.tokens.some(
          (t, i) =>
            (i > 0 && /^\p{Lu}\p{Ll}/u.test(t) && !echoesQuestion(t, analysis.questionWords)) ||
            (isAcronym(t) && isNewName(lexicon, t, analysis)),
        )
      );
    case 'place':
      return (
        [...f.entities].some(
          (id) =>
            (id.startsWith('city:') || id.startsWith('country:')) && !analysis.entities.has(id),
        ) ||
        f.tokens.some(
          (t, i) => i > 0 && /^\p{Lu}\p{Ll}/u.test(t) && !echoesQuestion(t, analysis.questionWords),
        )
      );
    case 'acronym':
      return expandsAcronym(lexicon, analysis.type.acronym ?? '', text, f);
    case 'list':
      return (
        text.trim().endsWith(':') ||
        sentences[index + 1]?.listItem === true ||
        sentences[index]?.listItem === true ||
        isSeries(text) ||
        examplesListed(text) > 0
      );
    default:
      return true;
  }
}

/**
 * A capitalized word that the question already says, or a form of one of its words ("Swedish"
 * for "Sweden", "Slovenian" for "Slovenia"): it names nothing new, so it answers neither "who"
 * nor "where". Forms share all of the shorter word but its last two letters, at least four.
 */
export function echoesQuestion(token: string, questionWords: ReadonlySet<string>): boolean {
  const word = fold(token);
  if (questionWords.has(word)) return true;
  for (const asked of questionWords) {
    const q = asked.replace(/['’]s$/u, '');
    const shorter = Math.min(q.length, word.length);
    const needed = Math.max(4, shorter - 2);
    if (shorter < needed) continue;
    let common = 0;
    while (common < shorter && q[common] === word[common]) common++;
    if (common >= needed) return true;
  }
  return false;
}

/** An acronym other than the question's own names and the OSCE's. */
function isNewName(lexicon: NameLexicon, acronym: string, analysis: QuestionAnalysis): boolean {
  const ids = [...lexicon.find(acronym).keys()];
  return !ids.some((id) => analysis.entities.has(id) || UBIQUITOUS.has(id));
}

function expandsAcronym(
  lexicon: NameLexicon,
  acronym: string,
  text: string,
  f: SentenceFeatures,
): boolean {
  const ids = [...lexicon.find(acronym).keys()];
  const id = ids[0];
  if (id) {
    const longNames = lexicon.names(id).filter((n) => n.split(/\s+/).length >= 3);
    const found = lexicon.find(text).get(id) ?? [];
    if (found.some((span) => longNames.some((n) => fold(n).replace(/[’']/g, "'") === span)))
      return true;
  }
  // Unknown acronym: a run of words whose initials spell it, near it.
  if (!f.tokens.includes(acronym) && !(id && f.entities.has(id))) return false;
  if (spellsOut(acronym, f.tokens)) return true;
  const initials = f.tokens
    .filter((t) => /^\p{Lu}/u.test(t) && t !== acronym)
    .map((t) => t[0])
    .join('');
  return initials
    .toUpperCase()
    .includes(acronym.toUpperCase().slice(0, Math.min(3, acronym.length)));
}

/**
 * The asked-for noun, the responsibility of a "who leads" question, a person for "who is
 * the head of", a number next to the counted thing. Checked only in the question's
 * language: across languages the words differ and names and numbers have to do.
 */
export function answersFocus(
  lexicon: NameLexicon,
  analysis: QuestionAnalysis,
  text: string,
  f: SentenceFeatures,
  context: SentenceFeatures,
  passageLang: Locale,
  lang: Locale,
): boolean {
  const focus = analysis.focus;
  const spans = () => [...lexicon.find(text).values()].flat();
  const common = analysis.commonWords.get(passageLang);
  if (
    focus.responsibility &&
    !mentionsResponsibility(text) &&
    !namesRoleHolder(f.tokens, analysis.questionWords, spans(), common)
  )
    return false;
  if (focus.wantsPerson && !namesAPerson(f.tokens, analysis.questionWords, spans(), common))
    return false;
  const langs = passageLang === lang ? [lang] : [passageLang, lang];
  const conceptOfHead = [
    ...(focus.head ? findConcepts(focus.head).map((m) => m.concept.id) : []),
    ...analysis.focusConcepts,
  ];
  // "the focal point": any language's words for co-ordinating will do.
  const responsibleFocus = mentionsResponsibility(focus.words.join(' '));
  // Across languages the asked-for noun is met through its learned translations.
  const translated = analysis.terms.find((t) => t.folded === focus.head)?.translations;
  // "Chi era il curatore dell'archivio?" over a report in English: the asked-for role may
  // have no known translation there, but a person presented in a role ("Jane Roe, the
  // steward of the archive", "Director Jane Roe") has the shape of the answer.
  const personInRoleAcross = () =>
    passageLang !== lang &&
    analysis.type.type === 'person' &&
    (namesAppositiveRole(text, analysis.questionWords, spans(), common) ||
      namesRoleHolder(f.tokens, analysis.questionWords, spans(), common));
  const held = (x: SentenceFeatures) =>
    holdsFocus(focus, x.folded, x.stems, langs) ||
    [...(translated?.get(passageLang) ?? [])].some((s) => x.stems.has(s)) ||
    conceptOfHead.some((c) => x.concepts.has(c)) ||
    (responsibleFocus && x.responsible) ||
    (passageLang !== lang && sharesCognate(focus.words, lang, x.cognates));
  if (!held(f) && !held(context) && !personInRoleAcross()) return false;
  // Across languages the verb cannot be matched by its stem: "created in 2010" must not
  // answer "when was it dissolved". In the question's own language a start is often implied
  // ("since 1998 the Mission has ..."), but a renaming or an end is said or not at all: "in
  // office since 2024" does not answer "when was it renamed". Only for a question that asks
  // for a date alone: "the meeting that closed the Chairmanship" names no event to date.
  const onlyWhen = (analysis.type.types ?? [analysis.type.type]).every((k) => k === 'date');
  const needed = [...analysis.events].filter(
    (e) => passageLang !== lang || (onlyWhen && SAID_EVENTS.has(e)),
  );
  if (needed.length > 0) {
    const events = eventsIn(text, passageLang);
    if (!needed.some((e) => events.has(e))) return false;
  }
  if (passageLang !== lang) {
    // Across languages the counted noun is known only by its concept: the number must
    // stand next to it ("250 border police officers" for "agentes de la policía de fronteras").
    if (analysis.type.type !== 'number' || analysis.focusConcepts.size === 0) return true;
    return numberNextToConcept(text, passageLang, analysis.focusConcepts);
  }
  if (analysis.type.type === 'number') {
    const isNumber = (t: string) => /^\d/.test(t) || numberFromWord(t) !== undefined;
    if (!numberNextToFocus(focus, f.folded, isNumber, langs)) return false;
  }
  return true;
}

/** Events a sentence must name to date them, also in the question's language. */
const SAID_EVENTS: ReadonlySet<string> = new Set(['rename', 'end']);

/** A number within three words of a term of one of the concepts. */
function numberNextToConcept(text: string, lang: Locale, concepts: ReadonlySet<string>): boolean {
  const tokens = words(text);
  const numberAt = tokens
    .map((t, i) => (/^\d/.test(t) || numberFromWord(fold(t)) !== undefined ? i : -1))
    .filter((i) => i >= 0);
  return conceptsIn(text, lang).some(
    (hit) =>
      concepts.has(hit.id) &&
      numberAt.some((i) => (i < hit.from && hit.from - i <= 3) || (i > hit.to && i - hit.to <= 2)),
  );
}

/**
 * Across languages many nouns are cognates ("civili" and "civilian", "ministre" and
 * "minister"), as `termMatch` already counts for the question's terms.
 */
function sharesCognate(
  focusWords: readonly string[],
  lang: Locale,
  cognates: readonly CognateForm[],
): boolean {
  return focusWords.some((w) => {
    const form = cognateForm(w, lang);
    return cognates.some((c) => areCognates(form, c));
  });
}
