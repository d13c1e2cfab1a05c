import { ContentItemEntity } from './entities/content-item.entity';
import { ContentReviewEntity } from './entities/content-review.entity';
import { ContentRevisionEntity } from './entities/content-revision.entity';
import { ContentTranslationEntity } from './entities/content-translation.entity';
import { OfficeHolderEntity } from './entities/office-holder.entity';
import { ContentSchema1764302000000 } from './migrations/1764302000000-content-schema';
import { PageUrlsUnderAbout1764310000000 } from './migrations/1764310000000-page-urls-under-about';
import { ScheduledCopy1764312000000 } from './migrations/1764312000000-scheduled-copy';
import { OfficeHolders1764320000000 } from './migrations/1764320000000-office-holders';
import { ContentReview1764331300000 } from './migrations/1764331300000-content-review';
import { ReviewSettledStep1764332000000 } from './migrations/1764332000000-review-settled-step';

export const CONTENT_ENTITIES = [
  ContentItemEntity,
  ContentTranslationEntity,
  ContentRevisionEntity,
  ContentReviewEntity,
  OfficeHolderEntity,
];

export const CONTENT_MIGRATIONS = [
  ContentSchema1764302000000,
  PageUrlsUnderAbout1764310000000,
  ScheduledCopy1764312000000,
  OfficeHolders1764320000000,
  ContentReview1764331300000,
  ReviewSettledStep1764332000000,
];
