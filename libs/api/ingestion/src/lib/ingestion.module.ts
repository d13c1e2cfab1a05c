import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '@portal/api/auth';
import { SearchModule } from '@portal/api/search';
import { AdminDocumentsController, PublicDocumentsController } from './documents.controller';
import { DocumentChunkEntity } from './entities/document-chunk.entity';
import { DocumentEntity } from './entities/document.entity';
import { DocumentReader } from './extraction/document-reader';
import { IngestionService } from './ingestion.service';

export const INGESTION_ENTITIES = [DocumentEntity, DocumentChunkEntity];

/** Documents -> text -> passages -> search index; HTTP: /api/admin/documents, /api/documents/:id. */
@Module({
  imports: [TypeOrmModule.forFeature(INGESTION_ENTITIES), SearchModule, AuthModule],
  controllers: [AdminDocumentsController, PublicDocumentsController],
  providers: [IngestionService, DocumentReader],
  exports: [IngestionService],
})
export class IngestionModule {}
