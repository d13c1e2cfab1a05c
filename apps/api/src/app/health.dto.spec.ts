import { describeOpenApiContract } from '@portal/api/auth/testing';
import type { ShapeOf } from '@portal/api/common/testing';
import { DATABASE_KIND } from '@portal/api/database';
import type { HealthPayload } from '@portal/domain/content';
import { DataSource } from 'typeorm';
import { HealthController } from './health.controller';

/*
 * The keys of the shared payload type, written out so that the compiler checks them
 * against the type (`ShapeOf`), and this spec checks the OpenAPI document against them.
 */
const SHAPES = {
  HealthDto: {
    status: 'required',
    database: 'required',
    version: 'required',
  } satisfies ShapeOf<HealthPayload>,
};

describeOpenApiContract('health payload in the OpenAPI document', {
  controllers: [HealthController],
  providers: [
    { provide: DATABASE_KIND, useValue: 'pglite' },
    { provide: DataSource, useValue: {} },
  ],
  shapes: SHAPES,
  responses: [
    ['/api/health', 'get', '200', '#/components/schemas/HealthDto'],
    ['/api/health/ready', 'get', '200', '#/components/schemas/HealthDto'],
  ],
});
