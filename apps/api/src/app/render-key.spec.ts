import type { IncomingMessage } from 'node:http';
import { RENDER_KEY_HEADER, RenderKey } from './render-key';

const request = (headers: Record<string, string>) => ({ headers }) as unknown as IncomingMessage;

describe('RenderKey', () => {
  it("knows its own renderer's requests by the key, and no one else's", () => {
    const key = new RenderKey();
    expect(key.shownBy(request({ ...key.headers }))).toBe(true);
    const shown = key.headers[RENDER_KEY_HEADER] ?? '';
    expect(key.shownBy(request({}))).toBe(false);
    expect(key.shownBy(request({ [RENDER_KEY_HEADER]: shown.slice(1) }))).toBe(false);
    const other = (shown.startsWith('a') ? 'b' : 'a') + shown.slice(1);
    expect(key.shownBy(request({ [RENDER_KEY_HEADER]: other }))).toBe(false);
    // Each process chooses its own.
    expect(new RenderKey().shownBy(request({ ...key.headers }))).toBe(false);
  });
});
