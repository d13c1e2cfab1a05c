import type { Locale } from '@portal/domain/locales';
import type { Citation, DraftAnswer } from './answer.types';
import type { Candidate } from './evidence.types';
import { sourceLanguageNote } from './messages';

/**
 * The chosen sentences in page order with numbered citations: one number per passage, a run
 * of list items cited once after its last item, and a note when the source is in another
 * language than the question.
 */
export function composeAnswer(chosen: readonly Candidate[], lang: Locale): DraftAnswer {
  // The answer's own passage first (the leading sentence, with the one it leans on), then
  // the others as retrieved, each passage's sentences in reading order.
  const lead = chosen[0]?.passage.id;
  const order = (c: Candidate) => (c.passage.id === lead ? -1 : c.rank);
  const ordered = [...chosen].sort((a, b) => order(a) - order(b) || a.index - b.index);
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

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}
