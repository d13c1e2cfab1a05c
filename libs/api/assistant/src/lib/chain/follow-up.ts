import { fold, isStopword, words } from '@portal/api/text';
import type { NameLexicon } from '../text/name-lexicon';

export interface HistoryTurn {
  readonly role: 'user' | 'assistant';
  readonly content: string;
}

const FOLLOW_UP =
  /^(and|but|also|et|mais|und|aber|e|ma|y|pero|а|и|но)\b|\b(it|its|they|them|this|that|il|elle|ils|es|sie|er|ihn|esso|essa|lo|la|ciò|ello|ella|él|он|она|оно|они|его|её|их)\b/iu;

/**
 * A follow-up ("And when was it renamed?") borrows the names and key words of the
 * previous question, so retrieval and answering see what "it" refers to.
 */
export function condenseQuestion(
  question: string,
  history: readonly HistoryTurn[],
  lexicon: NameLexicon,
): string {
  const previous = [...history].reverse().find((t) => t.role === 'user')?.content;
  if (!previous) return question;
  const swapped = askedOfAnother(question, previous, lexicon);
  if (swapped) return swapped;
  const ownNames =
    lexicon.find(question).size + (question.match(/(?<!^)\b\p{Lu}{2,}\b/gu)?.length ?? 0);
  const short = words(question).filter((w) => !isStopword(w)).length <= 3;
  if (!FOLLOW_UP.test(question.trim()) && (ownNames > 0 || !short)) return question;
  if (ownNames > 0 && !FOLLOW_UP.test(question.trim())) return question;
  const names = [...lexicon.find(previous).values()].map((spans) => spans[0]).filter(Boolean);
  const capitalized = words(previous).filter(
    (w, i) => i > 0 && /^\p{Lu}/u.test(w) && !names.some((n) => n?.includes(fold(w))),
  );
  // "When was the college in Dushanbe opened?" -> "How many took its courses?": the
  // name alone (Dushanbe) would find the city's other pages; the college comes along too.
  const taken = new Set([...names, ...capitalized].map((w) => fold(w ?? '')));
  const content = words(previous).filter((w) => {
    const f = fold(w);
    if (isStopword(w) || f.length < 4 || taken.has(f) || [...taken].some((t) => t.includes(f)))
      return false;
    taken.add(f);
    return true;
  });
  const borrowed = [...names, ...capitalized, ...content].slice(0, 6);
  return `${question.replace(/\s*[?？]\s*$/, '')} (${[...new Set(borrowed)].join(' ')})?`;
}

/** "What else", "anything more", "quoi d'autre", "was noch", "cos'altro", "qué más", "что ещё". */
const MORE =
  /(?<![\p{L}])(?:else|other|more|autres?|encore|sonst|noch|weitere[nrs]?|altro|altri|altre|ancora|m[aá]s|otros?|otras?|ещ[её]|други[ех]|другое)(?![\p{L}])/iu;

export function asksForMore(question: string): boolean {
  return MORE.test(question);
}

/** The assistant's last answer, without its citation marks. */
export function lastAnswer(history: readonly HistoryTurn[]): string | undefined {
  const turn = [...history].reverse().find((t) => t.role === 'assistant');
  return turn?.content.replace(/\[\d+\]/g, ' ');
}

/** Places are one kind (a country for a city will do), bodies another. */
function kindOf(id: string): string {
  return id.startsWith('city:') || id.startsWith('country:') ? 'place' : 'body';
}

/**
 * "And in Moldova?", "Und beim BDIMR?": a short follow-up that names only a new place or
 * body asks the previous question of it. The previous question's names of that kind are
 * replaced by the new ones, so retrieval does not look for both.
 */
function askedOfAnother(
  question: string,
  previous: string,
  lexicon: NameLexicon,
): string | undefined {
  const found = lexicon.find(question);
  const rest = [...found.values()]
    .flat()
    .reduce((text, span) => text.replace(span, ' '), fold(question));
  if (found.size === 0 || words(rest).some((w) => !isStopword(w))) return undefined;
  const newByKind = new Map<string, string>();
  for (const [id, spans] of found) {
    if (id === 'osce' || !spans[0]) continue;
    newByKind.set(kindOf(id), originalAt(question, spans[0]));
  }
  const before = lexicon.find(previous);
  let out = previous;
  let replaced = false;
  for (const [id, spans] of before) {
    const name = newByKind.get(kindOf(id));
    if (!name || found.has(id)) continue;
    for (const span of spans) {
      const original = originalAt(out, span);
      if (!original) continue;
      out = out.replace(original, name);
      replaced = true;
    }
  }
  return replaced ? out : undefined;
}

/** The text as written where its folded form reads `span` (folding keeps lengths). */
function originalAt(text: string, span: string): string {
  const folded = fold(text).replace(/[’']/g, "'");
  const at = folded.indexOf(span);
  return at >= 0 && folded.length === text.length ? text.slice(at, at + span.length) : span;
}
