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
  CreatePageDto,
  DiffQueryDto,
  PublishDto,
  RestoreDto,
  UnpublishDto,
  UpdatePageDto,
} from '../dto/content-input.dto';
import { ContentAdminService } from '../services/content-admin.service';
import type {
  AdminItem,
  AdminItemList,
  RevisionDetail,
  RevisionDiff,
  RevisionSummary,
} from '../services/content-admin.service';
import { actorOf } from './admin-actor';

@ApiTags('admin: pages')
@AdminRoute('editor')
@Controller('admin/pages')
export class AdminPagesController {
  constructor(private readonly content: ContentAdminService) {}

  @Get()
  list(@Query() query: PageQueryDto): Promise<AdminItemList> {
    return this.content.list('page', query.page, query.size);
  }

  @Post()
  @ApiConflictResponse({ description: 'The slug is taken' })
  create(
    @Body() body: CreatePageDto,
    @CurrentUser() user: AuthUser,
    @ClientIp() ip: string,
  ): Promise<AdminItem> {
    return this.content.create(
      'page',
      { key: body.slug, sourceLocale: body.sourceLocale, translations: body.translations },
      actorOf(user, ip),
    );
  }

  @Get(':id')
  get(@Param('id') id: string): Promise<AdminItem> {
    return this.content.get('page', id);
  }

  @Patch(':id')
  @ApiConflictResponse({ description: 'Someone saved in between; the body has currentVersion' })
  update(
    @Param('id') id: string,
    @Body() body: UpdatePageDto,
    @CurrentUser() user: AuthUser,
    @ClientIp() ip: string,
  ): Promise<AdminItem> {
    return this.content.update(
      'page',
      id,
      body.version,
      {
        key: body.slug,
        sourceLocale: body.sourceLocale,
        translations: body.translations,
        removeTranslations: body.removeTranslations,
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
    await this.content.remove('page', id, actorOf(user, ip));
  }

  @Post(':id/publish')
  @HttpCode(200)
  publish(
    @Param('id') id: string,
    @Body() body: PublishDto,
    @CurrentUser() user: AuthUser,
    @ClientIp() ip: string,
  ): Promise<AdminItem> {
    return this.content.publish('page', id, body, actorOf(user, ip));
  }

  @Post(':id/unpublish')
  @HttpCode(200)
  unpublish(
    @Param('id') id: string,
    @Body() body: UnpublishDto,
    @CurrentUser() user: AuthUser,
    @ClientIp() ip: string,
  ): Promise<AdminItem> {
    return this.content.unpublish('page', id, body.locales, actorOf(user, ip));
  }

  @Get(':id/revisions')
  revisions(@Param('id') id: string): Promise<RevisionSummary[]> {
    return this.content.revisions('page', id);
  }

  @Get(':id/revisions/diff')
  diff(@Param('id') id: string, @Query() query: DiffQueryDto): Promise<RevisionDiff> {
    return this.content.diff('page', id, query.from, query.to);
  }

  @Get(':id/revisions/:rev')
  revision(
    @Param('id') id: string,
    @Param('rev', ParseIntPipe) rev: number,
  ): Promise<RevisionDetail> {
    return this.content.revision('page', id, rev);
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
    return this.content.restore('page', id, rev, body.version, actorOf(user, ip));
  }
}
