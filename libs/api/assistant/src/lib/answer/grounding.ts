import type { Locale } from '@portal/domain/locales';
import { numbersIn } from '../text/number-words';
import { splitSentences } from '../text/sentences';
import { fold, stem, words, isStopword } from '@portal/api/text';
import type { NameLexicon } from '../text/name-lexicon';
import type { Citation, DraftAnswer, SourcePassage } from './answer.types';
import { REFUSAL } from './messages';

/**
 * Grounding check for generated answers: every sentence must cite passages, and its
 * content words, numbers and names must be found in them (stems in either language,
 * cognates, the lexicon's cross-language names). Unsupported sentences are dropped;
 * citations are renumbered 1..n in order of use, so every [n] has its citation and every
 * citation is quoted. Nothing left -> refusal.
 */
export function groundAnswer(
  text: string,
  lang: Locale,
  passages: readonly SourcePassage[],
  lexicon: NameLexicon,
  minSupport = 0.5,
): DraftAnswer {
  const kept: { text: string; refs: number[] }[] = [];
  for (const sentence of splitSentences(text.replace(/\s*(\[\d+\])/g, '$1'))) {
    const refs = [...sentence.text.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
    const cited = refs.map((n) => passages[n - 1]).filter((p): p is SourcePassage => !!p);
    if (cited.length === 0) continue;
    const body = sentence.text.replace(/\s*\[\d+\]/g, '').trim();
    if (supported(body, lang, cited, lexicon) >= minSupport) kept.push({ text: body, refs });
  }
  if (kept.length === 0) return { answer: REFUSAL[lang], refused: true, citations: [] };
  const renumber = new Map<number, number>();
  const parts = kept.map((k) => {
    const marks = [...new Set(k.refs)]
      .filter((n) => passages[n - 1])
      .map((n) => {
        if (!renumber.has(n)) renumber.set(n, renumber.size + 1);
        return `[${renumber.get(n)}]`;
      });
    return `${k.text} ${marks.join('')}`;
  });
  const citations: Citation[] = [...renumber.entries()].map(([old, n]) => {
    const p = passages[old - 1] as SourcePassage;
    return {
      n,
      title: p.heading ? `${p.title} – ${p.heading}` : p.title,
      url: p.url,
      snippet: p.text.length > 300 ? `${p.text.slice(0, 299)}…` : p.text,
      documentId: p.documentId,
      lang: p.lang,
    };
  });
  return { answer: parts.join(' '), refused: false, citations };
}

function supported(
  sentence: string,
  lang: Locale,
  cited: readonly SourcePassage[],
  lexicon: NameLexicon,
): number {
  const source = cited.map((p) => p.text).join('\n');
  const sourceLangs = [...new Set(cited.map((p) => p.lang))];
  const sourceStems = new Set(words(source).flatMap((w) => sourceLangs.map((l) => stem(w, l))));
  const sourceFolded = words(source).map(fold);
  const sourceNumbers = new Set(numbersIn(source, true));
  const sourceEntities = new Set(lexicon.find(source).keys());
  const sentenceEntities = lexicon.find(sentence);
  let total = 0;
  let hit = 0;
  for (const id of sentenceEntities.keys()) {
    total += 1;
    if (sourceEntities.has(id)) hit += 1;
  }
  for (const n of numbersIn(sentence)) {
    total += 1;
    if (sourceNumbers.has(n)) hit += 1;
    else return 0; // a number the sources do not state is never acceptable
  }
  const covered = [...sentenceEntities.values()].flat().join(' ');
  for (const w of words(sentence)) {
    const f = fold(w);
    if (isStopword(w) || f.length < 3 || /^\d+$/.test(f) || covered.includes(f)) continue;
    total += 1;
    if (
      sourceStems.has(stem(w, lang)) ||
      (f.length >= 6 && sourceFolded.some((s) => s.startsWith(f.slice(0, 6))))
    ) {
      hit += 1;
    }
  }
  return total === 0 ? 0 : hit / total;
}
