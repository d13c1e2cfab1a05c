import type {
  AdminItem,
  AdminItemList,
  ItemReviews,
  RevisionDetail,
  RevisionDiff,
  RevisionSummary,
} from '@portal/domain/content';
import {
  Body,
  Delete,
  Get,
  HttpCode,
  Injectable,
  Param,
  ParseIntPipe,
  Query,
} from '@nestjs/common';
import { ApiOkResponse } from '@nestjs/swagger';
import {
  AdminItemDto,
  AdminItemListDto,
  RevisionDetailDto,
  RevisionDiffDto,
  RevisionSummaryDto,
} from '../dto/admin-item.dto';
import { PageQueryDto } from '@portal/api/common';
import { AdminRoute, CurrentUser } from '@portal/api/auth';
import type { AuthUser } from '@portal/api/auth';
import type { Actor } from '../content.types';
import { DiffQueryDto, PublishDto, RestoreDto, UnpublishDto } from '../dto/content-input.dto';
import {
  ApproveReviewDto,
  ItemLocaleParamsDto,
  RejectReviewDto,
  SubmitReviewDto,
} from '../dto/review-input.dto';
import { ContentAdminService } from '../services/content-admin.service';
import { ContentReviewService } from '../services/content-review.service';
import { EditingActor, historyViewerOf } from './admin-actor';
import { ItemStep, ReviewStep } from './item-routes';

/**
 * The routes pages and programmes share: list, read, delete, the publishing workflow
 * the revision history and the review of each language. Subclasses add the routing prefix
 * and the create/update routes whose bodies differ per content type.
 *
 * Each route names its permission itself: they differ, and OpenAPI reads a class
 * decorator only from the class's own methods, not the inherited ones.
 *
 * `@Injectable()` records the constructor's parameter types here, so the subclasses, having
 * no constructor of their own, are built with the same services.
 */
@Injectable()
export abstract class ItemWorkflowController {
  protected abstract readonly kind: 'page' | 'programme';

  constructor(
    protected readonly content: ContentAdminService,
    protected readonly reviews: ContentReviewService,
  ) {}

  @Get()
  @ApiOkResponse({ type: AdminItemListDto })
  @AdminRoute('content.read')
  list(@Query() query: PageQueryDto): Promise<AdminItemList> {
    return this.content.list(this.kind, query.page, query.size);
  }

  @Get(':id')
  @ApiOkResponse({ type: AdminItemDto })
  @AdminRoute('content.read')
  get(@Param('id') id: string): Promise<AdminItem> {
    return this.content.get(this.kind, id);
  }

  @Delete(':id')
  @AdminRoute('content.delete')
  @HttpCode(204)
  async remove(@Param('id') id: string, @EditingActor() actor: Actor): Promise<void> {
    await this.content.remove(this.kind, id, actor);
  }

  @ItemStep(':id/publish')
  @AdminRoute('content.publish')
  publish(
    @Param('id') id: string,
    @Body() body: PublishDto,
    @EditingActor() actor: Actor,
  ): Promise<AdminItem> {
    const { locales, publishAt } = body;
    return this.content.publish(this.kind, id, body.version, { locales, publishAt }, actor);
  }

  @ItemStep(':id/unpublish')
  @AdminRoute('content.publish')
  unpublish(
    @Param('id') id: string,
    @Body() body: UnpublishDto,
    @EditingActor() actor: Actor,
  ): Promise<AdminItem> {
    return this.content.unpublish(this.kind, id, body.version, body.locales, actor);
  }

  @Get(':id/revisions')
  @ApiOkResponse({ type: [RevisionSummaryDto] })
  @AdminRoute('history.own')
  revisions(@Param('id') id: string, @CurrentUser() user: AuthUser): Promise<RevisionSummary[]> {
    return this.content.revisions(this.kind, id, historyViewerOf(user));
  }

  @Get(':id/revisions/diff')
  @ApiOkResponse({ type: RevisionDiffDto })
  @AdminRoute('history.own')
  diff(
    @Param('id') id: string,
    @Query() query: DiffQueryDto,
    @CurrentUser() user: AuthUser,
  ): Promise<RevisionDiff> {
    return this.content.diff(this.kind, id, query.from, query.to, historyViewerOf(user));
  }

  @Get(':id/revisions/:rev')
  @ApiOkResponse({ type: RevisionDetailDto })
  @AdminRoute('history.own')
  revision(
    @Param('id') id: string,
    @Param('rev', ParseIntPipe) rev: number,
    @CurrentUser() user: AuthUser,
  ): Promise<RevisionDetail> {
    return this.content.revision(this.kind, id, rev, historyViewerOf(user));
  }

  @ItemStep(':id/revisions/:rev/restore')
  @AdminRoute('content.publish')
  restore(
    @Param('id') id: string,
    @Param('rev', ParseIntPipe) rev: number,
    @Body() body: RestoreDto,
    @EditingActor() actor: Actor,
  ): Promise<AdminItem> {
    return this.content.restore(this.kind, id, rev, body.version, actor);
  }

  @ReviewStep('submit', 'content.submit', 'already waiting for review')
  submit(
    @Param() { id, locale }: ItemLocaleParamsDto,
    @Body() body: SubmitReviewDto,
    @EditingActor() actor: Actor,
  ): Promise<AdminItem> {
    return this.reviews.submit(this.kind, id, locale, body.version, body.comment, actor);
  }

  @ReviewStep('approve', 'content.publish', 'not waiting for review')
  approve(
    @Param() { id, locale }: ItemLocaleParamsDto,
    @Body() { version, comment, publishAt }: ApproveReviewDto,
    @EditingActor() actor: Actor,
  ): Promise<AdminItem> {
    return this.reviews.approve(this.kind, id, locale, version, { comment, publishAt }, actor);
  }

  @ReviewStep('reject', 'content.publish', 'not waiting for review')
  reject(
    @Param() { id, locale }: ItemLocaleParamsDto,
    @Body() body: RejectReviewDto,
    @EditingActor() actor: Actor,
  ): Promise<AdminItem> {
    return this.reviews.reject(this.kind, id, locale, body.version, body.comment, actor);
  }

  @Get(':id/reviews')
  @AdminRoute('history.own')
  reviewHistory(@Param('id') id: string, @CurrentUser() user: AuthUser): Promise<ItemReviews> {
    return this.reviews.history(this.kind, id, historyViewerOf(user));
  }
}
