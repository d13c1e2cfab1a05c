import type { FieldChange, ItemSnapshot, RevisionAction } from '@portal/domain/content';
import { EntityManager } from 'typeorm';
import { ForbiddenError, NotFoundError } from '@portal/api/common';
import type { Actor } from '../content.types';
import type { ContentItemEntity } from '../entities/content-item.entity';
import { ContentRevisionEntity } from '../entities/content-revision.entity';

/** Who reads an item's history: everything, or only items they have written in. */
export interface HistoryViewer {
  readonly id: string;
  readonly allItems: boolean;
}

/** What one revision of an item records: who did what, which fields changed, the result. */
export interface RevisionRecord {
  readonly itemId: string;
  readonly number: number;
  readonly action: RevisionAction;
  readonly actor: Actor;
  readonly changes: readonly FieldChange[];
  readonly snapshot: ItemSnapshot;
}

export async function addRevision(manager: EntityManager, revision: RevisionRecord): Promise<void> {
  const { itemId, number, action, actor, changes, snapshot } = revision;
  await manager.insert(ContentRevisionEntity, {
    itemId,
    number,
    action,
    authorId: actor.id,
    authorEmail: actor.email,
    changedFields: changes.map((c) => c.field),
    snapshot,
  });
}

export async function findRevision(
  manager: EntityManager,
  itemId: string,
  number: number,
): Promise<ContentRevisionEntity> {
  const revision = Number.isInteger(number)
    ? await manager.findOne(ContentRevisionEntity, { where: { itemId, number } })
    : null;
  if (!revision) throw new NotFoundError(`Revision ${number}`);
  return revision;
}

/** A viewer limited to their own items must have written one of the item's revisions. */
export async function checkHistoryViewer(
  manager: EntityManager,
  item: ContentItemEntity,
  viewer: HistoryViewer | undefined,
): Promise<void> {
  if (!viewer || viewer.allItems) return;
  const wrote = await manager.exists(ContentRevisionEntity, {
    where: { itemId: item.id, authorId: viewer.id },
  });
  if (!wrote) throw new ForbiddenError('Only the history of items you have written in');
}
