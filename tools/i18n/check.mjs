#!/usr/bin/env node
// Fails when the portal's six locale files do not have exactly the same keys.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const LOCALES = ['en', 'fr', 'de', 'it', 'ru', 'es'];
const dir = join(import.meta.dirname, '../../apps/portal/public/i18n');

function keys(obj, prefix = '') {
  return Object.entries(obj).flatMap(([k, v]) =>
    v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

const sets = Object.fromEntries(
  LOCALES.map((l) => [l, new Set(keys(JSON.parse(readFileSync(join(dir, `${l}.json`), 'utf8'))))]),
);
const all = new Set(Object.values(sets).flatMap((s) => [...s]));
let problems = 0;
for (const locale of LOCALES) {
  const missing = [...all].filter((k) => !sets[locale].has(k));
  if (missing.length) {
    problems += missing.length;
    console.error(
      `${locale}.json lacks ${missing.length} key(s): ${missing.slice(0, 20).join(', ')}`,
    );
  }
}
if (problems) process.exit(1);
console.log(`i18n: ${all.size} keys in each of ${LOCALES.length} languages`);
