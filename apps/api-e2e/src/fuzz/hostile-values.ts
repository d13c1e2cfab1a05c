/**
 * Values a careless or hostile client sends, for the API fuzz test. Each is labelled, so a
 * failure names what was sent without printing 100 KB of it.
 */
export interface Hostile<T> {
  readonly label: string;
  readonly value: T;
}

/** For JSON body fields: anything JSON can carry, and strings PostgreSQL cannot store. */
export const HOSTILE_JSON: readonly Hostile<unknown>[] = [
  { label: 'empty string', value: '' },
  { label: 'NUL inside', value: 'police\0training' },
  { label: 'unpaired high surrogate', value: 'a\ud800b' },
  { label: 'unpaired low surrogate', value: '\udc00' },
  { label: 'path traversal', value: '../../etc/passwd' },
  { label: 'very long string', value: 'x'.repeat(60_000) },
  { label: 'SQL quote', value: "' OR 1=1 --" },
  { label: 'markup', value: '<script>alert(1)</script>' },
  { label: 'digits beyond any integer', value: '9'.repeat(400) },
  { label: 'negative number', value: -1 },
  { label: 'zero', value: 0 },
  { label: 'fraction', value: 1.5 },
  { label: 'huge number', value: 1e308 },
  { label: 'huge negative number', value: -1e308 },
  { label: 'integer past 2^53', value: 2 ** 53 + 1 },
  { label: 'true', value: true },
  { label: 'null', value: null },
  { label: 'empty array', value: [] },
  { label: 'array of a string', value: ['en'] },
  { label: 'nested arrays', value: [[[]]] },
  { label: 'empty object', value: {} },
  { label: 'object', value: { $gt: '' } },
  {
    label: 'prototype key',
    // Parsed, so that __proto__ is an own key that JSON.stringify sends.
    value: JSON.parse('{"__proto__":{"role":"admin"},"constructor":{"prototype":{}}}'),
  },
  { label: 'bad date', value: '2026-13-45T25:61:00Z' },
];

/**
 * For path segments and query values, already percent-encoded as they go on the wire: some
 * cannot be written any other way (a lone surrogate's or a truncated UTF-8 sequence).
 */
export const HOSTILE_URL: readonly Hostile<string>[] = [
  { label: 'empty', value: '' },
  { label: 'NUL', value: 'a%00b' },
  { label: 'unpaired surrogate as UTF-8', value: '%ED%A0%80' },
  { label: 'truncated UTF-8', value: '%F0%9F' },
  { label: 'lone percent sign', value: '%' },
  { label: 'encoded path traversal', value: '..%2F..%2Fetc%2Fpasswd' },
  { label: 'dot dot', value: '..' },
  { label: 'very long', value: 'x'.repeat(6_000) },
  { label: 'negative number', value: '-1' },
  { label: 'zero', value: '0' },
  { label: 'fraction', value: '1.5' },
  { label: 'overflowing number', value: '1e309' },
  { label: 'digits beyond any integer', value: '9'.repeat(60) },
  { label: 'not a number', value: 'NaN' },
  { label: 'SQL quote', value: "'%20OR%201%3D1--" },
  { label: 'prototype key', value: '__proto__' },
  { label: 'whitespace', value: '%20%09%0A' },
];

/** Ways to send more than one value, or an object, where the API reads one query value. */
export const HOSTILE_QUERY_SHAPES: readonly Hostile<(name: string) => string>[] = [
  { label: 'repeated (array)', value: (name) => `${name}=a&${name}=b` },
  { label: 'bracketed array', value: (name) => `${name}[]=1&${name}[]=2` },
  { label: 'object', value: (name) => `${name}[a]=1&${name}[__proto__][x]=1` },
  { label: 'deep object', value: (name) => `${name}${'[a]'.repeat(30)}=1` },
];

/** Whole JSON bodies that are not the object an operation expects. */
export const HOSTILE_BODIES: readonly Hostile<unknown>[] = [
  { label: 'empty object', value: {} },
  { label: 'array', value: [{}] },
  { label: 'string', value: 'text' },
  { label: 'number', value: -1 },
  { label: 'null', value: null },
];

/** A small seeded generator (mulberry32): the same seed picks the same values every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` distinct items of `items`, chosen by `random`; all of them when count >= length. */
export function pick<T>(items: readonly T[], count: number, random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy.slice(0, count);
}
