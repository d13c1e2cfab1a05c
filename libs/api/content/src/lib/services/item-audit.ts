import { EntityManager } from 'typeorm';
import type { Actor } from '../content.types';
import type { ContentItemEntity } from '../entities/content-item.entity';
import type { ContentAuditWriter } from './content-ports';

/** Who the seeder and other automatic changes act as. */
export const SYSTEM_ACTOR: Actor = { id: 'system', email: 'system' };

/** One audit entry for a change to an item, written in the change's transaction. */
export async function recordItemAudit(
  audit: ContentAuditWriter,
  manager: EntityManager,
  entry: {
    readonly actor: Actor;
    readonly action: string;
    readonly item: ContentItemEntity;
    readonly details: Record<string, unknown>;
  },
): Promise<void> {
  const { actor, action, item, details } = entry;
  await audit.record(
    {
      // The system is no user: its entries name no actor.
      actor: actor.id === SYSTEM_ACTOR.id ? null : { id: actor.id, email: actor.email },
      action,
      itemType: item.kind,
      itemId: item.id,
      ip: actor.ip,
      details: { key: item.key, ...details },
    },
    manager,
  );
}
