import { describeEachDatabase } from '@portal/api/database/testing';
import { bodyWords } from './body-words';

/**
 * The word counter against PostgreSQL's own parser: with the `simple` configuration every
 * token's lexeme is the token lowercased, so the text the counter puts at each position
 * must be exactly the lexeme the database put there.
 */
const TEXTS = [
  'Community policing builds trust between police officers and residents.',
  'La coopération policière de l’OSCE, en 2024 : 57 États participants.',
  'Die Polizei-Reform über Grenzen hinweg; Straßen-Sicherheit und Bürgernähe.',
  'Полиция и общество: совместная работа в 2023–2025 гг., анти-терроризм.',
  'La policía comunitaria (e.g. patrullas) y la co-operación con la OSCE-wide red.',
  'Il COVID-19 e le riforme pre-2020: 1,500 agenti, 3.5 milioni, art. 12(3).',
  'Write to info@osce.org or see https://www.osce.org/secretariat/policing today.',
  'Visit osce.org/policing, osce.org. or the U.S.-based and/or EU-funded 21st-century work.',
  'Tags <b>bold</b> &amp; entities, 5 < 6 > 2, +43 1 514 36, x -5, snake_case, it’s O’Brien’s.',
];

describeEachDatabase('body words against the text search parser', { migrations: [] }, (db) => {
  it.each(TEXTS)('puts each word at the position PostgreSQL gives it: %s', async (text) => {
    const [{ tsv }] = await db
      .dataSource()
      .query(`SELECT to_tsvector('simple', $1)::text AS tsv`, [text]);
    const expected = new Map<number, string>();
    for (const m of (tsv as string).matchAll(/'((?:[^']|'')*)':([\d,]+)/g))
      for (const p of m[2].split(',')) expected.set(Number(p), m[1].replace(/''/g, "'"));
    const counted = new Map<number, string>();
    for (const w of bodyWords(text))
      w.spans.forEach(([from, to], k) =>
        counted.set(w.position + k, text.slice(from, to).toLowerCase()),
      );
    for (const [position, lexeme] of expected)
      expect([position, counted.get(position)]).toEqual([position, lexeme]);
  });
});
