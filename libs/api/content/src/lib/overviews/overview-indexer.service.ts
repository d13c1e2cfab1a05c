import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CONTENT_INDEX_WRITER } from '../services/content-ports';
import type { ContentIndexWriter } from '../services/content-ports';
import { overviewIndexItems } from './overview-index';

/** Instances starting together index the overviews one after the other. */
const OVERVIEW_LOCK = 7_204_116;

/**
 * Indexes the overview lists (`overviewIndexItems`) at every start: they come from the
 * reference tables of the release that is starting, and take a few milliseconds to write.
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

  async indexAll(): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [OVERVIEW_LOCK]);
      for (const item of overviewIndexItems(new Date()))
        await this.index.replaceItem(manager, item);
    });
  }
}
