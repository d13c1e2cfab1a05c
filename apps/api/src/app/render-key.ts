import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** The header the renderer's own requests to this process carry. */
export const RENDER_KEY_HEADER = 'x-portal-render-key';

/**
 * A secret the page renderer shows when it fetches data from this same process: the reads
 * of a render already admitted must not be refused for overload, or the admitted render
 * becomes an error page (the work is done, and wasted). Chosen at random at each start, it
 * never leaves the process: only the renderer's requests to the loopback address carry it.
 */
export class RenderKey {
  private readonly value = randomBytes(24).toString('base64url');

  /** The headers the renderer adds to its requests to this process. */
  get headers(): Readonly<Record<string, string>> {
    return { [RENDER_KEY_HEADER]: this.value };
  }

  /** Whether a request comes from this process's renderer. */
  readonly shownBy = (req: IncomingMessage): boolean => {
    const shown = req.headers[RENDER_KEY_HEADER];
    if (typeof shown !== 'string' || shown.length !== this.value.length) return false;
    return timingSafeEqual(Buffer.from(shown), Buffer.from(this.value));
  };
}
