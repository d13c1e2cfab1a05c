import type { ShapeOf } from '@portal/api/common/testing';
import type { AdminUser, Paginated } from '@portal/domain/content';
import { describeOpenApiContract } from '../../testing';
import { UsersController } from '../users/users.controller';
import { UsersService } from '../users/users.service';

/*
 * The keys of each shared payload type, written out so that the compiler checks them
 * against the type (`ShapeOf`), and this spec checks the OpenAPI document against them.
 */
const SHAPES = {
  UserDto: {
    id: 'required',
    email: 'required',
    role: 'required',
    disabled: 'required',
    lastLoginAt: 'required',
    createdAt: 'required',
    updatedAt: 'required',
  } satisfies ShapeOf<AdminUser>,
  UserListDto: {
    items: 'required',
    total: 'required',
    page: 'required',
    size: 'required',
  } satisfies ShapeOf<Paginated<AdminUser>>,
};

describeOpenApiContract(
  'staff account payloads in the OpenAPI document',
  {
    controllers: [UsersController],
    providers: [{ provide: UsersService, useValue: {} }],
    shapes: SHAPES,
    responses: [
      ['/api/admin/users', 'get', '200', '#/components/schemas/UserListDto'],
      ['/api/admin/users', 'post', '201', '#/components/schemas/UserDto'],
      ['/api/admin/users/{id}', 'get', '200', '#/components/schemas/UserDto'],
      ['/api/admin/users/{id}', 'patch', '200', '#/components/schemas/UserDto'],
    ],
  },
  (document) => {
    it('says a user who never signed in has no last sign-in time', () => {
      const schema = document().components?.schemas?.['UserDto'] as {
        properties: Record<string, { nullable?: boolean }>;
      };
      expect(schema.properties['lastLoginAt']?.nullable).toBe(true);
    });
  },
);
