import { minimalPdf } from '@portal/api/ingestion/testing';
import { bearer, describeEachApi, startApi, type RunningApi } from '@portal/api/e2e-support';

export interface UploadedDocument {
  readonly id: string;
  readonly chunks: number;
  readonly lang: string;
  readonly status: string;
}

/** Uploads a document as JSON (markdown, html, text) with the editor's Authorization header. */
export async function uploadJson(
  api: RunningApi,
  auth: string,
  doc: { title: string; format: string; content: string; lang?: string },
): Promise<UploadedDocument> {
  const res = await api.http().post('/api/admin/documents').set('Authorization', auth).send(doc);
  if (res.status !== 201)
    throw new Error(`upload failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as UploadedDocument;
}

/** Asks the assistant; returns the JSON answer. */
export async function ask(
  api: RunningApi,
  question: string,
  extra: Record<string, unknown> = {},
): Promise<{
  id: string;
  answer: string;
  refused: boolean;
  lang: string;
  citations: { n: number; url: string; documentId?: string; lang: string }[];
}> {
  const res = await api
    .http()
    .post('/api/assistant/ask')
    .send({ question, ...extra });
  if (res.status !== 200) throw new Error(`ask failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

const ZEPHYR = `# The ZEPHYR training network

ZEPHYR, the regional police training network, was founded in 2017 in Tbilisi.

## Members

The network brings together 12 police academies from the South Caucasus and Central Asia.
`;

const KORAL = `<h1>Das Projekt KORAL</h1>
<p>Das Projekt KORAL gegen Cyberkriminalität startete 2019 in Chisinau.</p>
<p>KORAL hat seit dem Start 640 Ermittler geschult.</p>`;

/** Anchor of a cited passage, e.g. `/en/documents/<id>#p2` -> `p2`. */
function anchorOf(url: string): string {
  return url.slice(url.indexOf('#') + 1);
}

describeEachApi('assistant over uploaded documents', ({ engine, api }) => {
  let auth: string;
  const docs: Record<string, UploadedDocument> = {};

  beforeAll(async () => {
    auth = await bearer(api());
    docs['zephyr'] = await uploadJson(api(), auth, {
      title: 'The ZEPHYR training network',
      format: 'markdown',
      content: ZEPHYR,
      lang: 'en',
    });
    docs['koral'] = await uploadJson(api(), auth, {
      title: 'Das Projekt KORAL',
      format: 'html',
      content: KORAL,
      lang: 'de',
    });
    const pdf = await api()
      .http()
      .post('/api/admin/documents')
      .set('Authorization', auth)
      .field('title', 'NIMBUS border data system')
      .field('lang', 'en')
      .attach(
        'file',
        minimalPdf([
          { text: 'NIMBUS border data system', size: 20 },
          {
            text: 'The NIMBUS border data system was launched in 2021 by the border police.',
            size: 11,
          },
        ]),
        'nimbus.pdf',
      )
      .expect(201);
    docs['nimbus'] = pdf.body;
  }, 60_000);

  it('answers questions in another language with a citation to the document passage', async () => {
    const cases = [
      {
        key: 'zephyr',
        question: 'Quand le ZEPHYR a-t-il été fondé ?',
        fact: '2017',
        docLang: 'en',
      },
      { key: 'koral', question: 'When did KORAL start?', fact: '2019', docLang: 'de' },
      { key: 'nimbus', question: 'Quando è stato lanciato NIMBUS?', fact: '2021', docLang: 'en' },
    ];
    for (const c of cases) {
      const doc = docs[c.key] as UploadedDocument;
      const answer = await ask(api(), c.question);
      expect({ question: c.question, refused: answer.refused }).toEqual({
        question: c.question,
        refused: false,
      });
      expect(answer.answer).toContain(c.fact);
      const citation = answer.citations.find((x) => x.documentId === doc.id);
      expect(citation?.url).toMatch(new RegExp(`^/${c.docLang}/documents/${doc.id}#p\\d+$`));
      const page = await api().http().get(`/api/documents/${doc.id}`).expect(200);
      const anchors = (page.body.passages as { anchor: string }[]).map((p) => p.anchor);
      expect(anchors).toContain(anchorOf(citation?.url ?? ''));
    }
  });

  it('refuses an off-topic question', async () => {
    const answer = await ask(api(), 'What is the best recipe for tiramisu?');
    expect(answer).toMatchObject({ refused: true, citations: [] });
  });

  it('takes the subject of a follow-up from the history', async () => {
    const answer = await ask(api(), 'And where was it founded?', {
      lang: 'en',
      history: [
        { role: 'user', content: 'When was ZEPHYR founded?' },
        { role: 'assistant', content: 'ZEPHYR was founded in 2017 [1]' },
      ],
    });
    expect(answer.refused).toBe(false);
    expect(answer.answer).toContain('Tbilisi');
  });

  it('streams token, citations and done events', async () => {
    const res = await api()
      .http()
      .post('/api/assistant/stream')
      .send({ question: 'How many police academies does ZEPHYR bring together?', lang: 'en' })
      .buffer(true)
      .parse((r, done) => {
        let text = '';
        r.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        r.on('end', () => done(null, text));
      })
      .expect(200);
    expect(res.headers['content-type']).toMatch(/text\/event-stream/);
    const body = res.body as string;
    const events = [...body.matchAll(/^event: (\w+)$/gm)].map((m) => m[1]);
    expect(events[0]).toBe('token');
    expect(events.slice(-2)).toEqual(['citations', 'done']);
    const tokens = [...body.matchAll(/^event: token\ndata: (.*)$/gm)]
      .map((m) => (JSON.parse(m[1] ?? '{}') as { text: string }).text)
      .join('');
    expect(tokens).toContain('12');
    const done = /event: done\ndata: (.*)/.exec(body)?.[1];
    expect(JSON.parse(done ?? '{}')).toMatchObject({ id: expect.any(String), refused: false });
  });

  it('forgets a deleted document at once, in search and in answers', async () => {
    const doc = await uploadJson(api(), auth, {
      title: 'The QUASAR unit',
      format: 'markdown',
      content: '# The QUASAR unit\n\nThe QUASAR forensic unit was created in 2016 in Yerevan.\n',
      lang: 'en',
    });
    const before = await ask(api(), 'When was the QUASAR unit created?', { lang: 'en' });
    expect(before.citations.some((c) => c.documentId === doc.id)).toBe(true);
    await api()
      .http()
      .delete(`/api/admin/documents/${doc.id}`)
      .set('Authorization', auth)
      .expect(204);
    const search = await api()
      .http()
      .get('/api/search')
      .query({ q: 'QUASAR', lang: 'en' })
      .expect(200);
    expect(JSON.stringify(search.body)).not.toContain(doc.id);
    const after = await ask(api(), 'When was the QUASAR unit created?', { lang: 'en' });
    expect(after.refused).toBe(true);
    await api().http().get(`/api/documents/${doc.id}`).expect(404);
  });

  it('limits questions per client with 429 and Retry-After', async () => {
    const limited = await startApi({ engine, env: { ASSISTANT_RATE_LIMIT_PER_MIN: '3' } });
    try {
      for (let i = 0; i < 3; i++) {
        await limited
          .http()
          .post('/api/assistant/ask')
          .send({ question: 'What is the OSCE?' })
          .expect(200);
      }
      const res = await limited
        .http()
        .post('/api/assistant/ask')
        .send({ question: 'What is the OSCE?' })
        .expect(429);
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
      await limited.http().post('/api/assistant/stream').send({ question: 'OSCE?' }).expect(429);
    } finally {
      await limited.dispose();
    }
  }, 120_000);
});
