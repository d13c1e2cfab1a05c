import type {
  AdminItem,
  AdminItemList,
  ItemReviews,
  RevisionDetail,
  RevisionDiff,
  RevisionSummary,
} from '@portal/domain/content';
import { Body, Delete, Get, HttpCode, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiParam } from '@nestjs/swagger';
import {
  AdminItemDto,
  AdminItemListDto,
  RevisionDetailDto,
  RevisionDiffDto,
  RevisionSummaryDto,
} from '../dto/admin-item.dto';
import { ClientIp, PageQueryDto } from '@portal/api/common';
import { AdminRoute, CurrentUser } from '@portal/api/auth';
import type { AuthUser } from '@portal/api/auth';
import { LOCALES } from '@portal/domain/locales';
import { DiffQueryDto, PublishDto, RestoreDto, UnpublishDto } from '../dto/content-input.dto';
import {
  ApproveReviewDto,
  ItemLocaleParamsDto,
  RejectReviewDto,
  SubmitReviewDto,
} from '../dto/review-input.dto';
import { ContentAdminService } from '../services/content-admin.service';
import { ContentReviewService } from '../services/content-review.service';
import { STALE_VERSION, actorOf, historyViewerOf } from './admin-actor';

/**
 * The routes pages and programmes share: list, read, delete, the publishing workflow
 * the revision history and the review of each language. Subclasses add the routing prefix and the create/update
 * routes whose bodies differ per content type.
 *
 * Each route names its permission itself: they differ, and OpenAPI reads a class
 * decorator only from the class's own methods, not the inherited ones.
 */
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
  async remove(
    @Param('id') id: string,
    @CurrentUser() user: AuthUser,
    @ClientIp() ip: string,
  ): Promise<void> {
    await this.content.remove(this.kind, id, actorOf(user, ip));
  }

  @Post(':id/publish')
  @ApiOkResponse({ type: AdminItemDto })
  @AdminRoute('content.publish')
  @ApiConflictResponse({ description: STALE_VERSION })
  @HttpCode(200)
  publish(
    @Param('id') id: string,
    @Body() body: PublishDto,
    @CurrentUser() user: AuthUser,
    @ClientIp() ip: string,
  ): Promise<AdminItem> {
    return this.content.publish(
      this.kind,
      id,
      body.version,
      { locales: body.locales, publishAt: body.publishAt },
      actorOf(user, ip),
    );
  }

  @Post(':id/unpublish')
  @ApiOkResponse({ type: AdminItemDto })
  @AdminRoute('content.publish')
  @ApiConflictResponse({ description: STALE_VERSION })
  @HttpCode(200)
  unpublish(
    @Param('id') id: string,
    @Body() body: UnpublishDto,
    @CurrentUser() user: AuthUser,
    @ClientIp() ip: string,
  ): Promise<AdminItem> {
    return this.content.unpublish(this.kind, id, body.version, body.locales, actorOf(user, ip));
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

  @Post(':id/revisions/:rev/restore')
  @ApiOkResponse({ type: AdminItemDto })
  @AdminRoute('content.publish')
  @ApiConflictResponse({ description: STALE_VERSION })
  @HttpCode(200)
  restore(
    @Param('id') id: string,
    @Param('rev', ParseIntPipe) rev: number,
    @Body() body: RestoreDto,
    @CurrentUser() user: AuthUser,
    @ClientIp() ip: string,
  ): Promise<AdminItem> {
    return this.content.restore(this.kind, id, rev, body.version, actorOf(user, ip));
  }
  @Post(':id/translations/:locale/submit')
  @ApiOkResponse({ type: AdminItemDto })
  @AdminRoute('content.submit')
  @ApiParam({ name: 'locale', enum: LOCALES })
  @ApiConflictResponse({ description: `${STALE_VERSION}; or already waiting for review` })
  @HttpCode(200)
  submit(
    @Param() params: ItemLocaleParamsDto,
    @Body() body: SubmitReviewDto,
    @CurrentUser() user: AuthUser,
    @ClientIp() ip: string,
  ): Promise<AdminItem> {
    return this.reviews.submit(
      this.kind,
      params.id,
      params.locale,
      body.version,
      body.comment,
      actorOf(user, ip),
    );
  }

  @Post(':id/translations/:locale/approve')
  @ApiOkResponse({ type: AdminItemDto })
  @AdminRoute('content.publish')
  @ApiParam({ name: 'locale', enum: LOCALES })
  @ApiConflictResponse({ description: `${STALE_VERSION}; or not waiting for review` })
  @HttpCode(200)
  approve(
    @Param() params: ItemLocaleParamsDto,
    @Body() body: ApproveReviewDto,
    @CurrentUser() user: AuthUser,
    @ClientIp() ip: string,
  ): Promise<AdminItem> {
    return this.reviews.approve(
      this.kind,
      params.id,
      params.locale,
      body.version,
      { comment: body.comment, publishAt: body.publishAt },
      actorOf(user, ip),
    );
  }

  @Post(':id/translations/:locale/reject')
  @ApiOkResponse({ type: AdminItemDto })
  @AdminRoute('content.publish')
  @ApiParam({ name: 'locale', enum: LOCALES })
  @ApiConflictResponse({ description: `${STALE_VERSION}; or not waiting for review` })
  @HttpCode(200)
  reject(
    @Param() params: ItemLocaleParamsDto,
    @Body() body: RejectReviewDto,
    @CurrentUser() user: AuthUser,
    @ClientIp() ip: string,
  ): Promise<AdminItem> {
    return this.reviews.reject(
      this.kind,
      params.id,
      params.locale,
      body.version,
      body.comment,
      actorOf(user, ip),
    );
  }

  @Get(':id/reviews')
  @AdminRoute('history.own')
  reviewHistory(@Param('id') id: string, @CurrentUser() user: AuthUser): Promise<ItemReviews> {
    return this.reviews.history(this.kind, id, historyViewerOf(user));
  }
}
