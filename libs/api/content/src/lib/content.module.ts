import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditService, AuthModule } from '@portal/api/auth';
import { DatabaseNotifications } from '@portal/api/database';
import { SearchIndexer, SearchModule } from '@portal/api/search';
import { CONTENT_ENTITIES } from './content.schema';
import { AdminPagesController } from './controllers/admin-pages.controller';
import { AdminProgrammesController } from './controllers/admin-programmes.controller';
import { AdminReferenceController } from './controllers/admin-reference.controller';
import { AdminReviewController } from './controllers/admin-review.controller';
import { PublicContentController } from './controllers/public-content.controller';
import { AdminLeadershipController } from './leadership/admin-leadership.controller';
import { LeadershipController } from './leadership/leadership.controller';
import { LeadershipService } from './leadership/leadership.service';
import { OverviewIndexer } from './overviews/overview-indexer.service';
import { ContentAdminService } from './services/content-admin.service';
import { ContentIndexService } from './services/content-index.service';
import {
  CONTENT_AUDIT_WRITER,
  CONTENT_INDEX_WRITER,
  PUBLIC_CONTENT_CHANNEL,
  PUBLIC_CONTENT_SIGNAL,
} from './services/content-ports';
import type { PublicContentSignal } from './services/content-ports';
import { ContentPublicService } from './services/content-public.service';
import { ContentReviewService } from './services/content-review.service';
import { ContentSeeder } from './services/content-seeder.service';
import { CountryDocumentsService } from './services/country-documents.service';
import { ScheduledPublisher } from './services/scheduled-publisher.service';
import { SitemapController } from './sitemap/sitemap.controller';
import { SitemapService } from './sitemap/sitemap.service';

/**
 * Pages, programmes and reference-data descriptions: public read API, admin CRUD with
 * workflow and revisions, seeding on first start and scheduled publishing.
 */
@Module({
  imports: [TypeOrmModule.forFeature(CONTENT_ENTITIES), AuthModule, SearchModule],
  controllers: [
    PublicContentController,
    AdminPagesController,
    AdminProgrammesController,
    AdminReferenceController,
    AdminReviewController,
    LeadershipController,
    AdminLeadershipController,
    SitemapController,
  ],
  providers: [
    { provide: CONTENT_INDEX_WRITER, useExisting: SearchIndexer },
    { provide: CONTENT_AUDIT_WRITER, useExisting: AuditService },
    {
      provide: PUBLIC_CONTENT_SIGNAL,
      inject: [DatabaseNotifications],
      useFactory: (notifications: DatabaseNotifications): PublicContentSignal => ({
        changed: (manager) => notifications.notify(manager, PUBLIC_CONTENT_CHANNEL),
      }),
    },
    ContentIndexService,
    ContentAdminService,
    ContentPublicService,
    ContentReviewService,
    ContentSeeder,
    CountryDocumentsService,
    LeadershipService,
    OverviewIndexer,
    ScheduledPublisher,
    SitemapService,
  ],
  exports: [ContentAdminService, ContentPublicService, ContentSeeder, LeadershipService],
})
export class ContentModule {}
