import { Module } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { embeddingsConfig } from '@portal/api/common';
import { EmbeddingBackfill } from './embedding-backfill.service';
import { EMBEDDER, createEmbedder } from './embeddings/embedder';
import { SEARCH_ENTITIES } from './search.entities';
import { SearchController } from './search.controller';
import { SearchIndexer } from './search-indexer.service';
import { SearchService } from './search.service';

/**
 * Full-text (+ optional vector) search. Other features write through SearchIndexer inside
 * their own transactions and read through SearchService; HTTP: /api/search, /api/search/suggest.
 */
@Module({
  imports: [TypeOrmModule.forFeature(SEARCH_ENTITIES)],
  controllers: [SearchController],
  providers: [
    {
      provide: EMBEDDER,
      inject: [embeddingsConfig.KEY],
      useFactory: (config: ConfigType<typeof embeddingsConfig>) => createEmbedder(config),
    },
    SearchIndexer,
    SearchService,
    EmbeddingBackfill,
  ],
  exports: [SearchIndexer, SearchService, EmbeddingBackfill],
})
export class SearchModule {}
