import type { ShapeOf } from '@portal/api/common/testing';
import type { LoginResponse, SessionUser } from '@portal/domain/content';
import { describeOpenApiContract } from '../../testing';
import { AuthController } from '../login/auth.controller';
import { AuthService } from '../login/auth.service';

/*
 * The keys of each shared payload type, written out so that the compiler checks them
 * against the type (`ShapeOf`), and this spec checks the OpenAPI document against them.
 */
const SHAPES = {
  TokenResponseDto: {
    accessToken: 'required',
    refreshToken: 'required',
    expiresIn: 'required',
    user: 'required',
  } satisfies ShapeOf<LoginResponse>,
  AuthUserDto: {
    id: 'required',
    email: 'required',
    role: 'required',
  } satisfies ShapeOf<SessionUser>,
};

describeOpenApiContract(
  'sign-in payloads in the OpenAPI document',
  {
    controllers: [AuthController],
    providers: [{ provide: AuthService, useValue: {} }],
    shapes: SHAPES,
    responses: [
      ['/api/auth/login', 'post', '200', '#/components/schemas/TokenResponseDto'],
      ['/api/auth/refresh', 'post', '200', '#/components/schemas/TokenResponseDto'],
      ['/api/auth/me', 'get', '200', '#/components/schemas/AuthUserDto'],
    ],
    // Signing out answers 204 No Content.
    exempt: (operation) => operation === 'post /api/auth/logout',
  },
  (document) => {
    it('describes the signed-in user of a token response as AuthUserDto', () => {
      const schema = document().components?.schemas?.['TokenResponseDto'] as {
        properties: Record<string, { $ref?: string }>;
      };
      expect(schema.properties['user']?.$ref).toBe('#/components/schemas/AuthUserDto');
    });
  },
);
