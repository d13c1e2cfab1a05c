/**
 * A tsvector's text form (`'police':3,7 'reform':4A`) read back into its lexemes and word
 * positions (weights dropped), in the order PostgreSQL writes them. Inside a quoted lexeme
 * a quote is doubled and a backslash escapes the next character.
 */
export function parseTsVector(text: string): [string, number[]][] {
  const out: [string, number[]][] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === ' ') {
      i++;
      continue;
    }
    if (text[i] !== "'") throw new SyntaxError(`tsvector: expected a quoted lexeme at ${i}`);
    let lexeme = '';
    let j = i + 1;
    for (;;) {
      if (j >= text.length) throw new SyntaxError('tsvector: unterminated lexeme');
      const c = text[j];
      if (c === '\\' && j + 1 < text.length) {
        lexeme += text[j + 1];
        j += 2;
      } else if (c === "'" && text[j + 1] === "'") {
        lexeme += "'";
        j += 2;
      } else if (c === "'") {
        break;
      } else {
        lexeme += c;
        j++;
      }
    }
    j++;
    const positions: number[] = [];
    if (text[j] === ':') {
      j++;
      for (;;) {
        let n = 0;
        const from = j;
        while (j < text.length && text[j] >= '0' && text[j] <= '9')
          n = n * 10 + (text.charCodeAt(j++) - 48);
        if (j === from) throw new SyntaxError(`tsvector: expected a position at ${j}`);
        positions.push(n);
        while (j < text.length && /[A-D]/.test(text[j])) j++;
        if (text[j] !== ',') break;
        j++;
      }
    }
    out.push([lexeme, positions]);
    i = j;
  }
  return out;
}
