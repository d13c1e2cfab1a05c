import type {
  AdminItem,
  ContentKind,
  ItemInput,
  RevisionAction,
  TranslationInput,
} from '@portal/domain/content';
import { EntityManager, QueryFailedError } from 'typeorm';
import { ConflictError, InvalidInputError } from '@portal/api/common';
import { LOCALES } from '@portal/domain/locales';
import type { Actor } from '../content.types';
import { ContentItemEntity } from '../entities/content-item.entity';
import { ContentTranslationEntity } from '../entities/content-translation.entity';
import { toAdminItem } from './admin-item.mapper';
import { ContentIndexService, isReferenceKind } from './content-index.service';
import type { ContentAuditWriter } from './content-ports';
import { diffSnapshots, snapshotOf } from './content-snapshot';
import { recordItemAudit } from './item-audit';
import { checkAttributes, normaliseKey } from './item-attributes';
import { ItemChange, buildTranslation, workOutChange } from './item-change';
import { addRevision } from './item-history';
import { lockExpectedVersion } from './item-version';
import { KIND_LABEL } from './kind-label';

function isUniqueViolation(error: unknown): boolean {
  return (
    error instanceof QueryFailedError &&
    (error as QueryFailedError & { driverError?: { code?: string } }).driverError?.code === '23505'
  );
}

/** Saves the item; a key another item of its kind has is a conflict (409), not a crash. */
async function saveItem(manager: EntityManager, item: ContentItemEntity): Promise<void> {
  try {
    await manager.save(item);
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new ConflictError(`${KIND_LABEL[item.kind]} ${item.key} already exists`);
    }
    throw error;
  }
}

/** How the seeder creates: as its own action, unaudited, indexed by the seeder once it is done. */
export interface CreateOptions {
  readonly action?: RevisionAction;
  readonly audit?: boolean;
  readonly index?: boolean;
}

/**
 * Writes items inside the caller's transaction: creation, changes (updates and restores)
 * with their revision, and deletion, each with its audit entry and search index update.
 */
export class ItemWriter {
  constructor(
    private readonly index: ContentIndexService,
    private readonly audit: ContentAuditWriter,
  ) {}

  async create(
    manager: EntityManager,
    kind: ContentKind,
    input: ItemInput,
    actor: Actor,
    options: CreateOptions = {},
  ): Promise<AdminItem> {
    const action = options.action ?? 'create';
    const key = normaliseKey(kind, input.key);
    const translations = input.translations ?? {};
    const locales = LOCALES.filter((l) => translations[l]);
    const sourceLocale = input.sourceLocale ?? (locales.includes('en') ? 'en' : locales[0]);
    if (sourceLocale && locales.length > 0 && !translations[sourceLocale]) {
      throw InvalidInputError.field('sourceLocale', `there is no ${sourceLocale} translation`);
    }
    const attributes = checkAttributes(kind, input.attributes ?? {});
    const item = manager.create(ContentItemEntity, {
      kind,
      key,
      sourceLocale: sourceLocale ?? 'en',
      attributes,
      version: 1,
      updatedBy: actor.email,
    });
    await saveItem(manager, item);
    for (const locale of locales) {
      const t = buildTranslation(item.id, locale, translations[locale] as TranslationInput);
      t.changedRevision = 1;
      t.basedOnRevision = 1;
      await manager.save(t);
    }
    const saved = await manager.find(ContentTranslationEntity, { where: { itemId: item.id } });
    const snapshot = snapshotOf(item, saved);
    await addRevision(manager, {
      itemId: item.id,
      number: 1,
      action,
      actor,
      changes: diffSnapshots(null, snapshot),
      snapshot,
    });
    if (options.audit !== false) {
      await recordItemAudit(this.audit, manager, {
        actor,
        action: `${kind}.create`,
        item,
        details: { key },
      });
    }
    if (options.index !== false) await this.index.sync(manager, item.id);
    return toAdminItem(item, saved);
  }

  /** Applies a change to the version the editor saw (409 otherwise) as one new revision. */
  async change(
    manager: EntityManager,
    item: ContentItemEntity,
    change: ItemChange,
  ): Promise<AdminItem> {
    const { version, actor, action } = change;
    await lockExpectedVersion(manager, item, version);
    // The change is worked out in memory first: one that changes nothing writes nothing,
    // so it keeps the version and leaves no revision or audit entry behind.
    const newVersion = version + 1;
    const before = await manager.find(ContentTranslationEntity, { where: { itemId: item.id } });
    const beforeSnapshot = snapshotOf(item, before);
    const { after, removed, touched } = workOutChange(item, before, change.input, {
      newVersion,
      replaceAttributes: change.replaceAttributes,
    });
    const afterSnapshot = snapshotOf(item, after);
    const changes = diffSnapshots(beforeSnapshot, afterSnapshot);
    if (changes.length === 0 && touched.size === 0) return toAdminItem(item, before);

    for (const locale of removed) {
      await manager.delete(ContentTranslationEntity, { itemId: item.id, locale });
    }
    for (const t of touched) await manager.save(t);
    item.version = newVersion;
    item.updatedBy = actor.email;
    await saveItem(manager, item);
    await addRevision(manager, {
      itemId: item.id,
      number: newVersion,
      action,
      actor,
      changes,
      snapshot: afterSnapshot,
    });
    await recordItemAudit(this.audit, manager, {
      actor,
      action: `${item.kind}.${action}`,
      item,
      details: {
        ...change.auditDetails,
        version: newVersion,
        changedFields: changes.map((c) => c.field),
      },
    });
    await this.index.sync(manager, item.id);
    return toAdminItem(item, after);
  }

  /** Deletes a page or programme; reference data stays (its description is unpublished). */
  async remove(manager: EntityManager, item: ContentItemEntity, actor: Actor): Promise<void> {
    if (isReferenceKind(item.kind)) {
      throw new InvalidInputError(
        `${KIND_LABEL[item.kind]} ${item.key} is reference data and cannot be deleted; unpublish its description instead`,
      );
    }
    await manager.delete(ContentItemEntity, { id: item.id });
    await recordItemAudit(this.audit, manager, {
      actor,
      action: `${item.kind}.delete`,
      item,
      details: { key: item.key },
    });
    await this.index.remove(manager, item.kind, item.id);
  }
}
