import { LOCALES, type Locale } from '@portal/domain/locales';
import { findConcepts } from '@portal/domain/policing';
import { conceptIds, conceptsIn, eventsIn } from '../text/concepts';
import { numberFromWord, numbersIn } from '../text/number-words';
import { NameLexicon } from '../text/name-lexicon';
import type { TranslationLexicon } from '../text/translation-lexicon';
import { splitSentences } from '../text/sentences';
import { fold, stem, words } from '../text/stemmer';
import { isStopword } from '../text/stopwords';
import { phoneticKey } from '../text/transliterate';
import { questionType, type AnswerType, type QuestionType } from './answer-type';
import {
  holdsFocus,
  mentionsResponsibility,
  namesAPerson,
  numberNextToFocus,
  questionFocus,
  spellsOut,
  type QuestionFocus,
} from './question-focus';
import type { Citation, DraftAnswer, SourcePassage } from './answer.types';
import { REFUSAL, sourceLanguageNote } from './messages';

/**
 * The default, embedded answerer: no model, no network. It picks the sentences of the
 * retrieved passages that best cover the question's key terms, insists that they contain
 * the question's named entities and an answer of the asked kind (a year for "when", a
 * number for "how many", a name for "who", the spelled-out form for an acronym), and
 * quotes them with numbered citations. When no sentence qualifies it refuses, in the
 * question's language, rather than quoting something that merely shares topic words.
 */

/** What the portal knows beyond the passages, to weigh and carry the question's words. */
export interface AnswerContext {
  /** How rare each folded question word is in the index: 0 common .. 1 unknown. */
  readonly rarity?: ReadonlyMap<string, number>;
  /** Word translations learned from the published content. */
  readonly translations?: TranslationLexicon;
  /** What the assistant already said in this conversation: not to be said again. */
  readonly said?: string;
}

export interface ExtractiveOptions {
  /**
   * Evidence needed to answer at all: the best sentence's share of the question's weighted
   * terms, blended with its passage's share (see `confidence`). Chosen on the development
   * set so that answerable questions are rarely refused while unanswerable ones are.
   */
  readonly minConfidence: number;
  /** A sentence covering less than this share of the question is never quoted. */
  readonly minSentenceCoverage: number;
  /** Longest answer, lists aside. */
  readonly maxChars: number;
  readonly maxListChars: number;
  readonly maxSentences: number;
  /**
   * How much of a sentence's standing comes from its passage: a long question is rarely
   * answered by one sentence, but by a passage whose sentences together cover it.
   */
  readonly passageShare: number;
  /** Bonus for a sentence that holds an answer of the asked kind (a year for "when"). */
  readonly typedBonus: number;
  /** A further sentence joins the answer only if it adds this share of the question. */
  readonly minGain: number;
  /**
   * Taken from the confidence when a question asks for a precise kind (a date, a number, a
   * place, a person) and the best sentence holds none: sharing the topic words is no answer.
   */
  readonly untypedPenalty: number;
}

export const DEFAULT_EXTRACTIVE_OPTIONS: ExtractiveOptions = {
  minConfidence: 0.42,
  minSentenceCoverage: 0.2,
  maxChars: 700,
  maxListChars: 1100,
  maxSentences: 5,
  passageShare: 0.4,
  typedBonus: 0.15,
  minGain: 0.08,
  untypedPenalty: 0.35,
};

/** Kinds a sentence can only hint at: a body may answer "who", a region "where". */
const LOOSE_KINDS: ReadonlySet<AnswerType> = new Set(['place', 'person']);
/** Kinds with nothing to quote unless the sentence holds one: a date, a number, an expansion. */
const STRICT_KINDS: ReadonlySet<AnswerType> = new Set(['date', 'number', 'acronym']);

interface Term {
  readonly folded: string;
  readonly stems: ReadonlySet<string>;
  readonly weight: number;
  /** A proper name or acronym: the answer must mention it (or its passage must). */
  readonly name: boolean;
  /** Spelt alike in every language (an acronym, a number): needed across languages too. */
  readonly invariant: boolean;
  readonly number?: number;
  readonly key: string;
  /** Concepts the word belongs to: a sentence with any of their terms matches. */
  readonly concepts: readonly string[];
  /** "co-ordinates", "leads": matched by any word of leading or co-ordinating. */
  readonly responsibility: boolean;
  /** Learned translations' stems, by language: how the word is met in another language. */
  readonly translations: ReadonlyMap<Locale, ReadonlySet<string>>;
}

interface QuestionAnalysis {
  readonly lang: Locale;
  readonly type: QuestionType;
  readonly terms: readonly Term[];
  readonly entities: ReadonlyMap<string, number>;
  readonly numbers: ReadonlySet<number>;
  readonly focus: QuestionFocus;
  /** Concepts of the asked-for noun phrase: how it is recognized in another language. */
  readonly focusConcepts: ReadonlySet<string>;
  /** For when-questions: the event asked about (start, rename, end). */
  readonly events: ReadonlySet<string>;
  readonly questionWords: ReadonlySet<string>;
}

interface Candidate {
  readonly passage: SourcePassage;
  readonly rank: number;
  readonly index: number;
  readonly text: string;
  readonly listItem: boolean;
  /** Share of the question's weighted terms this sentence (with its context) covers. */
  readonly coverage: number;
  /** The same share over the whole passage: title, heading and every sentence. */
  readonly passageCoverage: number;
  /** The question's entities and terms the sentence matches, with the weight each adds. */
  readonly matched: ReadonlyMap<string, number>;
  /** The question's whole weight, for shares of it. */
  readonly totalWeight: number;
  readonly typed: boolean;
  readonly score: number;
}

/** A sentence that opens with a pronoun or "the unit" leans on the one before it. */
const ANAPHORA =
  /^(?:(?:\S+\s+){0,5}the (?:unit|office|mission|college|network|programme|initiative|centre|project)|(?:it|this|they|il|elle|ils|elles|es|er|sie|dieses|diese|esso|essa|questa|questo|él|ella|esta|este|он|она|оно|они|этот|эта))(?![\p{L}])/iu;

/** Entities that almost every passage mentions; they count little. */
const UBIQUITOUS = new Set(['osce']);

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

function stemsOf(word: string, langs: readonly Locale[]): Set<string> {
  return new Set(langs.map((l) => stem(word, l)));
}

function isAcronym(word: string): boolean {
  return /^[\p{Lu}][\p{Lu}\p{Ll}]?[\p{Lu}]+$/u.test(word) && word.length >= 2 && word.length <= 8;
}

export class ExtractiveAnswerer {
  constructor(
    private readonly lexicon: NameLexicon = new NameLexicon(),
    private readonly options: ExtractiveOptions = DEFAULT_EXTRACTIVE_OPTIONS,
  ) {}

  /**
   * `rarity` (0 common .. 1 unknown to the index, by folded word) weighs the question's
   * plain words: a sentence that misses a rare word ("cannabis") misses what the question
   * is about, one that misses a common word ("help") does not.
   */
  analyze(question: string, lang: Locale, context: AnswerContext = {}): QuestionAnalysis {
    const { rarity, translations } = context;
    const type = questionType(question, lang);
    const found = this.lexicon.find(question);
    const entities = new Map<string, number>();
    let rest = fold(question).replace(/[’']/g, "'");
    for (const [id, spans] of found) {
      // "OSCE" is in nearly every passage: it cannot tell an answer from a bystander.
      entities.set(id, UBIQUITOUS.has(id) && type.type !== 'acronym' ? 0.3 : 2);
      for (const span of spans) rest = rest.replace(span, ' ');
    }
    const originals = new Map(words(question).map((w, i) => [fold(w), { w, i }]));
    const conceptOf = new Map<string, Set<string>>();
    const addConcept = (w: string, id: string) =>
      conceptOf.set(fold(w), new Set([...(conceptOf.get(fold(w)) ?? []), id]));
    for (const match of findConcepts(question)) {
      for (const w of words(match.term)) addConcept(w, match.concept.id);
    }
    const questionTokens = words(question);
    for (const hit of conceptsIn(question, lang)) {
      for (const w of questionTokens.slice(hit.from, hit.to + 1)) addConcept(w, hit.id);
    }
    const terms: Term[] = [];
    const numbers = new Set<number>();
    for (const token of words(rest)) {
      if (isStopword(token) || token.length < 2) continue;
      const original = originals.get(token);
      const n = numberFromWord(token);
      if (n !== undefined) numbers.add(n);
      // German capitalizes every noun: there only acronyms are sure to be names.
      const name =
        !!original &&
        (isAcronym(original.w) || (lang !== 'de' && original.i > 0 && /^\p{Lu}/u.test(original.w)));
      terms.push({
        folded: token,
        stems: stemsOf(token, [lang]),
        weight: name ? 2 : /^\d+$/.test(token) ? 1.5 : plainWeight(rarity?.get(token)),
        translations: translations?.stemsIn(token, lang) ?? new Map(),
        name,
        invariant: /\d/.test(token) || (!!original && isAcronym(original.w)),
        number: n,
        key: name ? phoneticKey(stem(token, lang)) : '',
        concepts: [...(conceptOf.get(token) ?? [])],
        responsibility: mentionsResponsibility(token),
      });
    }
    const focus = questionFocus(question, lang, type.type);
    const focusConcepts = new Set<string>();
    for (const w of focus.words) for (const id of conceptOf.get(w) ?? []) focusConcepts.add(id);
    if (focus.words.length)
      for (const id of conceptIds(focus.words.join(' '), lang)) focusConcepts.add(id);
    return {
      lang,
      type,
      terms,
      entities,
      numbers,
      focus,
      focusConcepts,
      events: type.type === 'date' ? eventsIn(question, lang) : new Set(),
      questionWords: new Set(words(question).map(fold)),
    };
  }

  answer(
    question: string,
    lang: Locale,
    passages: readonly SourcePassage[],
    context: AnswerContext = {},
  ): DraftAnswer & { confidence: number } {
    const analysis = this.analyze(question, lang, context);
    const said = fold(context.said ?? '');
    const candidates = this.candidates(analysis, lang, passages).filter(
      (c) => !said || !said.includes(fold(c.text)),
    );
    const best = candidates[0];
    const confidence = best ? this.confidence(best, analysis) : 0;
    if (!best || confidence < this.options.minConfidence)
      return { answer: REFUSAL[lang], refused: true, citations: [], confidence };
    const chosen = this.choose(best, candidates, analysis);
    return { ...this.compose(chosen, lang), confidence };
  }

  /**
   * How well the evidence supports an answer: the best sentence's coverage of the question
   * blended with its passage's, plus the answer-kind bonus. One score for every question, so
   * that one threshold (`minConfidence`) decides between answering and refusing.
   */
  private confidence(best: Candidate, analysis: QuestionAnalysis): number {
    const o = this.options;
    const kinds = analysis.type.types?.length ? analysis.type.types : [analysis.type.type];
    if (!best.typed && kinds.every((k) => STRICT_KINDS.has(k))) return 0;
    // "What is ...", "Does ...": no kind asked, so holding one earns nothing.
    const asksKind = kinds.some((k) => k !== 'definition');
    const kindBonus = !asksKind
      ? 0
      : best.typed
        ? o.typedBonus
        : kinds.some((k) => LOOSE_KINDS.has(k) || STRICT_KINDS.has(k))
          ? -o.untypedPenalty
          : 0;
    return (1 - o.passageShare) * best.coverage + o.passageShare * best.passageCoverage + kindBonus;
  }

  private candidates(
    analysis: QuestionAnalysis,
    lang: Locale,
    passages: readonly SourcePassage[],
  ): Candidate[] {
    const entityWeight = [...analysis.entities.values()].reduce((s, w) => s + w, 0);
    const ownWeight = analysis.terms.reduce((s, t) => s + t.weight, 0) + entityWeight;
    if (ownWeight === 0) return [];
    // In another language only names, acronyms, numbers and concepts can be recognized:
    // the question's other words count half, lest no such passage ever reach the coverage.
    const crossWeight =
      analysis.terms.reduce((s, t) => s + (translatable(t) ? t.weight : t.weight / 2), 0) +
      entityWeight;
    const o = this.options;
    const out: Candidate[] = [];
    passages.forEach((passage, rank) => {
      const crossLingual = passage.lang !== lang;
      const totalWeight = crossLingual ? crossWeight : ownWeight;
      const sentences = splitSentences(passage.text);
      const context = this.features(
        `${passage.title}. ${passage.heading ?? ''}`,
        passage.lang,
        lang,
      );
      const features = sentences.map((x) => this.features(x.text, passage.lang, lang));
      const matches = features.map((f, index) =>
        this.matchesOf(analysis, f, context, features[index - 1], crossLingual),
      );
      // The passage as a whole: each term at its best match in any sentence or the title.
      const best = new Map<string, number>();
      for (const m of matches)
        for (const [key, v] of m.weights) best.set(key, Math.max(best.get(key) ?? 0, v));
      const passageCoverage = [...best.values()].reduce((s, v) => s + v, 0) / totalWeight;
      sentences.forEach((sentence, index) => {
        const f = features[index];
        const m = matches[index];
        if (!f || !m) return;
        const coverage = m.covered / totalWeight;
        // A heading-like line ("OSCE Secretariat, Vienna") states no fact.
        const titleLike =
          !sentence.listItem && !/[.!?:;]$/.test(sentence.text.trim()) && f.tokens.length < 12;
        // Across languages a passage must share something that survives translation.
        if ((crossLingual && !m.anchored) || titleLike || coverage < o.minSentenceCoverage) return;
        const typed =
          this.hasAnswerType(analysis, sentence.text, f, sentences, index) &&
          this.answersFocus(analysis, sentence.text, f, context, passage.lang, lang);
        const score =
          (1 - o.passageShare) * coverage +
          o.passageShare * passageCoverage +
          (typed ? o.typedBonus : 0) +
          0.12 / (rank + 1) +
          (index === 0 ? 0.03 : 0) +
          (passage.lang === lang ? 0.08 : 0) -
          (sentence.text.length > 350 ? 0.1 : 0);
        out.push({
          passage,
          rank,
          index,
          text: sentence.text,
          listItem: sentence.listItem,
          coverage,
          passageCoverage,
          matched: m.weights,
          totalWeight,
          typed,
          score,
        });
      });
    });
    return out.sort((a, b) => b.score - a.score);
  }

  /**
   * How a sentence meets each of the question's entities and terms (weight times match,
   * keyed `e:<id>` or `t:<index>`); a name missing from the sentence counts partly when its
   * title or the sentence before names it.
   */
  private matchesOf(
    analysis: QuestionAnalysis,
    f: SentenceFeatures,
    context: SentenceFeatures,
    previous: SentenceFeatures | undefined,
    crossLingual: boolean,
  ): { weights: Map<string, number>; covered: number; anchored: boolean } {
    const weights = new Map<string, number>();
    let anchored = false;
    for (const [id, weight] of analysis.entities) {
      const m = f.entities.has(id)
        ? 1
        : context.entities.has(id) || previous?.entities.has(id)
          ? 0.7
          : 0;
      if (m > 0 && weight >= 1) anchored = true;
      if (m > 0) weights.set(`e:${id}`, m * weight);
    }
    analysis.terms.forEach((term, i) => {
      const m = Math.max(termMatch(term, f), 0.6 * termMatch(term, context));
      if (
        m > 0 &&
        translatable(term) &&
        (term.name || term.invariant || term.concepts.length || !crossLingual)
      )
        anchored = true;
      if (m > 0) weights.set(`t:${i}`, m * term.weight);
    });
    const covered = [...weights.values()].reduce((s, v) => s + v, 0);
    return { weights, covered, anchored };
  }

  /**
   * The asked-for noun, the responsibility of a "who leads" question, a person for "who is
   * the head of", a number next to the counted thing. Checked only in the question's
   * language: across languages the words differ and names and numbers have to do.
   */
  private answersFocus(
    analysis: QuestionAnalysis,
    text: string,
    f: SentenceFeatures,
    context: SentenceFeatures,
    passageLang: Locale,
    lang: Locale,
  ): boolean {
    const focus = analysis.focus;
    if (focus.responsibility && !mentionsResponsibility(text)) return false;
    if (focus.wantsPerson) {
      const spans = [...this.lexicon.find(text).values()].flat();
      if (!namesAPerson(f.tokens, analysis.questionWords, spans)) return false;
    }
    const langs = passageLang === lang ? [lang] : [passageLang, lang];
    const conceptOfHead = [
      ...(focus.head ? findConcepts(focus.head).map((m) => m.concept.id) : []),
      ...analysis.focusConcepts,
    ];
    // "the focal point": any language's words for co-ordinating will do.
    const responsibleFocus = mentionsResponsibility(focus.words.join(' '));
    // Across languages the asked-for noun is met through its learned translations.
    const translated = analysis.terms.find((t) => t.folded === focus.head)?.translations;
    const held = (x: SentenceFeatures) =>
      holdsFocus(focus, x.folded, x.stems, langs) ||
      [...(translated?.get(passageLang) ?? [])].some((s) => x.stems.has(s)) ||
      conceptOfHead.some((c) => x.concepts.has(c)) ||
      (responsibleFocus && x.responsible);
    if (!held(f) && !held(context)) return false;
    if (passageLang !== lang && analysis.events.size > 0) {
      // Across languages the verb cannot be matched by its stem: "created in 2010" must not
      // answer "when was it dissolved".
      const events = eventsIn(text, passageLang);
      if (![...analysis.events].some((e) => events.has(e))) return false;
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

  private features(text: string, passageLang: Locale, questionLang: Locale): SentenceFeatures {
    const tokens = words(text);
    const folded = tokens.map(fold);
    const langs = passageLang === questionLang ? [passageLang] : [passageLang, questionLang];
    const stems = new Set(folded.flatMap((t) => [...stemsOf(t, langs)]));
    const keys = new Set(
      tokens
        .filter((t, i) => i > 0 && /^\p{Lu}/u.test(t))
        .map((t) => phoneticKey(stem(t, passageLang))),
    );
    return {
      lang: passageLang,
      tokens,
      folded,
      stems,
      keys,
      entities: new Set(this.lexicon.find(text).keys()),
      numbers: new Set(numbersIn(text, true)),
      counts: new Set(countsIn(text)),
      concepts: new Set([
        ...findConcepts(text).map((m) => m.concept.id),
        ...conceptIds(text, passageLang),
      ]),
      responsible: mentionsResponsibility(text),
    };
  }

  private hasAnswerType(
    analysis: QuestionAnalysis,
    text: string,
    f: SentenceFeatures,
    sentences: readonly { text: string; listItem: boolean }[],
    index: number,
  ): boolean {
    const kinds = analysis.type.types?.length ? analysis.type.types : [analysis.type.type];
    return kinds.some((kind) => this.holdsKind(kind, analysis, text, f, sentences, index));
  }

  private holdsKind(
    kind: AnswerType,
    analysis: QuestionAnalysis,
    text: string,
    f: SentenceFeatures,
    sentences: readonly { text: string; listItem: boolean }[],
    index: number,
  ): boolean {
    const questionWords = new Set(analysis.terms.map((t) => t.folded));
    const newEntity = [...f.entities].some(
      (id) => !analysis.entities.has(id) && !UBIQUITOUS.has(id),
    );
    switch (kind) {
      case 'date':
        return (
          /(?<!\d)(1[89]\d\d|20\d\d)(?!\d)/.test(text) || f.folded.some((t) => MONTH_SET.has(t))
        );
      case 'number':
        return [...f.counts].some((n) => !analysis.numbers.has(n));
      case 'person':
        // In another language every word looks new: only a person's name will do.
        if (f.lang !== analysis.lang) {
          const spans = [...this.lexicon.find(text).values()].flat();
          return (
            namesAPerson(f.tokens, analysis.questionWords, spans) ||
            newEntity ||
            (analysis.focus.responsibility && f.responsible)
          );
        }
        return (
          newEntity ||
          f.folded.some((t) => ROLE_WORDS.has(t)) ||
          f.tokens.some(
            (t, i) =>
              (i > 0 && /^\p{Lu}\p{Ll}/u.test(t) && !questionWords.has(fold(t))) ||
              (isAcronym(t) && this.isNewName(t, analysis)),
          )
        );
      case 'place':
        return (
          [...f.entities].some(
            (id) =>
              (id.startsWith('city:') || id.startsWith('country:')) && !analysis.entities.has(id),
          ) ||
          f.tokens.some((t, i) => i > 0 && /^\p{Lu}\p{Ll}/u.test(t) && !questionWords.has(fold(t)))
        );
      case 'acronym':
        return this.expandsAcronym(analysis.type.acronym ?? '', text, f);
      case 'list':
        return (
          text.trim().endsWith(':') ||
          sentences[index + 1]?.listItem === true ||
          sentences[index]?.listItem === true ||
          (text.match(/,/g)?.length ?? 0) >= 2
        );
      default:
        return true;
    }
  }

  /** An acronym other than the question's own names and the OSCE's. */
  private isNewName(acronym: string, analysis: QuestionAnalysis): boolean {
    const ids = [...this.lexicon.find(acronym).keys()];
    return !ids.some((id) => analysis.entities.has(id) || UBIQUITOUS.has(id));
  }

  private expandsAcronym(acronym: string, text: string, f: SentenceFeatures): boolean {
    const ids = [...this.lexicon.find(acronym).keys()];
    const id = ids[0];
    if (id) {
      const longNames = this.lexicon.names(id).filter((n) => n.split(/\s+/).length >= 3);
      const found = this.lexicon.find(text).get(id) ?? [];
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

  private choose(
    best: Candidate,
    candidates: readonly Candidate[],
    analysis: QuestionAnalysis,
  ): Candidate[] {
    const o = this.options;
    const chosen: Candidate[] = [];
    const covered = new Set<string>();
    let length = 0;
    const isList = analysis.type.type === 'list' || best.text.trim().endsWith(':');
    const limit = isList ? o.maxListChars : o.maxChars;
    const has = (c: { passage: SourcePassage; index: number }) =>
      chosen.some((x) => x.passage.id === c.passage.id && x.index === c.index);
    const take = (c: Candidate): boolean => {
      if (has(c) || length + c.text.length > limit) return false;
      // "It also trains ...": quote what "it" is, too, or leave the sentence out.
      if (c.index > 0 && ANAPHORA.test(c.text.trim())) {
        const before = splitSentences(c.passage.text)[c.index - 1];
        const prior = { ...c, index: c.index - 1, text: before?.text ?? '' };
        if (!before || before.listItem) return false;
        if (!has(prior)) {
          if (length + before.text.length + c.text.length > limit) return false;
          chosen.push({ ...prior, matched: new Map(), typed: false });
          length += before.text.length;
        }
      }
      chosen.push(c);
      length += c.text.length;
      for (const key of c.matched.keys()) covered.add(key);
      // A lead-in that ends in ":" brings its items.
      if (c.text.trim().endsWith(':') || (isList && c === best)) this.takeItems(c, take);
      return true;
    };
    take(best);
    for (const c of candidates) {
      if (chosen.length >= o.maxSentences) break;
      if (c === best || c.passage.lang !== best.passage.lang) continue;
      if (c.score < best.score * 0.6 || chosen.some((x) => similar(x.text, c.text))) continue;
      let gain = 0;
      for (const [key, w] of c.matched) if (!covered.has(key)) gain += w;
      const answersMore = c.typed && !chosen.some((x) => x.typed && x.passage.id === c.passage.id);
      if (gain / c.totalWeight < o.minGain && !answersMore) continue;
      take(c);
    }
    return chosen;
  }

  /** The list items that follow a lead-in in its passage, as far as the limit allows. */
  private takeItems(lead: Candidate, take: (c: Candidate) => boolean): void {
    const sentences = splitSentences(lead.passage.text);
    for (let i = lead.index + 1; i < sentences.length; i++) {
      const next = sentences[i];
      if (!next?.listItem) break;
      const item: Candidate = {
        ...lead,
        index: i,
        text: next.text,
        listItem: true,
        matched: new Map(),
        typed: false,
      };
      if (!take(item)) break;
    }
  }

  private compose(chosen: Candidate[], lang: Locale): DraftAnswer {
    const ordered = [...chosen].sort((a, b) => a.rank - b.rank || a.index - b.index);
    const numbers = new Map<string, number>();
    const quoted = new Map<string, string[]>();
    const parts: string[] = [];
    ordered.forEach((c, i) => {
      let n = numbers.get(c.passage.id);
      if (n === undefined) {
        n = numbers.size + 1;
        numbers.set(c.passage.id, n);
      }
      quoted.set(c.passage.id, [...(quoted.get(c.passage.id) ?? []), c.text]);
      // A run of list items from one passage is cited once, after its last item.
      const next = ordered[i + 1];
      const runGoesOn = c.listItem && next?.listItem && next.passage.id === c.passage.id;
      const text = runGoesOn ? c.text : `${c.text} [${n}]`;
      parts.push(c.listItem ? `- ${text}` : text);
    });
    const sourceLang = ordered[0]?.passage.lang ?? lang;
    const note = sourceLang !== lang ? `${sourceLanguageNote(lang, sourceLang)} ` : '';
    const joiner = ordered.some((c) => c.listItem) ? '\n' : ' ';
    const citations: Citation[] = [];
    for (const [id, n] of numbers) {
      const passage = ordered.find((c) => c.passage.id === id)?.passage;
      if (!passage) continue;
      citations.push({
        n,
        title: passage.heading ? `${passage.title} – ${passage.heading}` : passage.title,
        url: passage.url,
        snippet: truncate((quoted.get(id) ?? []).join(' '), 300),
        documentId: passage.documentId,
        lang: passage.lang,
      });
    }
    return { answer: note + parts.join(joiner), refused: false, citations };
  }
}

interface SentenceFeatures {
  readonly lang: Locale;
  readonly tokens: readonly string[];
  readonly folded: readonly string[];
  readonly stems: ReadonlySet<string>;
  readonly keys: ReadonlySet<string>;
  readonly entities: ReadonlySet<string>;
  readonly numbers: ReadonlySet<number>;
  /** Numbers that count something: the years left out, "2,000" kept. */
  readonly counts: ReadonlySet<number>;
  readonly concepts: ReadonlySet<string>;
  readonly responsible: boolean;
}

/** A plain word's weight: 1 when its rarity is unknown, 0.4 (everywhere) to 2 (nowhere). */
function plainWeight(rarity: number | undefined): number {
  return rarity === undefined ? 1 : 0.4 + 1.6 * rarity;
}

/** Recognizable in a passage of another language. */
function translatable(term: Term): boolean {
  return (
    term.name ||
    term.invariant ||
    term.concepts.length > 0 ||
    term.number !== undefined ||
    term.translations.size > 0
  );
}

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
 * Years are dates, not counts: a bare four-digit number from 1800 to 2100 is left out,
 * "2,000 documents" is kept.
 */
function countsIn(text: string): number[] {
  const out: number[] = [];
  for (const token of text.match(/\d+(?:[.,\s]\d{3})*/g) ?? []) {
    const n = Number(token.replace(/[.,\s]/g, ''));
    if (/^\d{4}$/.test(token) && n >= 1800 && n <= 2100) continue;
    out.push(n);
  }
  return [...out, ...numbersIn(text.replace(/\d/g, ' '), true)];
}

function termMatch(term: Term, f: SentenceFeatures): number {
  if (term.concepts.some((c) => f.concepts.has(c))) return 1;
  if (term.responsibility && f.responsible) return 1;
  for (const s of term.stems) if (f.stems.has(s)) return 1;
  for (const s of term.translations.get(f.lang) ?? []) if (f.stems.has(s)) return 0.9;
  if (term.number !== undefined && f.numbers.has(term.number)) return 1;
  if (term.folded.length >= 6) {
    const prefix = term.folded.slice(0, 6);
    if (f.folded.some((t) => t.length >= 6 && t.startsWith(prefix))) return 0.8;
  }
  if (term.name && term.key.length >= 3 && f.keys.has(term.key)) return 0.9;
  return 0;
}

function similar(a: string, b: string): boolean {
  const sa = new Set(words(a).map(fold));
  const sb = new Set(words(b).map(fold));
  const shared = [...sa].filter((w) => sb.has(w)).length;
  return shared / Math.max(1, Math.min(sa.size, sb.size)) > 0.7;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}
