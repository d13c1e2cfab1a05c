import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AdminRoute, CurrentUser } from '@portal/api/auth';
import type { AuthUser } from '@portal/api/auth';
import type { OwnReviewEntry, ReviewQueue } from '@portal/domain/content';
import { ReviewQueueQueryDto } from '../dto/review-input.dto';
import { ContentReviewService } from '../services/content-review.service';

/**
 * The translations waiting for an editor, each with its line diff against the published text,
 * and a writer's own submissions.
 */
@ApiTags('admin: review')
@Controller('admin/review')
export class AdminReviewController {
  constructor(private readonly reviews: ContentReviewService) {}

  @Get()
  @AdminRoute('content.publish')
  queue(@Query() query: ReviewQueueQueryDto): Promise<ReviewQueue> {
    return this.reviews.queue(query);
  }

  /** The caller's own submissions that wait or were sent back, newest first. */
  @Get('mine')
  @AdminRoute('content.submit')
  mine(@CurrentUser() user: AuthUser): Promise<OwnReviewEntry[]> {
    return this.reviews.mine(user.id);
  }
}
