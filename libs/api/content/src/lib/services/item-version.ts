import type { EntityManager } from 'typeorm';
import { ConflictError, NotFoundError } from '@portal/api/common';
import type { ContentItemEntity } from '../entities/content-item.entity';
import { KIND_LABEL } from './kind-label';
import { returnedRows } from './returned-rows';

/**
 * Checks that the item is still at the version the editor saw, and holds its row until the
 * transaction ends. Every change an editor makes (save, publish, unpublish, schedule,
 * restore) goes through here: locking before comparing serialises two editors acting at
 * once, so the second one reads what the first one wrote and gets a 409 naming `version`.
 */
export async function lockExpectedVersion(
  manager: EntityManager,
  item: ContentItemEntity,
  expected: number,
): Promise<void> {
  const locked = returnedRows<{ version: number }>(
    await manager.query(`SELECT version FROM content_item WHERE id = $1 FOR UPDATE`, [item.id]),
  );
  const currentVersion = locked[0]?.version;
  const label = KIND_LABEL[item.kind];
  if (currentVersion === undefined) throw new NotFoundError(`${label} ${item.key}`);
  if (currentVersion !== expected) {
    throw new ConflictError(
      `Someone saved this ${label.toLowerCase()} in the meantime (version ${currentVersion}); reload and apply your changes again`,
      { currentVersion },
      [
        {
          path: 'version',
          message: `version ${expected} is not the current version ${currentVersion}`,
        },
      ],
    );
  }
}
