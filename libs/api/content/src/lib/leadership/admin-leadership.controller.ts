import { Body, Controller, Delete, Get, HttpCode, Param, Put } from '@nestjs/common';
import { ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import { AdminRoute } from '@portal/api/auth';
import type { AdminOfficeHolder, Paginated } from '@portal/domain/content';
import type { Actor } from '../content.types';
import { EditingActor } from '../controllers/admin-actor';
import { LeadershipService } from './leadership.service';
import { OfficeHolderDto } from './office-holder.dto';

/**
 * Office holders are reference data: the offices come from the domain constants, staff
 * record who holds each one. Guarded like the other reference data.
 */
@ApiTags('admin: reference data')
@AdminRoute('reference')
@Controller('admin/leadership')
export class AdminLeadershipController {
  constructor(private readonly leadership: LeadershipService) {}

  @Get()
  async list(): Promise<Paginated<AdminOfficeHolder>> {
    const items = await this.leadership.adminList();
    return { items, total: items.length, page: 1, size: items.length };
  }

  @Get(':office')
  @ApiNotFoundResponse({ description: 'Unknown office' })
  get(@Param('office') office: string): Promise<AdminOfficeHolder> {
    return this.leadership.adminGet(office);
  }

  @Put(':office')
  @ApiNotFoundResponse({ description: 'Unknown office' })
  set(
    @Param('office') office: string,
    @Body() body: OfficeHolderDto,
    @EditingActor() actor: Actor,
  ): Promise<AdminOfficeHolder> {
    return this.leadership.setHolder(
      office,
      {
        name: body.name,
        localNames: body.localNames ? { ...body.localNames } : undefined,
        since: body.since,
        sourceUrl: body.sourceUrl,
        note: body.note,
      },
      actor,
    );
  }

  @Delete(':office')
  @HttpCode(204)
  @ApiNotFoundResponse({ description: 'Unknown office, or no holder recorded' })
  remove(@Param('office') office: string, @EditingActor() actor: Actor): Promise<void> {
    return this.leadership.removeHolder(office, actor);
  }
}
