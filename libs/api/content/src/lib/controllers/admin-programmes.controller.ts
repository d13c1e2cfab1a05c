import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseIntPipe,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import { ApiConflictResponse, ApiTags } from '@nestjs/swagger';
import { PageQueryDto, ClientIp } from '@portal/api/common';
import { AdminRoute, CurrentUser } from '@portal/api/auth';
import type { AuthUser } from '@portal/api/auth';
import {
  CreateProgrammeDto,
  DiffQueryDto,
  PublishDto,
  RestoreDto,
  UnpublishDto,
  UpdateProgrammeDto,
} from '../dto/content-input.dto';
import { ContentAdminService } from '../services/content-admin.service';
import type {
  AdminItem,
  AdminItemList,
  RevisionDetail,
  RevisionDiff,
  RevisionSummary,
} from '../services/content-admin.service';
import type { ItemAttributes } from '../content.types';
import { actorOf } from './admin-actor';

@ApiTags('admin: programmes')
@AdminRoute('editor')
@Controller('admin/programmes')
export class AdminProgrammesController {
  constructor(private readonly content: ContentAdminService) {}

  @Get()
  list(@Query() query: PageQueryDto): Promise<AdminItemList> {
    return this.content.list('programme', query.page, query.size);
  }

  @Post()
  @ApiConflictResponse({ description: 'The slug is taken' })
  create(
    @Body() body: CreateProgrammeDto,
    @CurrentUser() user: AuthUser,
    @ClientIp() ip: string,
  ): Promise<AdminItem> {
    return this.content.create(
      'programme',
      {
        key: body.slug,
        sourceLocale: body.sourceLocale,
        translations: body.translations,
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

  @Get(':id')
  get(@Param('id') id: string): Promise<AdminItem> {
    return this.content.get('programme', id);
  }

  @Patch(':id')
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
      {
        key: body.slug,
        sourceLocale: body.sourceLocale,
        translations: body.translations,
        removeTranslations: body.removeTranslations,
        attributes: programmeChanges(body),
      },
      actorOf(user, ip),
    );
  }

  @Delete(':id')
  @HttpCode(204)
  async remove(
    @Param('id') id: string,
    @CurrentUser() user: AuthUser,
    @ClientIp() ip: string,
  ): Promise<void> {
    await this.content.remove('programme', id, actorOf(user, ip));
  }

  @Post(':id/publish')
  @HttpCode(200)
  publish(
    @Param('id') id: string,
    @Body() body: PublishDto,
    @CurrentUser() user: AuthUser,
    @ClientIp() ip: string,
  ): Promise<AdminItem> {
    return this.content.publish('programme', id, body, actorOf(user, ip));
  }

  @Post(':id/unpublish')
  @HttpCode(200)
  unpublish(
    @Param('id') id: string,
    @Body() body: UnpublishDto,
    @CurrentUser() user: AuthUser,
    @ClientIp() ip: string,
  ): Promise<AdminItem> {
    return this.content.unpublish('programme', id, body.locales, actorOf(user, ip));
  }

  @Get(':id/revisions')
  revisions(@Param('id') id: string): Promise<RevisionSummary[]> {
    return this.content.revisions('programme', id);
  }

  @Get(':id/revisions/diff')
  diff(@Param('id') id: string, @Query() query: DiffQueryDto): Promise<RevisionDiff> {
    return this.content.diff('programme', id, query.from, query.to);
  }

  @Get(':id/revisions/:rev')
  revision(
    @Param('id') id: string,
    @Param('rev', ParseIntPipe) rev: number,
  ): Promise<RevisionDetail> {
    return this.content.revision('programme', id, rev);
  }

  @Post(':id/revisions/:rev/restore')
  @HttpCode(200)
  restore(
    @Param('id') id: string,
    @Param('rev', ParseIntPipe) rev: number,
    @Body() body: RestoreDto,
    @CurrentUser() user: AuthUser,
    @ClientIp() ip: string,
  ): Promise<AdminItem> {
    return this.content.restore('programme', id, rev, body.version, actorOf(user, ip));
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
