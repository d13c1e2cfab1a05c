import { applyDecorators, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiParam } from '@nestjs/swagger';
import { AdminRoute, type Permission } from '@portal/api/auth';
import { LOCALES } from '@portal/domain/locales';
import { AdminItemDto } from '../dto/admin-item.dto';
import { STALE_VERSION } from './admin-actor';

/** `POST` creating an item: 201 with it, 409 when its slug is taken. */
export function CreateItem(): MethodDecorator {
  return applyDecorators(
    Post(),
    ApiCreatedResponse({ type: AdminItemDto }),
    AdminRoute('content.edit'),
    ApiConflictResponse({ description: 'The slug is taken' }),
  );
}

/** `PATCH` saving an item's fields: 200 with it, 409 when someone saved in between. */
export function SaveItem(path: string): MethodDecorator {
  return applyDecorators(
    Patch(path),
    ApiOkResponse({ type: AdminItemDto }),
    ApiConflictResponse({ description: 'Someone saved in between; the body has currentVersion' }),
  );
}

/**
 * A POST that moves an item on (publish, unpublish, restore, a review step) and answers 200
 * with the item; `conflict` says when it answers 409 instead.
 */
export function ItemStep(path: string, conflict = STALE_VERSION): MethodDecorator {
  return applyDecorators(
    Post(path),
    ApiOkResponse({ type: AdminItemDto }),
    ApiConflictResponse({ description: conflict }),
    HttpCode(200),
  );
}

/** A step of one language's review, `POST :id/translations/:locale/<step>`. */
export function ReviewStep(
  step: 'submit' | 'approve' | 'reject',
  permission: Permission,
  conflict: string,
): MethodDecorator {
  return applyDecorators(
    ItemStep(`:id/translations/:locale/${step}`, `${STALE_VERSION}; or ${conflict}`),
    AdminRoute(permission),
    ApiParam({ name: 'locale', enum: LOCALES }),
  );
}
