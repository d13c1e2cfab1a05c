import type { AdminItem, ItemAttributes } from '@portal/domain/content';
import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AdminRoute } from '@portal/api/auth';
import type { Actor } from '../content.types';
import { CreateProgrammeDto, UpdateProgrammeDto } from '../dto/content-input.dto';
import { EditingActor } from './admin-actor';
import { createdItem, updatedItem } from './item-body';
import { CreateItem, SaveItem } from './item-routes';
import { ItemWorkflowController } from './item-workflow.controller';

@ApiTags('admin: programmes')
@Controller('admin/programmes')
export class AdminProgrammesController extends ItemWorkflowController {
  protected override readonly kind = 'programme';

  @CreateItem()
  create(@Body() body: CreateProgrammeDto, @EditingActor() actor: Actor): Promise<AdminItem> {
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
      actor,
    );
  }

  @SaveItem(':id')
  @AdminRoute('content.edit')
  update(
    @Param('id') id: string,
    @Body() body: UpdateProgrammeDto,
    @EditingActor() actor: Actor,
  ): Promise<AdminItem> {
    return this.content.update(
      'programme',
      id,
      body.version,
      { ...updatedItem(body), attributes: programmeChanges(body) },
      actor,
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
