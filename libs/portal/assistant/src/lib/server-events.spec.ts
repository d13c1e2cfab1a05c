import { readEvents } from './server-events';

/** jsdom has no ReadableStream; the reader interface is all readEvents uses. */
function streamOf(text: string, cuts: readonly number[]): ReadableStream<Uint8Array> {
  const bytes = new Uint8Array(Buffer.from(text, 'utf8'));
  const edges = [0, ...cuts, bytes.length];
  const chunks = edges.slice(1).map((end, i) => bytes.slice(edges[i], end));
  return {
    getReader: () => ({
      read: async () => {
        const value = chunks.shift();
        return value ? { value, done: false } : { value: undefined, done: true };
      },
    }),
  } as unknown as ReadableStream<Uint8Array>;
}

async function all(body: ReadableStream<Uint8Array>) {
  const events = [];
  for await (const e of readEvents(body)) events.push(e);
  return events;
}

describe('readEvents', () => {
  it('reads events split across chunks, a field and a character cut in two', async () => {
    const text = 'event: token\ndata: {"text":"Grüße "}\n\nevent: done\ndata: {"id":"1"}\n\n';
    // Cut inside "event:" and inside the two bytes of "ü".
    const cut = Buffer.from(text).indexOf(Buffer.from('ü')) + 1;
    await expect(all(streamOf(text, [3, cut]))).resolves.toEqual([
      { event: 'token', data: { text: 'Grüße ' } },
      { event: 'done', data: { id: '1' } },
    ]);
  });

  it('takes CRLF line endings, comments and data written over several lines', async () => {
    const text = ': keep-alive\r\nevent: token\r\ndata: {"text":\r\ndata: "a"}\r\n\r\n';
    await expect(all(streamOf(text, [5]))).resolves.toEqual([
      { event: 'token', data: { text: 'a' } },
    ]);
  });

  it('names an event without an event field "message", and ends with the stream', async () => {
    await expect(all(streamOf('data: 1\n\ndata: 2\n\n', []))).resolves.toEqual([
      { event: 'message', data: 1 },
      { event: 'message', data: 2 },
    ]);
  });
});
