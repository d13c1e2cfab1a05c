/**
 * Splits running text into sentences. Abbreviations and initials ("e.g.", "Dr.", "U.S.")
 * and decimal numbers do not end a sentence; list items (lines starting with a dash or
 * bullet) are sentences of their own so that a list can be quoted item by item.
 */
const ABBREVIATIONS = new Set(
  'e.g i.e etc dr mr mrs ms prof st no nr vs cf art para fig approx ca bzw usw z.b d.h sig sigg pag ecc dott ' +
    'sr sra srta núm p.ej т.е т.д т.п г гг им ул'.split(' '),
);

/** German writes a day as an ordinal ("am 1. Januar 2026"): its period ends no sentence. */
const GERMAN_MONTH =
  /^(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)(?![\p{L}])/u;

export interface Sentence {
  readonly text: string;
  /** True for an item of a bulleted or numbered list. */
  readonly listItem: boolean;
  /** The item's number in a numbered list ("2)", "2."), on its first sentence. */
  readonly ordinal?: number;
}

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const rawLine of text.split(/\n+/)) {
    const line = rawLine.trim();
    if (!line) continue;
    const item = /^(?:[-*•–]\s+|(\d+)[.)]\s+)/.exec(line);
    const body = item ? line.slice(item[0].length).trim() : line;
    splitLine(body).forEach((sentence, i) => {
      if (!sentence) return;
      const ordinal = i === 0 && item?.[1] ? Number(item[1]) : undefined;
      out.push({ text: sentence, listItem: Boolean(item), ...(ordinal ? { ordinal } : {}) });
    });
  }
  return out;
}

function splitLine(line: string): string[] {
  const parts: string[] = [];
  let start = 0;
  const boundary = /[.!?;]+["'»”)]*\s+(?=["'«“(¿¡]?[\p{Lu}\p{N}])|[.!?]+["'»”)]*$/gu;
  let match: RegExpExecArray | null;
  while ((match = boundary.exec(line)) !== null) {
    const end = match.index + match[0].length;
    const before = line.slice(start, match.index);
    const lastWord = /([\p{L}.]+)$/u.exec(before)?.[1]?.toLowerCase() ?? '';
    const isAbbreviation =
      match[0].startsWith('.') &&
      (ABBREVIATIONS.has(lastWord.replace(/\.$/, '')) ||
        (/^\p{Lu}$/u.test(lastWord.slice(-1)) && lastWord.length === 1));
    const dayOfMonth =
      match[0].startsWith('.') &&
      /(?:^|\s)\d{1,2}$/.test(before) &&
      GERMAN_MONTH.test(line.slice(end));
    // A semicolon ends a clause worth quoting alone only when it closes a long one.
    const weakSemicolon = match[0].startsWith(';') && before.length < 60;
    if (isAbbreviation || dayOfMonth || weakSemicolon) continue;
    parts.push(line.slice(start, end).trim());
    start = end;
  }
  if (start < line.length) parts.push(line.slice(start).trim());
  return parts;
}
