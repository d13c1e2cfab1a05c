/// <reference types="jest" />
import type { ModuleMetadata } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { Test } from '@nestjs/testing';
import { RateLimitGuard } from '@portal/api/common';
import {
  responseRef,
  schemaShape,
  undocumentedResponses,
  type Presence,
} from '@portal/api/common/testing';
import { JwtAuthGuard } from '../guards/jwt-auth.guard';
import { RolesGuard } from '../guards/roles.guard';

type Method = Parameters<typeof responseRef>[2];

/**
 * The OpenAPI document of some controllers, built under `/api` as the API builds its own,
 * with fakes for their services; nothing is called, so the admin and rate-limit guards are
 * let through.
 */
export async function openApiDocumentOf({
  controllers,
  providers,
}: Pick<ModuleMetadata, 'controllers' | 'providers'>): Promise<OpenAPIObject> {
  const moduleRef = await Test.createTestingModule({ controllers, providers })
    .overrideGuard(JwtAuthGuard)
    .useValue({ canActivate: () => true })
    .overrideGuard(RolesGuard)
    .useValue({ canActivate: () => true })
    .overrideGuard(RateLimitGuard)
    .useValue({ canActivate: () => true })
    .compile();
  const app = moduleRef.createNestApplication({ logger: false });
  app.setGlobalPrefix('api');
  try {
    return SwaggerModule.createDocument(app, new DocumentBuilder().build());
  } finally {
    await app.close();
  }
}

export interface OpenApiContract extends Pick<ModuleMetadata, 'controllers' | 'providers'> {
  /** Each schema with the keys of the shared type it stands for (written with `ShapeOf`). */
  readonly shapes: Readonly<Record<string, Readonly<Record<string, Presence>>>>;
  /** `[path, method, status, schema]`: the response each operation declares. */
  readonly responses: readonly (readonly [string, Method, string, string])[];
  /** Operations (`method path`) that answer with something else than a shared payload. */
  readonly exempt?: (operation: string) => boolean;
}

/**
 * Tests that the OpenAPI document of `contract.controllers` describes each schema with the
 * keys of its shared payload type, each operation with its schema, and every read and write
 * with some schema. `more` adds tests of the same document.
 */
export function describeOpenApiContract(
  name: string,
  contract: OpenApiContract,
  more?: (document: () => OpenAPIObject) => void,
): void {
  describe(name, () => {
    let document: OpenAPIObject;

    beforeAll(async () => {
      document = await openApiDocumentOf(contract);
    });

    it.each(Object.entries(contract.shapes))(
      'describes %s with the keys of the shared type',
      (schema, keys) => {
        expect(schemaShape(document, schema)).toEqual(keys);
      },
    );

    it.each(contract.responses)('documents %s %s %s as %s', (path, method, status, ref) => {
      expect(responseRef(document, path, method, status)).toBe(ref);
    });

    it('gives every read and write a documented response', () => {
      const exempt = contract.exempt ?? (() => false);
      expect(undocumentedResponses(document).filter((op) => !exempt(op))).toEqual([]);
    });

    more?.(() => document);
  });
}
