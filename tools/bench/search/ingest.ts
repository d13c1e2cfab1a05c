/**
 * Ingestion benchmark: documents of about 4 KB uploaded through the admin API of the built
 * API process (`dist/apps/api`), one per request and in batches, on the embedded database
 * and (when a server URL is set) PostgreSQL. Prints documents per second.
 */
import { bearer, startApi, type Engine } from '@portal/api/e2e-support';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

const DOCS = arg('docs', 300);
const BATCH = arg('batch', 50);

const WORDS = (
  'police reform community training border security station patrol officer report district ' +
  'investigation court prosecutor evidence witness mission programme cooperation network ' +
  'forensic laboratory cybercrime drugs trafficking victims support hotline regional office'
).split(' ');

let seed = 7;
function random(): number {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
}

/** A markdown document of about 4 KB: headings and paragraphs, unique by its number. */
function document(n: number): { title: string; format: 'markdown'; content: string } {
  const parts = [`# Field report ${n}`];
  while (parts.join('\n\n').length < 4000) {
    if (parts.length % 4 === 1) parts.push(`## Section ${parts.length} of report ${n}`);
    const sentence = Array.from(
      { length: 12 },
      () => WORDS[Math.floor(random() * WORDS.length)],
    ).join(' ');
    parts.push(`The ${sentence} (${n}-${parts.length}).`);
  }
  return { title: `Field report ${n}`, format: 'markdown', content: parts.join('\n\n') };
}

async function bench(engine: Engine): Promise<void> {
  const api = await startApi({ engine, env: { LOG_LEVEL: 'error' } });
  try {
    const auth = await bearer(api);
    const post = async (path: string, body: unknown) => {
      const res = await fetch(`${api.url}${path}`, {
        method: 'POST',
        headers: { Authorization: auth, 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (res.status !== 201) throw new Error(`${path}: ${res.status} ${await res.text()}`);
      return res.json();
    };
    // Warm-up: JIT, language detection tables, the first statements' plans.
    for (let i = 0; i < 5; i++) await post('/api/admin/documents', document(1_000_000 + i));

    let next = 0;
    const one = DOCS;
    let t = performance.now();
    for (let i = 0; i < one; i++) await post('/api/admin/documents', document(next++));
    const single = one / ((performance.now() - t) / 1000);

    t = performance.now();
    for (let i = 0; i < DOCS; i += BATCH) {
      const docs = Array.from({ length: Math.min(BATCH, DOCS - i) }, () => document(next++));
      await post('/api/admin/documents/batch', { documents: docs });
    }
    const batched = DOCS / ((performance.now() - t) / 1000);
    const bytes = Buffer.byteLength(document(0).content);
    console.log(
      `${engine}: ${DOCS} documents of ~${(bytes / 1024).toFixed(1)} KB through the API: ` +
        `${single.toFixed(1)} docs/s one per request, ${batched.toFixed(1)} docs/s in batches of ${BATCH} ` +
        `(target >= 50: ${batched >= 50 ? 'met' : 'NOT met'})`,
    );
  } finally {
    await api.dispose();
  }
}

async function main(): Promise<void> {
  await bench('pglite');
  if (process.env['TEST_DATABASE_URL']) await bench('postgres');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
