import { applyDecorators, HttpCode, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiParam } from '@nestjs/swagger';
import { AdminRoute, type Permission } from '@portal/api/auth';
import { LOCALES } from '@portal/domain/locales';
import { AdminItemDto } from '../dto/admin-item.dto';
import { STALE_VERSION } from './admin-actor';

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
