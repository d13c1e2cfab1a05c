#!/usr/bin/env node
// Merges a fragment `{ "en": {...}, "fr": {...}, ... }` (all six languages) into the
// portal's locale files, so several features can add their strings without editing
// the same files by hand. Usage: node tools/i18n/merge.mjs fragment.json
import { mkdirSync, readFileSync, rmdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const LOCALES = ['en', 'fr', 'de', 'it', 'ru', 'es'];
const dir = join(import.meta.dirname, '../../apps/portal/public/i18n');
const fragment = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const missing = LOCALES.filter((l) => !fragment[l]);
if (missing.length) {
  console.error(`fragment lacks languages: ${missing.join(', ')}`);
  process.exit(1);
}

function merge(target, source) {
  for (const [key, value] of Object.entries(source)) {
    if (value && typeof value === 'object') target[key] = merge(target[key] ?? {}, value);
    else target[key] = value;
  }
  return target;
}

// A lock directory keeps two merges from interleaving their read-modify-write.
const lock = join(dir, '.merge.lock');
mkdirSync(dir, { recursive: true });
for (let i = 0; ; i++) {
  try {
    mkdirSync(lock);
    break;
  } catch {
    if (i > 200) throw new Error(`could not take ${lock}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
try {
  for (const locale of LOCALES) {
    const file = join(dir, `${locale}.json`);
    const current = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
    writeFileSync(file, JSON.stringify(merge(current, fragment[locale]), null, 2) + '\n');
  }
} finally {
  rmdirSync(lock);
}
