import { createHash } from 'node:crypto';
import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CONTENT_INDEX_WRITER } from '../services/content-ports';
import type { ContentIndexWriter, IndexItem } from '../services/content-ports';
import { firstIndexing } from '../services/first-indexing';
import { overviewIndexItems } from './overview-index';

/**
 * Indexes the overview lists (`overviewIndexItems`) at a start whose reference tables give
 * other lists than the index already holds (the first start, or a release that changed
 * them); other starts write nothing.
 */
@Injectable()
export class OverviewIndexer implements OnApplicationBootstrap {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CONTENT_INDEX_WRITER) private readonly index: ContentIndexWriter,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.indexAll();
  }

  /** Whether the lists were written. */
  async indexAll(): Promise<boolean> {
    const items = overviewIndexItems(new Date());
    return this.dataSource.transaction(async (manager) => {
      if (!(await firstIndexing(manager, `overviews:${fingerprint(items)}`))) return false;
      for (const item of items) await this.index.replaceItem(manager, item);
      return true;
    });
  }
}

/** What the lists say, without the time they were built. */
function fingerprint(items: readonly IndexItem[]): string {
  const said = items.map((item) => ({
    ...item,
    entries: item.entries.map(({ updatedAt: _at, ...entry }) => entry),
  }));
  return createHash('sha256').update(JSON.stringify(said)).digest('hex').slice(0, 32);
}
