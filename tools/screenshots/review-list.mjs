#!/usr/bin/env node
// The admin's review list for the README (docs/screenshots/review-list.png, 1280x800): a
// contributor edits the published policing page and submits the English text, then an
// admin opens /admin/review. It writes to the instance it is pointed at, so point it at a
// throwaway one started with ADMIN_EMAIL and ADMIN_PASSWORD:
//   BASE_URL=http://127.0.0.1:3000 ADMIN_EMAIL=... ADMIN_PASSWORD=... node tools/screenshots/review-list.mjs
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const root = join(import.meta.dirname, '../..');
const file = join(root, 'docs/screenshots/review-list.png');
const base = process.env.BASE_URL ?? 'http://127.0.0.1:3000';
const admin = { email: process.env.ADMIN_EMAIL, password: process.env.ADMIN_PASSWORD };
const writer = { email: 'writer@example.org', password: 'Writer-Pebble-Cloud-17' };

async function call(path, { method = 'GET', token, body } = {}) {
  const res = await fetch(base + path, {
    method,
    headers: {
      ...(body ? { 'content-type': 'application/json' } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return res.status === 204 ? null : res.json();
}

const login = async (who) =>
  (await call('/api/auth/login', { method: 'POST', body: who })).accessToken;
const adminToken = await login(admin);
await call('/api/admin/users', {
  method: 'POST',
  token: adminToken,
  body: { ...writer, role: 'contributor' },
});
const token = await login(writer);
const pages = await call('/api/admin/pages?size=100', { token });
const policing = await call(
  `/api/admin/pages/${pages.items.find((p) => p.key === 'policing').id}`,
  {
    token,
  },
);
const en = policing.translations.en;
const lines = en.body.split('\n');
// One paragraph reworded and one added: the diff shows a removed, an added and kept lines.
const first = lines.findIndex((l) => l.trim().length > 40);
lines[first] = `${lines[first].replace(/\.$/, '')}, in all 57 participating States.`;
lines.splice(first + 1, 0, '', 'Each field operation reports on its policing work every year.');
const saved = await call(`/api/admin/pages/${policing.id}`, {
  method: 'PATCH',
  token,
  body: {
    version: policing.version,
    translations: {
      en: { title: en.title, summary: en.summary, format: en.format, body: lines.join('\n') },
    },
  },
});
await call(`/api/admin/pages/${policing.id}/translations/en/submit`, {
  method: 'POST',
  token,
  body: { version: saved.version, comment: 'Updated the introduction; please check the figures.' },
});

mkdirSync(join(root, 'docs/screenshots'), { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
try {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'en-GB',
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  await page.goto(`${base}/admin/review`, { waitUntil: 'networkidle' });
  await page.getByLabel('Email').fill(admin.email);
  await page.getByLabel('Password').fill(admin.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.waitForURL((url) => url.pathname === '/admin/review');
  await page.getByRole('article').first().waitFor();
  await page.waitForTimeout(300);
  await page.screenshot({ path: file });
  try {
    execFileSync('convert', [file, '-strip', '-colors', '64', `PNG8:${file}`], { stdio: 'ignore' });
  } catch {
    // No ImageMagick: the full-colour PNG stays.
  }
  console.log(`review-list: ${file}`);
} finally {
  await browser.close();
}
