import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AdminRoute } from '@portal/api/auth';
import { ReviewQueueQueryDto } from '../dto/review-input.dto';
import { ContentReviewService } from '../services/content-review.service';
import type { ReviewQueue } from '../services/content-review.service';

/** The translations waiting for an editor, each with its line diff against the published text. */
@ApiTags('admin: review')
@Controller('admin/review')
export class AdminReviewController {
  constructor(private readonly reviews: ContentReviewService) {}

  @Get()
  @AdminRoute('content.publish')
  queue(@Query() query: ReviewQueueQueryDto): Promise<ReviewQueue> {
    return this.reviews.queue(query);
  }
}
