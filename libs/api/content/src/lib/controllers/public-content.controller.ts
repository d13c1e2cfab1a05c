import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { LangQueryDto } from '@portal/api/common';
import type {
  CountryDetail,
  CountrySummary,
  FieldOperationDetail,
  FieldOperationSummary,
  InstitutionDetail,
  InstitutionSummary,
  LocalizedList,
  NavigationItem,
  PagePayload,
  Paginated,
  ProgrammeDetail,
  ProgrammeListItem,
  SearchHit,
} from '@portal/domain/content';
import {
  CountryDetailDto,
  CountryDocumentListDto,
  CountryListDto,
  FieldOperationDetailDto,
  FieldOperationListDto,
  InstitutionDetailDto,
  InstitutionListDto,
  NavigationItemDto,
  PageDto,
  ProgrammeDetailDto,
  ProgrammeListDto,
} from '../dto/public-content.dto';
import {
  CountriesQueryDto,
  FieldOperationsQueryDto,
  ProgrammesQueryDto,
  ReferenceListQueryDto,
} from '../dto/public-query.dto';
import { ContentPublicService } from '../services/content-public.service';
import { CountryDocumentsService } from '../services/country-documents.service';

/** What visitors read. Every answer says which locale it served. */
@ApiTags('content')
@Controller()
export class PublicContentController {
  constructor(
    private readonly content: ContentPublicService,
    private readonly countryDocuments: CountryDocumentsService,
  ) {}

  @Get('navigation')
  @ApiOkResponse({
    type: [NavigationItemDto],
    description:
      'The site menu as a tree, editorial pages only once published; Content-Language names the locale',
  })
  navigation(
    @Query() query: LangQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<NavigationItem[]> {
    // The contract's answer is the bare tree; every label exists in every locale.
    res.setHeader('Content-Language', query.lang);
    return this.content.navigation(query.lang);
  }

  @Get('countries')
  @ApiOkResponse({ type: CountryListDto })
  countries(@Query() query: CountriesQueryDto): LocalizedList<CountrySummary> {
    return this.content.countries(query.lang, query.group, query.page, query.size);
  }

  @Get('countries/:code')
  @ApiOkResponse({ type: CountryDetailDto })
  @ApiNotFoundResponse({ description: 'Unknown country code' })
  country(@Param('code') code: string, @Query() query: LangQueryDto): Promise<CountryDetail> {
    return this.content.country(code, query.lang);
  }

  @Get('countries/:code/documents')
  @ApiOkResponse({
    type: CountryDocumentListDto,
    description: 'Library documents search finds for the country, best first',
  })
  @ApiNotFoundResponse({ description: 'Unknown country code' })
  countryDocumentList(
    @Param('code') code: string,
    @Query() query: LangQueryDto,
  ): Promise<Paginated<SearchHit>> {
    return this.countryDocuments.documents(code, query.lang);
  }

  @Get('institutions')
  @ApiOkResponse({ type: InstitutionListDto })
  institutions(@Query() query: ReferenceListQueryDto): LocalizedList<InstitutionSummary> {
    return this.content.institutions(query.lang, query.page, query.size);
  }

  @Get('institutions/:slug')
  @ApiOkResponse({ type: InstitutionDetailDto })
  @ApiNotFoundResponse({ description: 'Unknown institution' })
  institution(
    @Param('slug') slug: string,
    @Query() query: LangQueryDto,
  ): Promise<InstitutionDetail> {
    return this.content.institution(slug, query.lang);
  }

  @Get('field-operations')
  @ApiOkResponse({ type: FieldOperationListDto })
  fieldOperations(@Query() query: FieldOperationsQueryDto): LocalizedList<FieldOperationSummary> {
    return this.content.fieldOperations(query.lang, query.status, query.page, query.size);
  }

  @Get('field-operations/:slug')
  @ApiOkResponse({ type: FieldOperationDetailDto })
  @ApiNotFoundResponse({ description: 'Unknown field operation' })
  fieldOperation(
    @Param('slug') slug: string,
    @Query() query: LangQueryDto,
  ): Promise<FieldOperationDetail> {
    return this.content.fieldOperation(slug, query.lang);
  }

  @Get('programmes')
  @ApiOkResponse({ type: ProgrammeListDto })
  programmes(@Query() query: ProgrammesQueryDto): Promise<LocalizedList<ProgrammeListItem>> {
    return this.content.programmes(query);
  }

  @Get('programmes/:slug')
  @ApiOkResponse({ type: ProgrammeDetailDto })
  @ApiNotFoundResponse({ description: 'Unknown or unpublished programme' })
  programme(@Param('slug') slug: string, @Query() query: LangQueryDto): Promise<ProgrammeDetail> {
    return this.content.programme(slug, query.lang);
  }

  @Get('pages/:slug')
  @ApiOkResponse({ type: PageDto })
  @ApiNotFoundResponse({ description: 'Unknown or unpublished page' })
  page(@Param('slug') slug: string, @Query() query: LangQueryDto): Promise<PagePayload> {
    return this.content.page(slug, query.lang);
  }
}
