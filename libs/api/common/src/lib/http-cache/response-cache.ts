import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

/** A stored 200 answer, ready to send again without the work that made it. */
export interface CachedResponse {
  readonly body: Buffer;
  /** The body gzipped once when stored, so a hit costs no compression; absent when tiny. */
  readonly gzip?: Buffer;
  /** Strong validator: a hash of the body. */
  readonly etag: string;
  /** The headers that belong to this body (type, language, the policy naming its nonce). */
  readonly headers: Readonly<Record<string, string>>;
}

/** Below this a body is not worth compressing (the compression middleware's threshold). */
const GZIP_THRESHOLD = 1024;

export function cachedResponse(
  body: Buffer,
  headers: Readonly<Record<string, string>>,
): CachedResponse {
  const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
  const gzip = body.length >= GZIP_THRESHOLD ? gzipSync(body) : undefined;
  return { body, gzip, etag, headers };
}

function sizeOf(key: string, entry: CachedResponse): number {
  let headers = 0;
  for (const [name, value] of Object.entries(entry.headers)) headers += name.length + value.length;
  return key.length + entry.body.length + (entry.gzip?.length ?? 0) + headers;
}

/**
 * Public answers kept in memory, least recently used evicted first once `maxBytes` is
 * reached.
 *
 * Invalidation is by generation rather than by dependency: every public page shows the
 * menu, and a publish can change the menu, lists, the home page and the sitemap at once,
 * so tracing which pages show which item would save little. Content changes a few times
 * a day; after each, every page is rendered once more. The generation also guards a
 * race: an answer computed while content changed may show the old content, so it is only
 * stored if no change happened since its work began.
 */
export class ResponseCache {
  private readonly entries = new Map<string, { entry: CachedResponse; size: number }>();
  private bytes = 0;
  private current = 0;

  constructor(private readonly maxBytes: number) {}

  /** Read before computing an answer; pass to `set` with it. */
  get generation(): number {
    return this.current;
  }

  get usedBytes(): number {
    return this.bytes;
  }

  get(key: string): CachedResponse | undefined {
    const found = this.entries.get(key);
    if (!found) return undefined;
    // A Map iterates in insertion order: moving a hit to the end keeps the order by use.
    this.entries.delete(key);
    this.entries.set(key, found);
    return found.entry;
  }

  /** Stores unless public content changed since `generation`; says whether it stored. */
  set(key: string, entry: CachedResponse, generation: number): boolean {
    if (generation !== this.current) return false;
    const size = sizeOf(key, entry);
    if (size > this.maxBytes) return false;
    this.drop(key);
    this.entries.set(key, { entry, size });
    this.bytes += size;
    for (const oldest of this.entries.keys()) {
      if (this.bytes <= this.maxBytes) break;
      this.drop(oldest);
    }
    return true;
  }

  /** Public content changed: nothing stored so far may be sent again. */
  invalidate(): void {
    this.current += 1;
    this.entries.clear();
    this.bytes = 0;
  }

  private drop(key: string): void {
    const found = this.entries.get(key);
    if (!found) return;
    this.entries.delete(key);
    this.bytes -= found.size;
  }
}
