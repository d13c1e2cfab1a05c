import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bearer, describeEachApi, startApi, type RunningApi } from '@portal/api/e2e-support';

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
