import {
  Inject,
  Injectable,
  Logger,
  OnModuleDestroy,
  OnModuleInit,
  Optional,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DatabaseNotifications } from '@portal/api/database';
import { bumpIndexVersion } from './search-indexer.service';
import { EMBEDDER, Embedder, toVectorLiteral } from './embeddings/embedder';

const BATCH = 32;
const INTERVAL_MS = 5_000;

/**
 * Fills `search_passage.embedding` after the fact. Embedding calls go to another server
 * and can be slow, so they never run inside the publish transaction (on PGlite that would
 * block every other request); rows are indexed for full text at once and get their
 * vectors within seconds.
 */
@Injectable()
export class EmbeddingBackfill implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(EmbeddingBackfill.name);
  private timer?: NodeJS.Timeout;
  private running = false;

  constructor(
    private readonly dataSource: DataSource,
    @Optional() @Inject(EMBEDDER) private readonly embedder: Embedder | null = null,
    @Optional()
    @Inject(DatabaseNotifications)
    private readonly notifications: DatabaseNotifications | null = null,
  ) {}

  onModuleInit(): void {
    if (!this.embedder) return;
    this.timer = setInterval(() => void this.tick(), INTERVAL_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Embeds passages that have no vector yet, up to `max`; returns how many it embedded. */
  async embedPending(max = 1_000): Promise<number> {
    if (!this.embedder) return 0;
    let done = 0;
    while (done < max) {
      const rows: { id: string; title: string; heading: string | null; body: string }[] =
        await this.dataSource.query(
          `SELECT id, title, heading, body FROM search_passage
            WHERE embedding IS NULL ORDER BY id LIMIT $1`,
          [Math.min(BATCH, max - done)],
        );
      if (rows.length === 0) break;
      const vectors = await this.embedder.embedDocuments(
        rows.map((r) => [r.title, r.heading, r.body].filter(Boolean).join('\n')),
      );
      // New vectors change hybrid rankings: cached results go stale with them.
      await this.dataSource.transaction(async (manager) => {
        await bumpIndexVersion(manager, this.notifications);
        await manager.query(
          `UPDATE search_passage p SET embedding = v.e::vector
             FROM unnest($1::text[], $2::text[]) AS v(id, e) WHERE p.id = v.id`,
          [rows.map((r) => r.id), vectors.map(toVectorLiteral)],
        );
      });
      done += rows.length;
    }
    return done;
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      await this.embedPending();
    } catch (e) {
      this.logger.warn(`Embedding passages failed: ${(e as Error).message}`);
    } finally {
      this.running = false;
    }
  }
}
