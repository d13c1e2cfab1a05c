import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { DomainError } from '@portal/api/common';
import { DATABASE_KIND, DatabaseKind } from '@portal/api/database';
import type { HealthPayload } from '@portal/domain/content';
import { HealthDto } from './health.dto';
import { API_VERSION as version } from './version';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(DATABASE_KIND) private readonly kind: DatabaseKind,
    private readonly dataSource: DataSource,
  ) {}

  /** Liveness: the process answers. */
  @Get()
  @ApiOkResponse({ type: HealthDto, description: 'The process answers' })
  health(): HealthPayload {
    return { status: 'ok', database: this.kind, version };
  }

  /** Readiness: the database answers a query, so a load balancer can route here. */
  @Get('ready')
  @ApiOkResponse({ type: HealthDto, description: 'The database answers too' })
  @ApiServiceUnavailableResponse({ description: 'The database does not answer' })
  async ready(): Promise<HealthPayload> {
    try {
      await this.dataSource.query('SELECT 1');
    } catch {
      throw new DomainError('unavailable', 'The database does not answer');
    }
    return this.health();
  }
}
