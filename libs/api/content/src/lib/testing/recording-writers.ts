import type { ContentKind } from '@portal/domain/content';
import type { EntityManager } from 'typeorm';
import type {
  ContentAuditEntry,
  ContentAuditWriter,
  ContentIndexWriter,
  IndexItem,
} from '../services/content-ports';

/** In-memory search index for tests that only need to see what content asked it to do. */
export class RecordingIndexWriter implements ContentIndexWriter {
  readonly items = new Map<string, IndexItem>();

  /** `next`: the real index to write through to, so its rules are exercised too. */
  constructor(private readonly next?: ContentIndexWriter) {}

  async replaceItem(manager: EntityManager, item: IndexItem): Promise<void> {
    await this.next?.replaceItem(manager, item);
    this.items.set(item.itemId, item);
  }

  async removeItem(manager: EntityManager, type: ContentKind, itemId: string): Promise<void> {
    await this.next?.removeItem(manager, type, itemId);
    this.items.delete(itemId);
  }
}

export class RecordingAuditWriter implements ContentAuditWriter {
  readonly entries: ContentAuditEntry[] = [];

  constructor(private readonly next?: ContentAuditWriter) {}

  async record(entry: ContentAuditEntry, manager?: EntityManager): Promise<void> {
    await this.next?.record(entry, manager);
    this.entries.push(entry);
  }
}
