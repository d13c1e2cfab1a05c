import { ApiProperty } from '@nestjs/swagger';
import type { HealthPayload } from '@portal/domain/content';

const DATABASE_KINDS: readonly HealthPayload['database'][] = ['pglite', 'postgres'];

/** What `GET /api/health` answers; `health.dto.spec.ts` holds it to `HealthPayload`. */
export class HealthDto implements HealthPayload {
  @ApiProperty({ enum: ['ok'] })
  readonly status!: 'ok';

  @ApiProperty({ enum: DATABASE_KINDS, description: 'The database engine in use' })
  readonly database!: HealthPayload['database'];

  @ApiProperty({ description: 'Version of the API build' })
  readonly version!: string;
}
