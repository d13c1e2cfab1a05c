import { createParser, type EventSourceMessage } from 'eventsource-parser';

/** One server-sent event of the assistant's stream, its data parsed as JSON. */
export interface ServerEvent {
  readonly event: string;
  readonly data: unknown;
}

/**
 * The events of a `text/event-stream` response body, as they arrive. The stream format
 * (line endings, comments, data over several lines, a field split between two chunks) is
 * eventsource-parser's; what is ours is that every event's data is JSON.
 */
export async function* readEvents(body: ReadableStream<Uint8Array>): AsyncGenerator<ServerEvent> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const ready: EventSourceMessage[] = [];
  const parser = createParser({ onEvent: (message) => ready.push(message) });
  for (;;) {
    const { value, done } = await reader.read();
    parser.feed(done ? decoder.decode() : decoder.decode(value, { stream: true }));
    for (const message of ready.splice(0))
      yield { event: message.event ?? 'message', data: JSON.parse(message.data) };
    if (done) return;
  }
}
