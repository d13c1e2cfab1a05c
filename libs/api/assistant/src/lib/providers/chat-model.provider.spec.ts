import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HumanMessage } from '@langchain/core/messages';
import { createChatModel } from './chat-model.provider';

/** A local stand-in for an OpenAI-compatible or Ollama server (127.0.0.1, random port). */
async function fakeServer(
  handler: (
    path: string,
    body: Record<string, unknown>,
    res: import('node:http').ServerResponse,
  ) => void,
) {
  const seen: { path: string; body: Record<string, unknown> }[] = [];
  const server: Server = createServer((req: IncomingMessage, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString()));
    req.on('end', () => {
      const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
      seen.push({ path: req.url ?? '', body });
      handler(req.url ?? '', body, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, seen, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const base = { apiKey: 'test-key' };

describe('chat model providers (contract)', () => {
  it('extractive needs no model', () => {
    expect(
      createChatModel({ ...base, provider: 'extractive', baseUrl: undefined, model: undefined }),
    ).toBeNull();
  });

  it('talks to an OpenAI-compatible server, plain and streaming', async () => {
    const server = await fakeServer((path, body, res) => {
      if (body['stream']) {
        res.writeHead(200, { 'Content-Type': 'text/event-stream' });
        for (const piece of ['Warsaw ', '[1]']) {
          res.write(
            `data: ${JSON.stringify({ id: 'c1', object: 'chat.completion.chunk', created: 1, model: 'm', choices: [{ index: 0, delta: { content: piece }, finish_reason: null }] })}\n\n`,
          );
        }
        res.end('data: [DONE]\n\n');
        return;
      }
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(
        JSON.stringify({
          id: 'c1',
          object: 'chat.completion',
          created: 1,
          model: 'm',
          choices: [
            {
              index: 0,
              message: { role: 'assistant', content: 'In Warsaw [1].' },
              finish_reason: 'stop',
            },
          ],
          usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
        }),
      );
    });
    try {
      const model = createChatModel({
        ...base,
        provider: 'openai',
        baseUrl: `${server.url}/v1`,
        model: 'test-model',
      });
      const reply = await model?.invoke([new HumanMessage('Where is ODIHR?')]);
      expect(reply?.content).toBe('In Warsaw [1].');
      expect(server.seen[0]).toMatchObject({
        path: '/v1/chat/completions',
        body: { model: 'test-model', temperature: 0 },
      });
      let streamed = '';
      for await (const chunk of (await model?.stream([new HumanMessage('Where?')])) ?? [])
        streamed += String(chunk.content);
      expect(streamed).toBe('Warsaw [1]');
    } finally {
      await server.close();
    }
  });

  it('talks to an Ollama-compatible server, streaming', async () => {
    const server = await fakeServer((_path, _body, res) => {
      res.writeHead(200, { 'Content-Type': 'application/x-ndjson' });
      const line = (content: string, done: boolean) =>
        `${JSON.stringify({ model: 'llama', created_at: new Date().toISOString(), message: { role: 'assistant', content }, done, ...(done ? { done_reason: 'stop' } : {}) })}\n`;
      res.write(line('In ', false));
      res.write(line('Warsaw [1].', false));
      res.end(line('', true));
    });
    try {
      const model = createChatModel({
        ...base,
        provider: 'ollama',
        baseUrl: server.url,
        model: 'llama',
      });
      const reply = await model?.invoke([new HumanMessage('Where is ODIHR?')]);
      expect(reply?.content).toBe('In Warsaw [1].');
      expect(server.seen[0]).toMatchObject({ path: '/api/chat', body: { model: 'llama' } });
    } finally {
      await server.close();
    }
  });
});
