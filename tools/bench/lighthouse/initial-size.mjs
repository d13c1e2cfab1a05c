#!/usr/bin/env node
// Gzipped size of the JavaScript a public page loads before any lazy chunk: the scripts
// and modulepreloads of the built index page. Fails above the 150 KB budget of the issue
// (Angular's own budgets in apps/portal/project.json check raw sizes only).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const LIMIT = 150 * 1024;
const browser = join(import.meta.dirname, '../../../dist/apps/portal/browser');

export function initialSize() {
  const index = ['index.csr.html', 'index.html'].map((f) => join(browser, f)).find(existsSync);
  if (!index) throw new Error('dist/apps/portal/browser has no index: run `npx nx build portal`');
  const html = readFileSync(index, 'utf8');
  const files = new Set(
    [
      ...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+\.js)"/g),
    ].map((m) => m[1]),
  );
  const rows = [...files].map((file) => {
    const body = readFileSync(join(browser, file));
    return { file, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
  });
  const total = rows.reduce((sum, r) => sum + r.gzip, 0);
  return { rows, total, limit: LIMIT };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { rows, total, limit } = initialSize();
  for (const r of rows)
    console.log(
      `${r.file}\t${(r.raw / 1024).toFixed(1)} KB raw\t${(r.gzip / 1024).toFixed(1)} KB gzip`,
    );
  console.log(`initial JS: ${(total / 1024).toFixed(1)} KB gzipped (limit ${limit / 1024} KB)`);
  if (total > limit) process.exit(1);
}
