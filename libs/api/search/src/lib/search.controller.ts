import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RateLimited } from '@portal/api/common';
import type { SearchResponse, SearchSuggestion } from '@portal/domain/content';
import { SearchQueryDto, SuggestQueryDto } from './search-query.dto';
import { SearchResponseDto, SearchSuggestionDto } from './search-response.dto';
import { SearchService } from './search.service';

@ApiTags('search')
@Controller('search')
export class SearchController {
  constructor(private readonly search: SearchService) {}

  @Get()
  @RateLimited('search')
  @ApiOperation({ summary: 'Full-text search over everything published, in all six languages' })
  @ApiOkResponse({
    type: SearchResponseDto,
    description: 'Hits (one per item), facets, did-you-mean',
  })
  find(@Query() query: SearchQueryDto): Promise<SearchResponse> {
    return this.search.search({
      q: query.q,
      lang: query.lang,
      type: query.type,
      country: query.country,
      page: query.page,
      size: query.size,
    });
  }

  @Get('suggest')
  @RateLimited('suggest')
  @ApiOperation({ summary: 'Suggestions while typing: titles and word completions' })
  @ApiOkResponse({ type: [SearchSuggestionDto] })
  suggest(@Query() query: SuggestQueryDto): Promise<SearchSuggestion[]> {
    return this.search.suggest({ q: query.q, lang: query.lang });
  }
}
