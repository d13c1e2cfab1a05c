#!/usr/bin/env node
// `npm run bench:load [-- --connections 100 --duration 20 --saturation 1000]`: load on the
// built server (`npx nx build api portal` first) with autocannon, on a fresh embedded
// database unless BASE_URL names a running server.
//
// 1. Each URL in turn, `connections` connections for `duration` seconds: requests/s, p50,
//    p99, errors, timeouts, non-2xx, and the ratio of its requests/s to /api/health's in
//    the same run (absolute figures on a shared machine say little; ratios travel).
// 2. Saturation: `saturation` connections on a mix of cached pages, uncached renders and
//    searches, counting 503s (and whether they carry Retry-After) and timeouts, with
//    /api/health probed during and after.
// `--paths /api/search?q=police,...` measures only those URLs beside /api/health;
// `--saturation 0` leaves out step 2.
// `--renders` adds uncached page renders to the saturation mix.
// Requests take gzip as a browser's do; `--identity` asks for plain bodies instead.
// `--quick` is 10 connections for 3 s and 200 for saturation, to check the script itself.
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const root = join(import.meta.dirname, '../../..');

const { values: args } = parseArgs({
  options: {
    connections: { type: 'string' },
    duration: { type: 'string' },
    saturation: { type: 'string' },
    'saturation-duration': { type: 'string' },
    quick: { type: 'boolean', default: false },
    renders: { type: 'boolean', default: false },
    identity: { type: 'boolean', default: false },
    paths: { type: 'string' },
  },
});
const quick = args.quick;
const CONNECTIONS = Number(args.connections ?? (quick ? 10 : 100));
const DURATION = Number(args.duration ?? (quick ? 3 : 20));
const SATURATION = Number(args.saturation ?? (quick ? 200 : 1000));
const SATURATION_DURATION = Number(args['saturation-duration'] ?? (quick ? 3 : 20));
/** autocannon's own timeout per request, in seconds: a request slower than this counts. */
const TIMEOUT_S = 10;
/** Asked as a browser asks (every browser takes gzip); `--identity` asks for plain bodies. */
const HEADERS = args.identity ? {} : { 'accept-encoding': 'gzip, deflate, br' };

const SEARCH = '/api/search?q=police%20training&lang=en';
/** `--paths a,b` measures only those (with /api/health first, the baseline of the ratios). */
const URLS = args.paths
  ? ['/api/health', ...args.paths.split(',').filter((p) => p !== '/api/health')]
  : ['/api/health', '/en/', '/en/policing', '/api/pages/policing?lang=en', SEARCH];

function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
    s.once('error', fail);
  });
}

async function waitReady(base, child) {
  const deadline = Date.now() + 240_000;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`server exited (${child.exitCode})`);
    try {
      if ((await fetch(`${base}/api/health/ready`)).ok) return;
    } catch {
      // still starting
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('server not ready within 240 s');
}

async function startServer() {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-load-'));
  const child = spawn(process.execPath, [join(root, 'dist/apps/api/main.js')], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      // One client sends everything here; per-client limits would measure the limiter.
      SEARCH_RATE_LIMIT_PER_MIN: '100000000',
      SUGGEST_RATE_LIMIT_PER_MIN: '100000000',
      // The measured figures were taken with the event-loop gate on.
      OVERLOAD_LOOP_DELAY_MS: process.env.OVERLOAD_LOOP_DELAY_MS ?? '500',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  await waitReady(base, child);
  return {
    base,
    stop: async () => {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function run(options) {
  return new Promise((ok, fail) => {
    autocannon({ timeout: TIMEOUT_S, headers: HEADERS, ...options }, (error, result) =>
      error ? fail(error) : ok(result),
    );
  });
}

function statusCount(result, prefix) {
  return Object.entries(result.statusCodeStats ?? {})
    .filter(([code]) => code.startsWith(prefix))
    .reduce((sum, [, stats]) => sum + stats.count, 0);
}

async function measure(base) {
  const rows = [];
  for (const path of URLS) {
    // One request first: the cold render or query is not what a load test is about.
    await fetch(base + path);
    const r = await run({ url: base + path, connections: CONNECTIONS, duration: DURATION });
    rows.push({
      url: path,
      rps: Math.round(r.requests.average),
      p50: r.latency.p50,
      p99: r.latency.p99,
      errors: r.errors,
      timeouts: r.timeouts,
      non2xx: r.non2xx,
    });
  }
  const health = rows[0].rps || 1;
  for (const row of rows) row['vs health'] = (row.rps / health).toFixed(2);
  console.log(`\n${CONNECTIONS} connections, ${DURATION} s per URL (latency in ms):`);
  console.table(rows);
  return rows;
}

/** Polls /api/health while the saturation runs: it must keep answering. */
function probeHealth(base) {
  const samples = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const start = performance.now();
      try {
        const res = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(5_000) });
        samples.push({ ok: res.ok, ms: performance.now() - start });
      } catch {
        samples.push({ ok: false, ms: performance.now() - start });
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  })();
  return async () => {
    running = false;
    await loop;
    const times = samples.map((s) => s.ms).sort((a, b) => a - b);
    return {
      probes: samples.length,
      failed: samples.filter((s) => !s.ok).length,
      worstMs: Math.round(times.at(-1) ?? 0),
    };
  };
}

async function saturate(base) {
  let retryAfterMissing = 0;
  // The client's own event-loop delay: a response that arrives while the client is behind
  // is read late, and autocannon counts it a timeout if its timer fires first.
  const clientDelay = monitorEventLoopDelay({ resolution: 20 });
  clientDelay.enable();
  const stopProbe = probeHealth(base);
  const r = await run({
    url: base,
    connections: SATURATION,
    duration: SATURATION_DURATION,
    // Pages and reads from memory, and searches (real work on the database). Renders the
    // cache does not keep (`?from=bench`) join with `--renders`.
    requests: [
      { path: '/en/policing' },
      ...(args.renders ? [{ path: '/en/policing?from=bench' }] : []),
      { path: SEARCH },
      { path: '/api/pages/policing?lang=en' },
    ],
    setupClient: (client) =>
      client.on('headers', ({ statusCode, headers }) => {
        if (statusCode !== 503) return;
        // autocannon gives headers as a flat [name, value, ...] list.
        const names = headers.filter((_, i) => i % 2 === 0).map((h) => String(h).toLowerCase());
        if (!names.includes('retry-after')) retryAfterMissing += 1;
      }),
  });
  const during = await stopProbe();
  clientDelay.disable();
  const after = await fetch(`${base}/api/health`).then(
    (res) => res.status,
    () => 'no answer',
  );
  console.log(`\nSaturation: ${SATURATION} connections, ${SATURATION_DURATION} s, mixed URLs:`);
  console.table([
    {
      rps: Math.round(r.requests.average),
      p50: r.latency.p50,
      p99: r.latency.p99,
      '2xx': statusCount(r, '2'),
      503: r.statusCodeStats?.['503']?.count ?? 0,
      '503 without Retry-After': retryAfterMissing,
      'other non-2xx': r.non2xx - (r.statusCodeStats?.['503']?.count ?? 0),
      errors: r.errors,
      timeouts: r.timeouts,
      'health probes (failed)': `${during.probes} (${during.failed})`,
      'health worst ms': during.worstMs,
      'health after': after,
      'client loop delay p99 / max ms': `${Math.round(clientDelay.percentile(99) / 1e6)} / ${Math.round(clientDelay.max / 1e6)}`,
    },
  ]);
}

const server = process.env.BASE_URL
  ? { base: process.env.BASE_URL, stop: () => Promise.resolve() }
  : await startServer();
try {
  await measure(server.base);
  if (SATURATION > 0) await saturate(server.base);
} finally {
  await server.stop();
}
