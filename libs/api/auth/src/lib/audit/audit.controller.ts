import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuditListDto, AuditQueryDto } from '../dto/audit.dto';
import { AdminRoute } from '../guards/admin-route.decorator';
import { AuditService } from './audit.service';

/** The whole log, client addresses included, is for admins; item history is in the revisions. */
@ApiTags('admin: audit')
@AdminRoute('audit')
@Controller('admin/audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @ApiOkResponse({ type: AuditListDto })
  list(@Query() query: AuditQueryDto): Promise<AuditListDto> {
    return this.audit.list(query, { withIp: true }) as Promise<AuditListDto>;
  }
}
