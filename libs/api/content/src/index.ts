export { ContentModule } from './lib/content.module';
export { CONTENT_ENTITIES, CONTENT_MIGRATIONS } from './lib/content.schema';
export { ContentItemEntity } from './lib/entities/content-item.entity';
export { ContentTranslationEntity } from './lib/entities/content-translation.entity';
export { ContentRevisionEntity } from './lib/entities/content-revision.entity';
export { CONTENT_KINDS, REFERENCE_KINDS } from './lib/content.types';
export type { ReferenceKind, Actor } from './lib/content.types';
export { renderBody, extractPassages, htmlToText } from './lib/body/body-html.util';
export type { RenderedBody, Passage } from './lib/body/body-html.util';
export { ContentAdminService, SYSTEM_ACTOR } from './lib/services/content-admin.service';
export { ContentPublicService } from './lib/services/content-public.service';
export { ContentReviewService } from './lib/services/content-review.service';
export { ContentReviewEntity } from './lib/entities/content-review.entity';
export { ContentIndexService } from './lib/services/content-index.service';
export { PUBLIC_CONTENT_CHANNEL } from './lib/services/content-ports';
export { ContentSeeder } from './lib/services/content-seeder.service';
export {
  ScheduledPublisher,
  SCHEDULE_INTERVAL_MS,
} from './lib/services/scheduled-publisher.service';
export { LeadershipService } from './lib/leadership/leadership.service';
export type { OfficeHolderInput } from './lib/leadership/leadership.service';
export { OfficeHolderEntity } from './lib/entities/office-holder.entity';
