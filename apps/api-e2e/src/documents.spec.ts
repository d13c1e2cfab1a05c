import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bearer, describeEachApi, startApi, type RunningApi } from '@portal/api/e2e-support';
import { flateBombPdf, minimalPdf } from '@portal/api/ingestion/testing';

interface UploadedDocument {
  readonly id: string;
  readonly chunks: number;
}

describeEachApi('documents', ({ api }) => {
  let auth: string;

  beforeAll(async () => {
    auth = await bearer(api());
  });

  it('rejects uploads over 20 MB with 413', async () => {
    const big = Buffer.alloc(20 * 1024 * 1024 + 1024, 'a');
    const res = await api()
      .http()
      .post('/api/admin/documents')
      .set('Authorization', auth)
      .field('title', 'Too big')
      .attach('file', big, 'big.md');
    expect(res.status).toBe(413);
  });

  it('rejects an executable with 415', async () => {
    await api()
      .http()
      .post('/api/admin/documents')
      .set('Authorization', auth)
      .field('title', 'Program')
      .attach('file', Buffer.from('MZ\x90\x00binary'), 'setup.exe')
      .expect(415);
  });

  it('refuses a .pdf that is really text with 415 naming the field', async () => {
    const res = await api()
      .http()
      .post('/api/admin/documents')
      .set('Authorization', auth)
      .field('title', 'Not a PDF')
      .attach('file', Buffer.from('Only words, no PDF here.'), 'report.pdf')
      .expect(415);
    expect(res.body.message).toBe(
      'file "report.pdf": declared as PDF, but the bytes are plain text (no %PDF- header)',
    );
    expect(res.body.details).toEqual([
      { path: 'file', message: 'declared as PDF, but the bytes are plain text (no %PDF- header)' },
    ]);
  });

  it('indexes ordinary markdown, HTML, text and PDF uploads', async () => {
    const files: [string, Buffer][] = [
      ['guide.md', Buffer.from('# Community policing\n\nOfficers meet residents weekly.\n')],
      ['page.html', Buffer.from('<h1>Border policing</h1><p>Patrols share information.</p>')],
      ['notes.txt', Buffer.from('Cybercrime\nUnits trace online fraud across borders.\n')],
      [
        'report.pdf',
        minimalPdf([
          { text: 'Forensics', size: 20 },
          { text: 'Laboratories analyse evidence for courts.', size: 11 },
          { text: 'Experts train the staff.', size: 11 },
        ]),
      ],
    ];
    for (const [name, bytes] of files) {
      const res = await api()
        .http()
        .post('/api/admin/documents')
        .set('Authorization', auth)
        .field('title', `Upload ${name}`)
        .attach('file', bytes, name)
        .expect(201);
      expect(res.body).toMatchObject({ status: 'indexed', chunks: 1 });
    }
  }, 120_000);

  it('reads hostile files in a worker while /api/health keeps answering', async () => {
    const hostile: [string, Buffer, number[]][] = [
      [
        'lines.txt',
        Buffer.from('Short line.\n'.repeat(Math.floor((20 * 1024 * 1024) / 12))),
        [422],
      ],
      ['comments.html', Buffer.from('<!--'.repeat(5_000_000)), [201]],
      ['headings.html', Buffer.from('<h1>'.repeat(1_000_000)), [201]],
      ['bomb.pdf', await flateBombPdf(1024 ** 3), [422]],
    ];
    for (const [name, bytes, statuses] of hostile) {
      const health = pollHealth(api().url);
      await health.ready;
      const started = performance.now();
      const res = await api()
        .http()
        .post('/api/admin/documents')
        .set('Authorization', auth)
        .field('title', `Hostile ${name}`)
        .attach('file', bytes, name);
      const took = performance.now() - started;
      const latencies = await health.stop();
      expect({ name, status: res.status }).toEqual({
        name,
        status: statuses.includes(res.status) ? res.status : statuses[0],
      });
      if (res.status === 422) expect(res.body.message).toContain(`"${name}" was not indexed`);
      else expect(res.body.status).toBe('failed');
      // Reading is capped at 10 s; the rest is the upload itself on a shared machine.
      expect(took).toBeLessThan(12_000);
      expect(latencies.length).toBeGreaterThan(1);
      // The main thread only receives the file and waits for the worker. Before, it parsed
      // the file itself and /api/health stalled until the parse ended: minutes for the
      // lines, never for the headings. The typical answer keeps the 200 ms promise; the
      // slowest is allowed scheduling noise of a shared CI host (2 cores, many processes),
      // where an idle API's slowest answer was already 0.6 s.
      const sorted = [...latencies].sort((x, y) => x - y);
      expect(sorted[Math.floor(sorted.length / 2)]).toBeLessThan(TYPICAL_HEALTH_MS);
      expect(sorted[sorted.length - 1]).toBeLessThan(SLOWEST_HEALTH_MS);
    }
  }, 300_000);

  it('names the missing field in a 400', async () => {
    const res = await api()
      .http()
      .post('/api/admin/documents')
      .set('Authorization', auth)
      .send({ format: 'markdown', content: '# No title\n\nText.' })
      .expect(400);
    expect(JSON.stringify(res.body)).toContain('title');
  });

  it('keeps uploads to editors', async () => {
    await api()
      .http()
      .post('/api/admin/documents')
      .send({ title: 'x', format: 'text', content: 'x' })
      .expect(401);
  });
});

/** Latencies of /api/health while a hostile upload is read (see the test). */
const TYPICAL_HEALTH_MS = 200;
const SLOWEST_HEALTH_MS = 3_000;

/**
 * Asks /api/health every 50 ms from a process of its own until stopped, and returns each
 * answer's latency in ms. Its own process, so the test building and sending a 20 MB
 * upload does not delay the requests it times.
 */
function pollHealth(url: string): { ready: Promise<void>; stop(): Promise<number[]> } {
  const script = `
    const latencies = [];
    let running = true;
    process.stdin.on('data', () => { running = false; });
    (async () => {
      while (running) {
        const started = performance.now();
        const res = await fetch(${JSON.stringify(`${url}/api/health`)});
        await res.arrayBuffer();
        if (!res.ok) throw new Error('/api/health answered ' + res.status);
        if (latencies.length === 0) process.stdout.write('ready\\n');
        latencies.push(performance.now() - started);
        await new Promise((r) => setTimeout(r, 50));
      }
      process.stdout.write(JSON.stringify(latencies));
      process.exit(0);
    })();`;
  const poller = spawn(process.execPath, ['-e', script], { stdio: ['pipe', 'pipe', 'inherit'] });
  let output = '';
  const exited = new Promise<number | null>((r) => poller.once('exit', r));
  const ready = new Promise<void>((resolve, reject) => {
    poller.stdout.on('data', (d) => {
      output += d;
      if (output.startsWith('ready\n')) resolve();
    });
    void exited.then(() => reject(new Error('the health poller stopped before its first answer')));
  });
  return {
    ready,
    stop: async () => {
      poller.stdin.end('stop\n');
      const code = await exited;
      if (code !== 0) throw new Error(`the health poller exited with ${code}`);
      return JSON.parse(output.slice('ready\n'.length)) as number[];
    },
  };
}

/** Every document row is whole: its passages, its chunk count and its search rows agree. */
async function checkWhole(
  api: RunningApi,
  auth: string,
  reported: Map<string, UploadedDocument & { token: string }>,
) {
  const list = await api
    .http()
    .get('/api/admin/documents')
    .query({ size: 100 })
    .set('Authorization', auth)
    .expect(200);
  const items = list.body.items as (UploadedDocument & { title: string })[];
  const ids = new Set(items.map((d) => d.id));
  for (const id of reported.keys()) expect(ids).toContain(id);
  for (const item of items) {
    const full = await api
      .http()
      .get(`/api/admin/documents/${item.id}`)
      .set('Authorization', auth)
      .expect(200);
    expect(full.body.status).toBe('indexed');
    expect(full.body.passages.length).toBe(full.body.chunks);
    expect(full.body.chunks).toBeGreaterThan(0);
    const before = reported.get(item.id);
    if (before) expect(full.body.chunks).toBe(before.chunks);
    const token = /crash(\d+)x(\d+)/.exec(item.title)?.[0];
    const search = await api.http().get('/api/search').query({ q: token, lang: 'en' }).expect(200);
    expect(JSON.stringify(search.body)).toContain(item.id);
  }
}

describe('documents survive a crash during uploads [pglite]', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'portal-crash-'));
  const reported = new Map<string, UploadedDocument & { token: string }>();

  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps every acknowledged upload whole and never half-indexes one', async () => {
    for (let round = 0; round < 3; round++) {
      const api = await startApi({ dataDir });
      try {
        const auth = await bearer(api);
        await checkWhole(api, auth, reported);
        const uploads = Array.from({ length: 4 }, (_, k) => {
          const token = `crash${round}x${k}`;
          const body = Array.from({ length: 12 }, (_, p) =>
            `## Part ${p}\n\nThe ${token} report, part ${p}, describes police training in the field in detail. `.repeat(
              4,
            ),
          ).join('\n\n');
          return api
            .http()
            .post('/api/admin/documents')
            .set('Authorization', auth)
            .send({
              title: `Report ${token}`,
              format: 'markdown',
              lang: 'en',
              content: `# Report ${token}\n\n${body}`,
            })
            .then(
              (res) => {
                if (res.status === 201) reported.set(res.body.id, { ...res.body, token });
              },
              () => undefined, // the connection died with the process
            );
        });
        // Round 0 crashes after an acknowledged upload, the others at a random moment.
        if (round === 0) await uploads[0];
        await new Promise((r) => setTimeout(r, 20 + Math.floor(Math.random() * 400)));
        await api.kill();
        await Promise.all(uploads);
      } finally {
        await api.dispose();
      }
    }
    expect(reported.size).toBeGreaterThan(0);
    const api = await startApi({ dataDir });
    try {
      await checkWhole(api, await bearer(api), reported);
    } finally {
      await api.dispose();
    }
  }, 900_000);
});
