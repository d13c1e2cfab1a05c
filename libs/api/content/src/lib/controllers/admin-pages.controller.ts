import type { AdminItem } from '@portal/domain/content';
import { Body, Controller, Param, Patch, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AdminItemDto } from '../dto/admin-item.dto';
import { AdminRoute } from '@portal/api/auth';
import type { Actor } from '../content.types';
import { CreatePageDto, UpdatePageDto } from '../dto/content-input.dto';
import { ContentAdminService } from '../services/content-admin.service';
import { ContentReviewService } from '../services/content-review.service';
import { EditingActor } from './admin-actor';
import { createdItem, updatedItem } from './item-body';
import { ItemWorkflowController } from './item-workflow.controller';

@ApiTags('admin: pages')
@Controller('admin/pages')
export class AdminPagesController extends ItemWorkflowController {
  protected override readonly kind = 'page';

  constructor(content: ContentAdminService, reviews: ContentReviewService) {
    super(content, reviews);
  }

  @Post()
  @ApiCreatedResponse({ type: AdminItemDto })
  @AdminRoute('content.edit')
  @ApiConflictResponse({ description: 'The slug is taken' })
  create(@Body() body: CreatePageDto, @EditingActor() actor: Actor): Promise<AdminItem> {
    return this.content.create('page', createdItem(body), actor);
  }

  @Patch(':id')
  @ApiOkResponse({ type: AdminItemDto })
  @AdminRoute('content.edit')
  @ApiConflictResponse({ description: 'Someone saved in between; the body has currentVersion' })
  update(
    @Param('id') id: string,
    @Body() body: UpdatePageDto,
    @EditingActor() actor: Actor,
  ): Promise<AdminItem> {
    return this.content.update('page', id, body.version, updatedItem(body), actor);
  }
}
