import type { AdminItem } from '@portal/domain/content';
import { Body, Controller, Param, Patch, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AdminItemDto } from '../dto/admin-item.dto';
import { ClientIp } from '@portal/api/common';
import { AdminRoute, CurrentUser } from '@portal/api/auth';
import type { AuthUser } from '@portal/api/auth';
import { CreatePageDto, UpdatePageDto } from '../dto/content-input.dto';
import { ContentAdminService } from '../services/content-admin.service';
import { ContentReviewService } from '../services/content-review.service';
import { actorOf } from './admin-actor';
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
  create(
    @Body() body: CreatePageDto,
    @CurrentUser() user: AuthUser,
    @ClientIp() ip: string,
  ): Promise<AdminItem> {
    return this.content.create('page', createdItem(body), actorOf(user, ip));
  }

  @Patch(':id')
  @ApiOkResponse({ type: AdminItemDto })
  @AdminRoute('content.edit')
  @ApiConflictResponse({ description: 'Someone saved in between; the body has currentVersion' })
  update(
    @Param('id') id: string,
    @Body() body: UpdatePageDto,
    @CurrentUser() user: AuthUser,
    @ClientIp() ip: string,
  ): Promise<AdminItem> {
    return this.content.update('page', id, body.version, updatedItem(body), actorOf(user, ip));
  }
}
