import type {
  AdminItem,
  AdminItemList,
  RevisionDetail,
  RevisionDiff,
  RevisionSummary,
} from '@portal/domain/content';
import { Body, Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import {
  AdminItemDto,
  AdminItemListDto,
  RevisionDetailDto,
  RevisionDiffDto,
  RevisionSummaryDto,
} from '../dto/admin-item.dto';
import { PageQueryDto } from '@portal/api/common';
import { AdminRoute } from '@portal/api/auth';
import { REFERENCE_KIND_PATHS } from '../content.types';
import type { Actor, ReferenceKind } from '../content.types';
import {
  REFERENCE_PATHS,
  ReferenceKeyParamsDto,
  ReferenceKindParamDto,
  ReferenceRevisionParamsDto,
} from '../dto/admin-query.dto';
import {
  DiffQueryDto,
  PublishDto,
  RestoreDto,
  UnpublishDto,
  UpdateReferenceDto,
} from '../dto/content-input.dto';
import { ContentAdminService } from '../services/content-admin.service';
import { EditingActor } from './admin-actor';
import { ItemStep, SaveItem } from './item-routes';

function kindOf(param: ReferenceKindParamDto): ReferenceKind {
  return REFERENCE_KIND_PATHS[param.kind];
}

/**
 * Descriptions of reference data (countries by ISO code, institutions and field operations
 * by slug). The items themselves come from the domain constants, so there is no create or
 * delete here.
 */
@ApiTags('admin: reference data')
@AdminRoute('reference')
@ApiParam({ name: 'kind', enum: REFERENCE_PATHS })
@Controller('admin/reference/:kind')
export class AdminReferenceController {
  constructor(private readonly content: ContentAdminService) {}

  @Get()
  @ApiOkResponse({ type: AdminItemListDto })
  list(
    @Param() param: ReferenceKindParamDto,
    @Query() query: PageQueryDto,
  ): Promise<AdminItemList> {
    return this.content.list(kindOf(param), query.page, query.size);
  }

  @Get(':key')
  @ApiOkResponse({ type: AdminItemDto })
  get(@Param() param: ReferenceKeyParamsDto): Promise<AdminItem> {
    return this.content.get(kindOf(param), param.key);
  }

  @SaveItem(':key')
  update(
    @Param() param: ReferenceKeyParamsDto,
    @Body() body: UpdateReferenceDto,
    @EditingActor() actor: Actor,
  ): Promise<AdminItem> {
    return this.content.update(
      kindOf(param),
      param.key,
      body.version,
      {
        sourceLocale: body.sourceLocale,
        translations: body.translations,
        removeTranslations: body.removeTranslations,
      },
      actor,
    );
  }

  @ItemStep(':key/publish')
  publish(
    @Param() param: ReferenceKeyParamsDto,
    @Body() body: PublishDto,
    @EditingActor() actor: Actor,
  ): Promise<AdminItem> {
    return this.content.publish(
      kindOf(param),
      param.key,
      body.version,
      { locales: body.locales, publishAt: body.publishAt },
      actor,
    );
  }

  @ItemStep(':key/unpublish')
  unpublish(
    @Param() param: ReferenceKeyParamsDto,
    @Body() body: UnpublishDto,
    @EditingActor() actor: Actor,
  ): Promise<AdminItem> {
    return this.content.unpublish(kindOf(param), param.key, body.version, body.locales, actor);
  }

  @Get(':key/revisions')
  @ApiOkResponse({ type: [RevisionSummaryDto] })
  revisions(@Param() param: ReferenceKeyParamsDto): Promise<RevisionSummary[]> {
    return this.content.revisions(kindOf(param), param.key);
  }

  @Get(':key/revisions/diff')
  @ApiOkResponse({ type: RevisionDiffDto })
  diff(@Param() param: ReferenceKeyParamsDto, @Query() query: DiffQueryDto): Promise<RevisionDiff> {
    return this.content.diff(kindOf(param), param.key, query.from, query.to);
  }

  @Get(':key/revisions/:rev')
  @ApiOkResponse({ type: RevisionDetailDto })
  revision(@Param() param: ReferenceRevisionParamsDto): Promise<RevisionDetail> {
    return this.content.revision(kindOf(param), param.key, param.rev);
  }

  @ItemStep(':key/revisions/:rev/restore')
  restore(
    @Param() param: ReferenceRevisionParamsDto,
    @Body() body: RestoreDto,
    @EditingActor() actor: Actor,
  ): Promise<AdminItem> {
    return this.content.restore(kindOf(param), param.key, param.rev, body.version, actor);
  }
}
