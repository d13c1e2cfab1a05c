import type { AdminItem } from '@portal/domain/content';
import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AdminRoute } from '@portal/api/auth';
import type { Actor } from '../content.types';
import { CreatePageDto, UpdatePageDto } from '../dto/content-input.dto';
import { EditingActor } from './admin-actor';
import { createdItem, updatedItem } from './item-body';
import { CreateItem, SaveItem } from './item-routes';
import { ItemWorkflowController } from './item-workflow.controller';

@ApiTags('admin: pages')
@Controller('admin/pages')
export class AdminPagesController extends ItemWorkflowController {
  protected override readonly kind = 'page';

  @CreateItem()
  create(@Body() body: CreatePageDto, @EditingActor() actor: Actor): Promise<AdminItem> {
    return this.content.create('page', createdItem(body), actor);
  }

  @SaveItem(':id')
  @AdminRoute('content.edit')
  update(
    @Param('id') id: string,
    @Body() body: UpdatePageDto,
    @EditingActor() actor: Actor,
  ): Promise<AdminItem> {
    return this.content.update('page', id, body.version, updatedItem(body), actor);
  }
}
