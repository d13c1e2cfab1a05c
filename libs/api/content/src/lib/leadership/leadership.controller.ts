import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { LangQueryDto } from '@portal/api/common';
import type { LeadershipOfficePayload, Paginated } from '@portal/domain/content';
import { LeadershipListDto } from './leadership-office.dto';
import { LeadershipService } from './leadership.service';

/** The leadership offices and who holds them, as visitors read them. */
@ApiTags('content')
@Controller('leadership')
export class LeadershipController {
  constructor(private readonly leadership: LeadershipService) {}

  @Get()
  @ApiOkResponse({
    type: LeadershipListDto,
    description: 'Every office, heads first, with its current holder if known',
  })
  async list(@Query() query: LangQueryDto): Promise<Paginated<LeadershipOfficePayload>> {
    const items = await this.leadership.offices(query.lang);
    return { items, total: items.length, page: 1, size: items.length };
  }
}
