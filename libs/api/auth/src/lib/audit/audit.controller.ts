import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuditListDto, AuditQueryDto } from '../dto/audit.dto';
import { AdminRoute } from '../guards/admin-route.decorator';
import { CurrentUser } from '../guards/current-user.decorator';
import type { AuthUser } from '../roles';
import { AuditService } from './audit.service';

/**
 * Editors may read the log too: it is how they see who changed the content they share.
 * Client addresses are personal data that only admins need, so editors get them blank.
 */
@ApiTags('admin: audit')
@AdminRoute('editor')
@Controller('admin/audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @ApiOkResponse({ type: AuditListDto })
  list(@Query() query: AuditQueryDto, @CurrentUser() viewer: AuthUser): Promise<AuditListDto> {
    return this.audit.list(query, { withIp: viewer.role === 'admin' }) as Promise<AuditListDto>;
  }
}
