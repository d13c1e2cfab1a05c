import { readEvents } from './server-events';
import { streamOf } from './stream-of.fixture';

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
