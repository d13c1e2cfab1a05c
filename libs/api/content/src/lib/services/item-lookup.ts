import type { AdminItem, ContentKind } from '@portal/domain/content';
import { EntityManager } from 'typeorm';
import { NotFoundError } from '@portal/api/common';
import { ContentItemEntity } from '../entities/content-item.entity';
import { ContentTranslationEntity } from '../entities/content-translation.entity';
import { toAdminItem } from './admin-item.mapper';
import { isReferenceKind } from './content-index.service';
import { KIND_LABEL } from './kind-label';
import { referenceKey } from './reference-data';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The item a URL names: by code or slug for reference data, else by id or slug; 404 if none. */
export async function findItem(
  manager: EntityManager,
  kind: ContentKind,
  ref: string,
): Promise<ContentItemEntity> {
  let item: ContentItemEntity | null = null;
  if (isReferenceKind(kind)) {
    const key = referenceKey(kind, ref);
    item = key ? await manager.findOne(ContentItemEntity, { where: { kind, key } }) : null;
  } else if (UUID.test(ref)) {
    item = await manager.findOne(ContentItemEntity, { where: { kind, id: ref.toLowerCase() } });
  } else if (ref.length <= 80) {
    item = await manager.findOne(ContentItemEntity, { where: { kind, key: ref } });
  }
  if (!item) throw new NotFoundError(`${KIND_LABEL[kind]} ${ref.slice(0, 100)}`);
  return item;
}

/** The item as it stands in this transaction, with all its translations. */
export async function loadAdminItem(
  manager: EntityManager,
  item: ContentItemEntity,
): Promise<AdminItem> {
  const fresh = (await manager.findOne(ContentItemEntity, { where: { id: item.id } })) ?? item;
  const translations = await manager.find(ContentTranslationEntity, {
    where: { itemId: item.id },
  });
  return toAdminItem(fresh, translations);
}

/** The item's translations, locked until the transaction ends (publishing writes them). */
export async function lockTranslations(
  manager: EntityManager,
  itemId: string,
): Promise<ContentTranslationEntity[]> {
  return manager
    .createQueryBuilder(ContentTranslationEntity, 't')
    .where('t.item_id = :itemId', { itemId })
    .setLock('pessimistic_write')
    .getMany();
}
