import { DomainError, ServiceBusyError } from '@portal/api/common';
import { DocumentReader } from './document-reader';
import type { DocumentFormat } from './document-format';
import { flateBombPdf, manyPagesPdf, minimalPdf, slowPdf } from './extraction.spec-helpers';

/** Largest delay of a 20 ms timer on this thread while `work` runs: is the event loop free? */
async function loopDelayDuring<T>(work: Promise<T>): Promise<{ maxDelayMs: number; ms: number }> {
  const start = performance.now();
  let last = start;
  let maxDelayMs = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    maxDelayMs = Math.max(maxDelayMs, now - last - 20);
    last = now;
  }, 20);
  try {
    await work.catch(() => undefined);
  } finally {
    clearInterval(timer);
  }
  return { maxDelayMs, ms: performance.now() - start };
}

describe('DocumentReader (worker thread)', () => {
  const reader = new DocumentReader();
  const read = (format: DocumentFormat, bytes: Buffer, name: string) =>
    reader.read({ format, bytes, title: name }, { field: 'file', name });
  const refusal = async (pending: Promise<unknown>) => {
    const error = await pending.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).kind).toBe('unprocessable');
    expect((error as DomainError).details[0]?.path).toBe('file');
    return (error as Error).message;
  };

  // Compiling the worker from source takes a while: outside the timed tests.
  beforeAll(() => reader.start(), 120_000);

  afterAll(() => reader.onModuleDestroy());

  it('reads markdown and PDF into passages, language and hash', async () => {
    const md = await read('markdown', Buffer.from('# SPMU\n\nThe Unit trains police.\n'), 'a.md');
    expect(md).toMatchObject({
      lang: 'en',
      passages: [{ anchor: 'p1', heading: 'SPMU', text: 'The Unit trains police.' }],
    });
    expect(md.contentHash).toMatch(/^[0-9a-f]{64}$/);
    const pdf = await read(
      'pdf',
      minimalPdf([
        { text: 'Police reform', size: 20 },
        { text: 'The Mission trains police officers.', size: 11 },
        { text: 'It supports community policing.', size: 11 },
      ]),
      'a.pdf',
    );
    expect(pdf.passages).toEqual([
      {
        anchor: 'p1',
        heading: 'Police reform',
        text: 'The Mission trains police officers. It supports community policing.',
      },
    ]);
  }, 60_000);

  it('refuses a 20 MB file of short lines with 422 naming it, off the event loop', async () => {
    const lines = Buffer.from('Short line.\n'.repeat(Math.floor((20 * 1024 * 1024) / 12)));
    const pending = read('text', lines, 'lines.txt');
    const [message, loop] = await Promise.all([refusal(pending), loopDelayDuring(pending)]);
    expect(message).toBe(
      '"lines.txt" was not indexed: it holds more than 2,000,000 characters of text',
    );
    expect(loop.ms).toBeLessThan(10_000);
    // This thread only waited; a 20 ms timer ran late by scheduling noise, not by the file.
    expect(loop.maxDelayMs).toBeLessThan(1_000);
  }, 60_000);

  it('refuses 20 MB of markdown list items by the text budget, within the heap cap', async () => {
    // marked given the whole file at once needs gigabytes for a list of five million items.
    const items = Buffer.from('- a\n'.repeat(5 * 1024 * 1024));
    await expect(refusal(read('markdown', items, 'items.md'))).resolves.toBe(
      '"items.md" was not indexed: it holds more than 2,000,000 characters of text',
    );
  }, 60_000);

  it('reads HTML made of unclosed tags and comments within the time cap', async () => {
    const comments = await read('html', Buffer.from('<!--'.repeat(5_000_000)), 'comments.html');
    expect(comments.failure).toMatch(/No text could be extracted/);
    const headings = await read('html', Buffer.from('<h1>'.repeat(1_000_000)), 'headings.html');
    expect(headings.failure).toMatch(/No text could be extracted/);
  }, 60_000);

  it('refuses a PDF compression bomb and a PDF with too many pages', async () => {
    await expect(refusal(read('pdf', await flateBombPdf(1024 ** 3), 'bomb.pdf'))).resolves.toBe(
      '"bomb.pdf" was not indexed: a compressed stream in it inflates to more than 100 MB',
    );
    await expect(refusal(read('pdf', manyPagesPdf(2_500), 'pages.pdf'))).resolves.toBe(
      '"pages.pdf" was not indexed: it has 2,500 pages (at most 2,000)',
    );
  }, 120_000);

  it('stops a PDF that takes longer than 10 s, then reads the next one in a new worker', async () => {
    // Each page's stream is under the stream cap; together they keep pdf.js busy for long.
    const slow = await slowPdf(20, 90 * 1024 * 1024);
    const started = performance.now();
    await expect(refusal(read('pdf', slow, 'slow.pdf'))).resolves.toMatch(
      /^"slow\.pdf" was not indexed: reading it (took longer than 10 s|needed more than \d+ MB of memory)$/,
    );
    expect(performance.now() - started).toBeLessThan(12_000);
    const next = await read('markdown', Buffer.from('# Next\n\nRead normally.'), 'next.md');
    expect(next.passages).toHaveLength(1);
  }, 180_000);

  it('asks a client to come back when four documents already wait', async () => {
    const pending = Array.from({ length: 5 }, (_, i) =>
      read('text', Buffer.from(`Document ${i}.`), `d${i}.txt`),
    );
    await expect(read('text', Buffer.from('One too many.'), 'extra.txt')).rejects.toBeInstanceOf(
      ServiceBusyError,
    );
    await expect(Promise.all(pending)).resolves.toHaveLength(5);
  }, 60_000);
});
