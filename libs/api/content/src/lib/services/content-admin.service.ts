import type {
  AdminItem,
  AdminItemList,
  ContentKind,
  ItemInput,
  PublishOptions,
  RevisionDetail,
  RevisionDiff,
  RevisionSummary,
  TranslationSnapshot,
} from '@portal/domain/content';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { Locale } from '@portal/domain/locales';
import type { Actor } from '../content.types';
import { ContentItemEntity } from '../entities/content-item.entity';
import { ContentRevisionEntity } from '../entities/content-revision.entity';
import { ContentTranslationEntity } from '../entities/content-translation.entity';
import { toAdminItem, toRevisionSummary } from './admin-item.mapper';
import type { HistoryViewer } from './item-history';
import { ContentIndexService } from './content-index.service';
import { CONTENT_AUDIT_WRITER } from './content-ports';
import type { ContentAuditWriter } from './content-ports';
import { diffSnapshots } from './content-snapshot';
import { checkHistoryViewer, findRevision } from './item-history';
import { findItem, loadAdminItem } from './item-lookup';
import { ItemPublishing } from './item-publishing';
import { lockExpectedVersion } from './item-version';
import { ItemWriter } from './item-writer';

export { SYSTEM_ACTOR } from './item-audit';

/**
 * Editorial side of every content kind: CRUD with revisions, optimistic locking, per-locale
 * workflow and translation health. Every write is one transaction that also updates the
 * search index and the audit log; the writing itself is done by `ItemWriter` (create,
 * change, delete) and `ItemPublishing`, the rules by `item-change.ts` and
 * `item-attributes.ts`, the shapes by `admin-item.mapper.ts`.
 */
@Injectable()
export class ContentAdminService {
  private readonly writer: ItemWriter;
  private readonly publishing: ItemPublishing;

  constructor(
    private readonly dataSource: DataSource,
    private readonly index: ContentIndexService,
    @Inject(CONTENT_AUDIT_WRITER) audit: ContentAuditWriter,
  ) {
    this.writer = new ItemWriter(index, audit);
    this.publishing = new ItemPublishing(audit);
  }

  async list(kind: ContentKind, page = 1, size = 20): Promise<AdminItemList> {
    return this.dataSource.transaction(async (manager) => {
      const [items, total] = await manager.findAndCount(ContentItemEntity, {
        where: { kind },
        order: { key: 'ASC' },
        skip: (page - 1) * size,
        take: size,
      });
      const translations = items.length
        ? await manager
            .createQueryBuilder(ContentTranslationEntity, 't')
            .where('t.item_id IN (:...ids)', { ids: items.map((i) => i.id) })
            .getMany()
        : [];
      return {
        items: items.map((item) =>
          toAdminItem(
            item,
            translations.filter((t) => t.itemId === item.id),
          ),
        ),
        total,
        page,
        size,
      };
    });
  }

  async get(kind: ContentKind, ref: string): Promise<AdminItem> {
    return this.dataSource.transaction(async (manager) => {
      const item = await findItem(manager, kind, ref);
      return loadAdminItem(manager, item);
    });
  }

  async create(kind: ContentKind, input: ItemInput, actor: Actor): Promise<AdminItem> {
    return this.dataSource.transaction((manager) => this.createIn(manager, kind, input, actor));
  }

  /** Creation inside a caller's transaction (the seeder uses it): the writer's, as it is. */
  async createIn(...args: Parameters<ItemWriter['create']>): Promise<AdminItem> {
    return this.writer.create(...args);
  }

  async update(
    kind: ContentKind,
    ref: string,
    version: number,
    input: ItemInput,
    actor: Actor,
  ): Promise<AdminItem> {
    return this.dataSource.transaction(async (manager) => {
      const item = await findItem(manager, kind, ref);
      return this.writer.change(manager, item, {
        version,
        input,
        actor,
        action: 'update',
        replaceAttributes: false,
      });
    });
  }

  async remove(kind: ContentKind, ref: string, actor: Actor): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const item = await findItem(manager, kind, ref);
      await this.writer.remove(manager, item, actor);
    });
  }

  /** Publishes or schedules revision `version`, the one the editor reviewed; 409 otherwise. */
  async publish(
    kind: ContentKind,
    ref: string,
    version: number,
    options: PublishOptions,
    actor: Actor,
  ): Promise<AdminItem> {
    return this.dataSource.transaction(async (manager) => {
      const item = await findItem(manager, kind, ref);
      await lockExpectedVersion(manager, item, version);
      await this.publishIn(manager, item, options, actor);
      await this.index.sync(manager, item.id);
      return loadAdminItem(manager, item);
    });
  }

  /** Publishes (or schedules) inside a caller's transaction; the caller re-indexes. */
  async publishIn(
    manager: EntityManager,
    item: ContentItemEntity,
    options: PublishOptions,
    actor: Actor,
    audit = true,
  ): Promise<void> {
    await this.publishing.publish(manager, item, options, actor, { audit });
  }

  async unpublish(
    kind: ContentKind,
    ref: string,
    version: number,
    locales: Locale[] | undefined,
    actor: Actor,
  ): Promise<AdminItem> {
    return this.dataSource.transaction(async (manager) => {
      const item = await findItem(manager, kind, ref);
      await lockExpectedVersion(manager, item, version);
      await this.publishing.unpublish(manager, item, locales, actor);
      await this.index.sync(manager, item.id);
      return loadAdminItem(manager, item);
    });
  }

  async revisions(
    kind: ContentKind,
    ref: string,
    viewer?: HistoryViewer,
  ): Promise<RevisionSummary[]> {
    return this.dataSource.transaction(async (manager) => {
      const item = await findItem(manager, kind, ref);
      await checkHistoryViewer(manager, item, viewer);
      const revisions = await manager.find(ContentRevisionEntity, {
        where: { itemId: item.id },
        order: { number: 'DESC' },
      });
      return revisions.map((r) => toRevisionSummary(r));
    });
  }

  async revision(
    kind: ContentKind,
    ref: string,
    number: number,
    viewer?: HistoryViewer,
  ): Promise<RevisionDetail> {
    return this.dataSource.transaction(async (manager) => {
      const item = await findItem(manager, kind, ref);
      await checkHistoryViewer(manager, item, viewer);
      const revision = await findRevision(manager, item.id, number);
      return { ...toRevisionSummary(revision), snapshot: revision.snapshot };
    });
  }

  async diff(
    kind: ContentKind,
    ref: string,
    from: number,
    to: number,
    viewer?: HistoryViewer,
  ): Promise<RevisionDiff> {
    return this.dataSource.transaction(async (manager) => {
      const item = await findItem(manager, kind, ref);
      await checkHistoryViewer(manager, item, viewer);
      const a = await findRevision(manager, item.id, from);
      const b = await findRevision(manager, item.id, to);
      return { from, to, changes: diffSnapshots(a.snapshot, b.snapshot) };
    });
  }

  /** Brings back the editorial state of revision `number` as a new revision. */
  async restore(
    kind: ContentKind,
    ref: string,
    number: number,
    version: number,
    actor: Actor,
  ): Promise<AdminItem> {
    return this.dataSource.transaction(async (manager) => {
      const item = await findItem(manager, kind, ref);
      const revision = await findRevision(manager, item.id, number);
      const snapshot = revision.snapshot;
      const current = await manager.find(ContentTranslationEntity, { where: { itemId: item.id } });
      const input: ItemInput = {
        key: snapshot.key,
        sourceLocale: snapshot.sourceLocale,
        attributes: snapshot.attributes,
        translations: snapshot.translations,
        removeTranslations: current
          .map((t) => t.locale)
          .filter((locale) => !snapshot.translations[locale]),
      };
      return this.writer.change(manager, item, {
        version,
        input,
        actor,
        action: 'restore',
        replaceAttributes: true,
        auditDetails: { restoredFrom: number },
      });
    });
  }

  /** The item a URL names, in the caller's transaction (404 if none). */
  findItem(manager: EntityManager, kind: ContentKind, ref: string): Promise<ContentItemEntity> {
    return findItem(manager, kind, ref);
  }

  /** A viewer limited to their own items must have written one of the item's revisions. */
  checkHistoryViewer(
    manager: EntityManager,
    item: ContentItemEntity,
    viewer: HistoryViewer | undefined,
  ): Promise<void> {
    return checkHistoryViewer(manager, item, viewer);
  }

  load(manager: EntityManager, item: ContentItemEntity): Promise<AdminItem> {
    return loadAdminItem(manager, item);
  }

  toAdmin(item: ContentItemEntity, translations: readonly ContentTranslationEntity[]): AdminItem {
    return toAdminItem(item, translations);
  }
}

export type { TranslationSnapshot };
