#!/usr/bin/env node
// One screenshot per public page kind for the README, from the built app in Debian's
// Chromium, 1280x800, written to docs/screenshots/ and reduced to a 64-colour palette
// (ImageMagick `convert`) when it is installed. Usage:
//   BASE_URL=http://127.0.0.1:3000 node tools/screenshots/run.mjs
import { execFileSync } from 'node:child_process';
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const root = join(import.meta.dirname, '../..');
const out = join(root, 'docs/screenshots');
const base = process.env.BASE_URL ?? 'http://127.0.0.1:3000';

async function firstSlug(list) {
  const body = await (await fetch(`${base}/api/${list}?lang=en&size=1`)).json();
  return body.items[0].slug;
}

const shots = [
  ['home', '/en/'],
  ['field-of-work', '/en/policing'],
  ['field-operation', `/en/field-operations/${await firstSlug('field-operations')}`],
  ['programme', `/en/programmes/${await firstSlug('programmes')}`],
  ['meetings', '/en/meetings'],
  ['country', '/en/countries/de'],
  ['institution', `/en/institutions/${await firstSlug('institutions')}`],
  ['leadership', '/en/leadership'],
  ['search', '/en/search?q=community+policing'],
  ['editorial', '/en/about'],
  ['countries-menu', '/en/', (page) => page.click('button[data-menu-key="countries"]')],
  ['phone-policing', '/en/policing', null, 390],
];

mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
try {
  for (const [name, path, act, width = 1280] of shots) {
    const context = await browser.newContext({
      viewport: { width, height: width < 600 ? 844 : 800 },
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    await page.goto(base + path, { waitUntil: 'networkidle' });
    if (act) await act(page);
    await page.waitForTimeout(300);
    const file = join(out, `${name}.png`);
    await page.screenshot({ path: file });
    await context.close();
    try {
      execFileSync('convert', [file, '-strip', '-colors', '64', `PNG8:${file}`], {
        stdio: 'ignore',
      });
    } catch {
      // No ImageMagick: the full-colour PNG stays.
    }
    console.log(`${name}: ${path} ${(statSync(file).size / 1024).toFixed(0)} KB`);
  }
} finally {
  await browser.close();
}
