import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { SEARCH_RESULT_TTL_MS } from '../search.constants';
import { readIndexVersion } from '../index-version';
import { ResidentIndex, ResidentIndexBuilder, type ResidentPassageRow } from './resident-index';

/** Rows read per statement: other queries run between chunks (PGlite has one connection). */
const CHUNK_ROWS = 2_000;
/** Shortest wait before reloading after a change, so a burst of changes loads once. */
const MIN_RELOAD_DELAY_MS = 200;

interface Snapshot {
  readonly index: ResidentIndex;
  /** The index version it was read at (`search_index_version`). */
  readonly version: string;
  /** The invalidation count it was read at (see `invalidate`). */
  readonly generation: number;
  /** When its version was last confirmed (ms since epoch). */
  confirmedAt: number;
}

/**
 * The search index kept in memory beside the database, so a search is ranked without a
 * query per candidate passage (`residentPage`). The database stays the truth: a snapshot is
 * used only while it is current, and a search that finds none current is ranked in SQL as
 * before while a new snapshot loads in the background.
 *
 * Current means: with change signals (every instance hears each committed index change),
 * no change heard since it was read, and its version confirmed within the result cache's
 * lifetime (a signal lost with a broken connection cannot keep it for long); without
 * signals, read at the version the search has just read. A snapshot is read in chunks
 * between two readings of the index version and kept only if both agree and no change was
 * heard meanwhile, so it is never a mix of two index states. After a change it is reloaded
 * once the changes stop coming for a moment (at least as long as the last load took, so
 * reloading never takes more than about half of the database's time during a burst).
 */
export class ResidentSearchIndex {
  private readonly logger = new Logger('ResidentSearchIndex');
  private snapshot: Snapshot | undefined;
  /** Counts index changes heard of. */
  private generation = 0;
  private loading: Promise<void> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastLoadMs = 0;
  private disposed = false;
  /** Resolvers of `ready()` calls waiting for a current snapshot. */
  private waiting: (() => void)[] = [];

  constructor(
    private readonly dataSource: DataSource,
    private readonly signalled: boolean,
  ) {}

  /** An index change was heard of: the snapshot is stale, and reloaded soon if it was in use. */
  invalidate(): void {
    this.generation += 1;
    if (this.snapshot) this.schedule();
  }

  /**
   * The snapshot if it is current for a search that read index version `version` (any
   * value when changes are signalled); otherwise undefined, and a load is started.
   */
  current(version: string): ResidentIndex | undefined {
    const s = this.snapshot;
    if (s && this.isCurrent(s, version)) return s.index;
    this.schedule();
    return undefined;
  }

  /**
   * Loads the index now (or confirms the snapshot) and resolves when that is done, or when
   * it failed: benchmarks and tests wait for it before measuring the resident path.
   */
  ready(): Promise<void> {
    if (this.disposed) return Promise.resolve();
    const done = new Promise<void>((resolve) => this.waiting.push(resolve));
    this.schedule(0);
    return done;
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.snapshot = undefined;
    for (const resolve of this.waiting.splice(0)) resolve();
  }

  private isCurrent(s: Snapshot, version: string): boolean {
    if (!this.signalled) return s.version === version;
    return s.generation === this.generation && !this.expired(s);
  }

  private expired(s: Snapshot): boolean {
    return this.signalled && Date.now() - s.confirmedAt > SEARCH_RESULT_TTL_MS;
  }

  /** Starts a load after `delay` ms unless one is running or already planned. */
  private schedule(delay = Math.max(MIN_RELOAD_DELAY_MS, this.lastLoadMs)): void {
    if (this.disposed || this.loading || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.loading = this.refresh().then((ok) => {
        this.loading = undefined;
        const s = this.snapshot;
        const fresh = !!s && s.generation === this.generation && !this.expired(s);
        // A change came while reading: read again. A failed read waits for the next search.
        if (ok && !fresh && !this.disposed) this.schedule();
        else for (const resolve of this.waiting.splice(0)) resolve();
      });
    }, delay);
    this.timer.unref?.();
  }

  /** Confirms the snapshot's version if only its age made it stale; otherwise reads anew. */
  private async refresh(): Promise<boolean> {
    const generation = this.generation;
    try {
      const s = this.snapshot;
      if (s && s.generation === generation && this.expired(s)) {
        if ((await readIndexVersion(this.dataSource)) === s.version) {
          s.confirmedAt = Date.now();
          return true;
        }
      }
      await this.load(generation);
      return true;
    } catch (e) {
      // The database went away (shutdown, a test's teardown): searches rank in SQL meanwhile.
      if (!this.disposed && this.dataSource.isInitialized)
        this.logger.warn(`search index not loaded into memory: ${(e as Error).message}`);
      return false;
    }
  }

  private async load(generation: number): Promise<void> {
    const started = performance.now();
    const version = await readIndexVersion(this.dataSource);
    const builder = new ResidentIndexBuilder();
    let after = '';
    for (;;) {
      if (this.disposed || generation !== this.generation) return;
      const rows: ResidentPassageRow[] = await this.dataSource.query(
        `SELECT id, item_type, item_id, locale, position, country_codes, length,
                extract(epoch FROM updated_at)::float8 AS updated, tsv::text AS tsv, title_lexemes,
                title, url, anchor, body
           FROM search_passage WHERE id > $1 ORDER BY id LIMIT $2`,
        [after, CHUNK_ROWS],
      );
      for (const row of rows) builder.add(row);
      if (rows.length < CHUNK_ROWS) break;
      after = rows[rows.length - 1].id;
    }
    const again = await readIndexVersion(this.dataSource);
    this.lastLoadMs = performance.now() - started;
    if (this.disposed || generation !== this.generation || again !== version) return;
    this.snapshot = { index: builder.build(), version, generation, confirmedAt: Date.now() };
  }
}
