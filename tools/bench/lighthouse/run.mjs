#!/usr/bin/env node
// Lighthouse (performance, accessibility, SEO) on /en/ and /en/policing of the built portal,
// served by the real API server, in Debian's Chromium. Usage:
//   node tools/bench/lighthouse/run.mjs            starts dist/apps/api/main.js itself
//   BASE_URL=http://127.0.0.1:3000 node tools/bench/lighthouse/run.mjs
// RUNS=5 sets the runs per page (default 3); the median run is reported.
// Writes the median runs' full reports to tmp/lighthouse/ and a summary to stdout.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { initialSize } from './initial-size.mjs';

const root = join(import.meta.dirname, '../../..');
const PAGES = ['/en/', '/en/policing'];
const RUNS = Number(process.env.RUNS ?? 3);
const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function freePort() {
  return new Promise((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

async function startServer() {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'lighthouse-'));
  const child = spawn(process.execPath, [join(root, 'dist/apps/api/main.js')], {
    cwd: root,
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, NODE_ENV: 'production' },
    stdio: 'ignore',
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    base,
    stop: () => {
      child.kill('SIGTERM');
      setTimeout(() => rmSync(dataDir, { recursive: true, force: true }), 500);
    },
  };
}

// A server we did not start is not ours to stop.
const server = process.env.BASE_URL
  ? { base: process.env.BASE_URL, stop: () => undefined }
  : await startServer();
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: CHROME_FLAGS,
});
const out = join(root, 'tmp/lighthouse');
mkdirSync(out, { recursive: true });
const summary = [];
try {
  for (const path of PAGES) {
    // Warm the server (first render compiles routes, PGlite warms its caches).
    await fetch(server.base + path);
    const runs = [];
    // Scores move from run to run on a shared machine: report the median of RUNS runs, as
    // Lighthouse's own guidance does. A run that fails to record its trace is run again.
    for (let attempt = 0; runs.length < RUNS && attempt < RUNS * 2; attempt++) {
      const result = await lighthouse(server.base + path, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'seo'],
      });
      if (result.lhr.runtimeError) {
        console.error(`${path}: ${result.lhr.runtimeError.code}, running again`);
        continue;
      }
      runs.push(result);
    }
    if (runs.length === 0) throw new Error(`${path}: no Lighthouse run completed`);
    const score = (r) => r.lhr.categories.performance.score ?? 0;
    runs.sort((a, b) => score(a) - score(b));
    const median = runs[Math.floor(runs.length / 2)];
    const lhr = median.lhr;
    writeFileSync(join(out, `${path.replace(/\W+/g, '_') || 'root'}.json`), median.report);
    const audit = (id) => lhr.audits[id]?.displayValue ?? '';
    summary.push({
      page: path,
      performance: Math.round(score(median) * 100),
      'all runs': runs.map((r) => Math.round(score(r) * 100)).join(' '),
      accessibility: Math.round((lhr.categories.accessibility.score ?? 0) * 100),
      SEO: Math.round((lhr.categories.seo.score ?? 0) * 100),
      FCP: audit('first-contentful-paint'),
      LCP: audit('largest-contentful-paint'),
      TBT: audit('total-blocking-time'),
      CLS: audit('cumulative-layout-shift'),
    });
  }
} finally {
  await chrome.kill();
  server.stop();
}
console.table(summary);
const size = initialSize();
console.log(
  `initial JS: ${(size.total / 1024).toFixed(1)} KB gzipped (limit ${size.limit / 1024} KB)`,
);
writeFileSync(
  join(out, 'summary.json'),
  JSON.stringify({ pages: summary, initialJsGzip: size.total }, null, 2),
);
