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

  async replaceItem(_manager: EntityManager, item: IndexItem): Promise<void> {
    this.items.set(item.itemId, item);
  }

  async removeItem(_manager: EntityManager, _type: string, itemId: string): Promise<void> {
    this.items.delete(itemId);
  }
}

export class RecordingAuditWriter implements ContentAuditWriter {
  readonly entries: ContentAuditEntry[] = [];

  async record(entry: ContentAuditEntry): Promise<void> {
    this.entries.push(entry);
  }
}
