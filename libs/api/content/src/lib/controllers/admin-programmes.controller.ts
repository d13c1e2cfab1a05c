import type { AdminItem, ItemAttributes } from '@portal/domain/content';
import { Body, Controller, Param, Patch, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AdminItemDto } from '../dto/admin-item.dto';
import { ClientIp } from '@portal/api/common';
import { AdminRoute, CurrentUser } from '@portal/api/auth';
import type { AuthUser } from '@portal/api/auth';
import { CreateProgrammeDto, UpdateProgrammeDto } from '../dto/content-input.dto';
import { ContentAdminService } from '../services/content-admin.service';
import { ContentReviewService } from '../services/content-review.service';
import { actorOf } from './admin-actor';
import { createdItem, updatedItem } from './item-body';
import { ItemWorkflowController } from './item-workflow.controller';

@ApiTags('admin: programmes')
@Controller('admin/programmes')
export class AdminProgrammesController extends ItemWorkflowController {
  protected override readonly kind = 'programme';

  constructor(content: ContentAdminService, reviews: ContentReviewService) {
    super(content, reviews);
  }

  @Post()
  @ApiCreatedResponse({ type: AdminItemDto })
  @AdminRoute('content.edit')
  @ApiConflictResponse({ description: 'The slug is taken' })
  create(
    @Body() body: CreateProgrammeDto,
    @CurrentUser() user: AuthUser,
    @ClientIp() ip: string,
  ): Promise<AdminItem> {
    return this.content.create(
      'programme',
      {
        ...createdItem(body),
        attributes: {
          category: body.category,
          activities: body.activities ?? [],
          fieldOperation: body.fieldOperation,
          countries: body.countries ?? [],
          startYear: body.startYear,
          endYear: body.endYear,
        },
      },
      actorOf(user, ip),
    );
  }

  @Patch(':id')
  @ApiOkResponse({ type: AdminItemDto })
  @AdminRoute('content.edit')
  @ApiConflictResponse({ description: 'Someone saved in between; the body has currentVersion' })
  update(
    @Param('id') id: string,
    @Body() body: UpdateProgrammeDto,
    @CurrentUser() user: AuthUser,
    @ClientIp() ip: string,
  ): Promise<AdminItem> {
    return this.content.update(
      'programme',
      id,
      body.version,
      { ...updatedItem(body), attributes: programmeChanges(body) },
      actorOf(user, ip),
    );
  }
}

/** Only the attributes the editor sent; the service merges them into the stored ones. */
function programmeChanges(body: UpdateProgrammeDto): ItemAttributes | undefined {
  const changes: ItemAttributes = {};
  if (body.category !== undefined) changes.category = body.category;
  if (body.activities !== undefined) changes.activities = body.activities;
  if (body.fieldOperation !== undefined) changes.fieldOperation = body.fieldOperation || undefined;
  if (body.countries !== undefined) changes.countries = body.countries;
  if (body.startYear !== undefined) changes.startYear = body.startYear;
  if (body.endYear !== undefined) changes.endYear = body.endYear;
  return Object.keys(changes).length ? changes : undefined;
}
