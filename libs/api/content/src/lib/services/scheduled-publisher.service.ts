import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ContentIndexService } from './content-index.service';
import { CONTENT_AUDIT_WRITER } from './content-ports';
import type { ContentAuditWriter } from './content-ports';
import { returnedRows } from './returned-rows';

/** How often due translations are looked for; "published within a minute" needs < 60 s. */
export const SCHEDULE_INTERVAL_MS = 20_000;

/**
 * The advisory-lock key of scheduled publishing (any number fixed for the product; this one
 * spells "PUBL"). Held for one run's transaction, so while one instance publishes the others
 * skip their turn instead of queueing on the same rows.
 */
export const SCHEDULER_LOCK_KEY = 0x5055_424c;

export interface PublishedNow {
  itemId: string;
  kind: string;
  locale: string;
}

/**
 * Publishes scheduled translations when their time comes. With several API instances one
 * runs at a time (a transaction-scoped advisory lock; if the holder dies, its lock goes
 * with its session and the next instance's turn takes over), and the UPDATE claims due
 * rows atomically besides, so each is published exactly once.
 */
@Injectable()
export class ScheduledPublisher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('ScheduledPublisher');
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly index: ContentIndexService,
    @Inject(CONTENT_AUDIT_WRITER) private readonly audit: ContentAuditWriter,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.tick(), SCHEDULE_INTERVAL_MS);
    // The timer alone must not keep a process (a CLI, a test) alive.
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  private tick(): void {
    if (this.running) return;
    this.running = this.publishDue()
      .catch((error: unknown) =>
        this.logger.error(`Scheduled publishing failed: ${(error as Error).message}`),
      )
      .finally(() => (this.running = undefined));
  }

  /**
   * Publishes every translation whose time has come; returns what it published. What goes
   * live is the copy frozen when the schedule was made, never a later save.
   */
  async publishDue(now: Date = new Date()): Promise<PublishedNow[]> {
    return this.dataSource.transaction(async (manager) => {
      const [lock] = returnedRows<{ locked: boolean }>(
        await manager.query('SELECT pg_try_advisory_xact_lock($1) AS locked', [SCHEDULER_LOCK_KEY]),
      );
      if (!lock?.locked) return [];
      const result: unknown = await manager.query(
        `UPDATE content_translation t
            SET status = 'published',
                publish_at = NULL,
                published_title = t.scheduled_title,
                published_summary = t.scheduled_summary,
                published_body_html = t.scheduled_body_html,
                published_at = $1,
                published_changed_revision = t.scheduled_changed_revision,
                published_based_on_revision = t.scheduled_based_on_revision,
                scheduled_title = NULL,
                scheduled_summary = NULL,
                scheduled_body_html = NULL,
                scheduled_changed_revision = NULL,
                scheduled_based_on_revision = NULL
           FROM content_item i
          WHERE i.id = t.item_id AND t.status = 'scheduled' AND t.publish_at <= $1
      RETURNING t.item_id, t.locale, i.kind`,
        [now],
      );
      const rows = returnedRows<{ item_id: string; locale: string; kind: string }>(result);
      const byItem = new Map<string, { kind: string; locales: string[] }>();
      for (const row of rows) {
        const entry = byItem.get(row.item_id) ?? { kind: row.kind, locales: [] };
        entry.locales.push(row.locale);
        byItem.set(row.item_id, entry);
      }
      for (const [itemId, { kind, locales }] of byItem) {
        await this.index.sync(manager, itemId);
        await this.audit.record(
          {
            actor: null,
            action: `${kind}.publish`,
            itemType: kind,
            itemId,
            details: { locales, scheduled: true },
          },
          manager,
        );
      }
      if (rows.length) this.logger.log(`Published ${rows.length} scheduled translation(s)`);
      return rows.map((r) => ({ itemId: r.item_id, kind: r.kind, locale: r.locale }));
    });
  }
}
