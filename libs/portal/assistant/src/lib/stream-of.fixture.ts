/**
 * A response body of `text` in chunks cut at the given byte offsets. jsdom has no
 * ReadableStream; the reader interface is all the widget and `readEvents` use.
 */
export function streamOf(text: string, cuts: readonly number[] = [10]): ReadableStream<Uint8Array> {
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
