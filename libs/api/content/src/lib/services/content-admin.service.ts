import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import {
  ConflictError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
} from '@portal/api/common';
import { findCountry } from '@portal/domain/countries';
import { findFieldOperation } from '@portal/domain/institutions';
import { LOCALES } from '@portal/domain/locales';
import type { Locale } from '@portal/domain/locales';
import { plainText, renderBody } from '../body/body-html.util';
import type { BodyFormat } from '../body/body-html.util';
import type {
  Actor,
  ContentKind,
  ItemAttributes,
  ItemSnapshot,
  TranslationSnapshot,
  TranslationStatus,
} from '../content.types';
import { ContentItemEntity } from '../entities/content-item.entity';
import { ContentRevisionEntity } from '../entities/content-revision.entity';
import type { RevisionAction } from '../entities/content-revision.entity';
import { ContentTranslationEntity } from '../entities/content-translation.entity';
import { ContentIndexService, isReferenceKind } from './content-index.service';
import { CONTENT_AUDIT_WRITER } from './content-ports';
import type { ContentAuditWriter } from './content-ports';
import { diffSnapshots, snapshotOf } from './content-snapshot';
import type { FieldChange } from './content-snapshot';
import { lockExpectedVersion } from './item-version';
import { KIND_LABEL } from './kind-label';
import { publishCopy, scheduleCopy, unpublishCopy } from './publication';
import { referenceKey } from './reference-data';
import { hasUnpublishedChanges, matchesPublishedCopy } from './translation-state';
import { PROGRAMME_CATEGORY_KEYS, isProgrammeActivity } from './programme-vocabulary';

export interface TranslationInput {
  title: string;
  summary?: string;
  body?: string;
  format?: BodyFormat;
  markUpToDate?: boolean;
}

/** What create, update and restore change; absent fields stay as they are. */
export interface ItemInput {
  key?: string;
  sourceLocale?: Locale;
  attributes?: ItemAttributes;
  translations?: Partial<Record<Locale, TranslationInput>>;
  removeTranslations?: Locale[];
}

export interface AdminTranslation {
  title: string;
  summary: string;
  body: string;
  format: BodyFormat;
  bodyHtml: string;
  status: TranslationStatus;
  publishAt: string | null;
  /** The revision a schedule will publish; saves after scheduling are not part of it. */
  scheduledRevision: number | null;
  publishedAt: string | null;
  /** The working copy differs from what visitors see. */
  hasUnpublishedChanges: boolean;
  /** Made from an older revision of the source locale. */
  outdated: boolean;
  changedRevision: number;
  basedOnRevision: number;
}

export interface AdminItem extends ItemAttributes {
  id: string;
  kind: ContentKind;
  /** Slug (pages, programmes, institutions, field operations) or ISO code (countries). */
  key: string;
  slug: string;
  sourceLocale: Locale;
  version: number;
  translations: Partial<Record<Locale, AdminTranslation>>;
  createdAt: string;
  updatedAt: string;
  updatedBy: string | null;
}

export interface AdminItemList {
  items: AdminItem[];
  total: number;
  page: number;
  size: number;
}

export interface RevisionSummary {
  number: number;
  action: RevisionAction;
  authorId: string | null;
  authorEmail: string | null;
  createdAt: string;
  changedFields: string[];
}

export interface RevisionDetail extends RevisionSummary {
  snapshot: ItemSnapshot;
}

export interface RevisionDiff {
  from: number;
  to: number;
  changes: FieldChange[];
}

/** Who reads an item's history: everything, or only items they have written in. */
export interface HistoryViewer {
  readonly id: string;
  readonly allItems: boolean;
}

export interface PublishOptions {
  locales?: Locale[];
  publishAt?: string;
}

/** Who the seeder and other automatic changes act as. */
export const SYSTEM_ACTOR: Actor = { id: 'system', email: 'system' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function isUniqueViolation(error: unknown): boolean {
  return (
    error instanceof QueryFailedError &&
    (error as QueryFailedError & { driverError?: { code?: string } }).driverError?.code === '23505'
  );
}

/**
 * Editorial side of every content kind: CRUD with revisions, optimistic locking, per-locale
 * workflow and translation health. Every write is one transaction that also updates the
 * search index and the audit log.
 */
@Injectable()
export class ContentAdminService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly index: ContentIndexService,
    @Inject(CONTENT_AUDIT_WRITER) private readonly audit: ContentAuditWriter,
  ) {}

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
          this.toAdmin(
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
      const item = await this.findItem(manager, kind, ref);
      return this.load(manager, item);
    });
  }

  async create(kind: ContentKind, input: ItemInput, actor: Actor): Promise<AdminItem> {
    return this.dataSource.transaction((manager) => this.createIn(manager, kind, input, actor));
  }

  /** Creation inside a caller's transaction (the seeder uses it). */
  async createIn(
    manager: EntityManager,
    kind: ContentKind,
    input: ItemInput,
    actor: Actor,
    options: { action?: RevisionAction; audit?: boolean; index?: boolean } = {},
  ): Promise<AdminItem> {
    const action = options.action ?? 'create';
    const key = this.normaliseKey(kind, input.key);
    const translations = input.translations ?? {};
    const locales = LOCALES.filter((l) => translations[l]);
    const sourceLocale = input.sourceLocale ?? (locales.includes('en') ? 'en' : locales[0]);
    if (sourceLocale && locales.length > 0 && !translations[sourceLocale]) {
      throw InvalidInputError.field('sourceLocale', `there is no ${sourceLocale} translation`);
    }
    const attributes = this.checkAttributes(kind, input.attributes ?? {});
    const item = manager.create(ContentItemEntity, {
      kind,
      key,
      sourceLocale: sourceLocale ?? 'en',
      attributes,
      version: 1,
      updatedBy: actor.email,
    });
    try {
      await manager.save(item);
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new ConflictError(`${KIND_LABEL[kind]} ${key} already exists`);
      }
      throw error;
    }
    for (const locale of locales) {
      const t = this.buildTranslation(item.id, locale, translations[locale] as TranslationInput);
      t.changedRevision = 1;
      t.basedOnRevision = 1;
      await manager.save(t);
    }
    const saved = await manager.find(ContentTranslationEntity, { where: { itemId: item.id } });
    const snapshot = snapshotOf(item, saved);
    await this.addRevision(
      manager,
      item.id,
      1,
      action,
      actor,
      diffSnapshots(null, snapshot),
      snapshot,
    );
    if (options.audit !== false) await this.record(manager, actor, `${kind}.create`, item, { key });
    if (options.index !== false) await this.index.sync(manager, item.id);
    return this.toAdmin(item, saved);
  }

  async update(
    kind: ContentKind,
    ref: string,
    version: number,
    input: ItemInput,
    actor: Actor,
  ): Promise<AdminItem> {
    return this.dataSource.transaction(async (manager) => {
      const item = await this.findItem(manager, kind, ref);
      return this.applyChange(manager, item, version, input, actor, 'update', false);
    });
  }

  async remove(kind: ContentKind, ref: string, actor: Actor): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const item = await this.findItem(manager, kind, ref);
      if (isReferenceKind(kind)) {
        throw new InvalidInputError(
          `${KIND_LABEL[kind]} ${item.key} is reference data and cannot be deleted; unpublish its description instead`,
        );
      }
      await manager.delete(ContentItemEntity, { id: item.id });
      await this.record(manager, actor, `${kind}.delete`, item, { key: item.key });
      await this.index.remove(manager, kind, item.id);
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
      const item = await this.findItem(manager, kind, ref);
      await lockExpectedVersion(manager, item, version);
      await this.publishIn(manager, item, options, actor);
      await this.index.sync(manager, item.id);
      return this.load(manager, item);
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
    const kind = item.kind;
    const translations = await this.lockTranslations(manager, item.id);
    const targets = this.pickLocales(translations, options.locales);
    const publishAt = options.publishAt ? new Date(options.publishAt) : undefined;
    if (publishAt && Number.isNaN(publishAt.getTime())) {
      throw InvalidInputError.field('publishAt', 'publishAt must be an ISO date');
    }
    const scheduled = publishAt !== undefined && publishAt.getTime() > Date.now();
    for (const t of targets) {
      if (scheduled) scheduleCopy(t, publishAt);
      else publishCopy(t, new Date());
      await manager.save(t);
    }
    if (audit) {
      await this.record(manager, actor, `${kind}.${scheduled ? 'schedule' : 'publish'}`, item, {
        locales: targets.map((t) => t.locale),
        version: item.version,
        ...(scheduled ? { publishAt: publishAt?.toISOString() } : {}),
      });
    }
  }

  async unpublish(
    kind: ContentKind,
    ref: string,
    version: number,
    locales: Locale[] | undefined,
    actor: Actor,
  ): Promise<AdminItem> {
    return this.dataSource.transaction(async (manager) => {
      const item = await this.findItem(manager, kind, ref);
      await lockExpectedVersion(manager, item, version);
      const translations = await this.lockTranslations(manager, item.id);
      const targets = this.pickLocales(translations, locales);
      for (const t of targets) {
        unpublishCopy(t);
        await manager.save(t);
      }
      await this.record(manager, actor, `${kind}.unpublish`, item, {
        locales: targets.map((t) => t.locale),
      });
      await this.index.sync(manager, item.id);
      return this.load(manager, item);
    });
  }

  async revisions(
    kind: ContentKind,
    ref: string,
    viewer?: HistoryViewer,
  ): Promise<RevisionSummary[]> {
    return this.dataSource.transaction(async (manager) => {
      const item = await this.findItem(manager, kind, ref);
      await this.checkHistoryViewer(manager, item, viewer);
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
      const item = await this.findItem(manager, kind, ref);
      await this.checkHistoryViewer(manager, item, viewer);
      const revision = await this.findRevision(manager, item.id, number);
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
      const item = await this.findItem(manager, kind, ref);
      await this.checkHistoryViewer(manager, item, viewer);
      const a = await this.findRevision(manager, item.id, from);
      const b = await this.findRevision(manager, item.id, to);
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
      const item = await this.findItem(manager, kind, ref);
      const revision = await this.findRevision(manager, item.id, number);
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
      return this.applyChange(manager, item, version, input, actor, 'restore', true, {
        restoredFrom: number,
      });
    });
  }

  private async applyChange(
    manager: EntityManager,
    item: ContentItemEntity,
    version: number,
    input: ItemInput,
    actor: Actor,
    action: RevisionAction,
    replaceAttributes: boolean,
    auditDetails: Record<string, unknown> = {},
  ): Promise<AdminItem> {
    await lockExpectedVersion(manager, item, version);
    // The change is worked out in memory first: one that changes nothing writes nothing,
    // so it keeps the version and leaves no revision or audit entry behind.
    const newVersion = version + 1;
    const before = await manager.find(ContentTranslationEntity, { where: { itemId: item.id } });
    const beforeSnapshot = snapshotOf(item, before);

    if (input.key !== undefined && input.key !== item.key) {
      if (isReferenceKind(item.kind)) {
        throw InvalidInputError.field('key', 'reference data keeps its code or slug');
      }
      item.key = this.normaliseKey(item.kind, input.key);
    }
    if (input.attributes) {
      const merged = replaceAttributes
        ? input.attributes
        : { ...item.attributes, ...input.attributes };
      item.attributes = this.checkAttributes(item.kind, merged);
    }
    const translations = new Map(before.map((t) => [t.locale, t]));
    const removed: Locale[] = [];
    const touched = new Set<ContentTranslationEntity>();
    for (const locale of input.removeTranslations ?? []) {
      if (input.translations?.[locale]) {
        throw InvalidInputError.field(
          `removeTranslations`,
          `${locale} cannot be both changed and removed`,
        );
      }
      if (translations.has(locale)) {
        removed.push(locale);
        translations.delete(locale);
      }
    }
    if (input.sourceLocale) item.sourceLocale = input.sourceLocale;

    // The source goes first: translations saved together with it are based on its new text.
    const given = LOCALES.filter((l) => input.translations?.[l]);
    given.sort((a, b) => Number(b === item.sourceLocale) - Number(a === item.sourceLocale));
    for (const locale of given) {
      const change = input.translations?.[locale] as TranslationInput;
      const existing = translations.get(locale);
      const next = this.buildTranslation(item.id, locale, change);
      const changed =
        !existing ||
        existing.title !== next.title ||
        existing.summary !== next.summary ||
        existing.bodySource !== next.bodySource ||
        existing.bodyFormat !== next.bodyFormat;
      const target = existing ?? next;
      if (changed) {
        Object.assign(target, {
          title: next.title,
          summary: next.summary,
          bodySource: next.bodySource,
          bodyFormat: next.bodyFormat,
          bodyHtml: next.bodyHtml,
          changedRevision: newVersion,
          updatedAt: new Date(),
        });
      }
      // Text that is the published text again (a restore, an edit undone) is that
      // revision's text: it takes the published revision numbers back, so neither
      // "unpublished changes" nor "outdated" outlives the change that caused it.
      const republished = changed && matchesPublishedCopy(target);
      if (republished) target.changedRevision = target.publishedChangedRevision ?? newVersion;
      const source = translations.get(item.sourceLocale);
      const basedOn =
        locale === item.sourceLocale
          ? target.changedRevision
          : change.markUpToDate
            ? (source?.changedRevision ?? target.changedRevision)
            : republished
              ? (target.publishedBasedOnRevision ?? target.basedOnRevision)
              : changed
                ? (source?.changedRevision ?? target.changedRevision)
                : target.basedOnRevision;
      if (changed || basedOn !== target.basedOnRevision) {
        target.basedOnRevision = basedOn;
        touched.add(target);
      }
      translations.set(locale, target);
    }
    if (translations.size > 0 && !translations.has(item.sourceLocale)) {
      throw InvalidInputError.field('sourceLocale', `there is no ${item.sourceLocale} translation`);
    }
    if (translations.size === 0 && !isReferenceKind(item.kind)) {
      throw InvalidInputError.field('removeTranslations', 'an item needs at least one translation');
    }

    const after = [...translations.values()];
    const afterSnapshot = snapshotOf(item, after);
    const changes = diffSnapshots(beforeSnapshot, afterSnapshot);
    if (changes.length === 0 && touched.size === 0) return this.toAdmin(item, before);

    for (const locale of removed) {
      await manager.delete(ContentTranslationEntity, { itemId: item.id, locale });
    }
    for (const t of touched) await manager.save(t);
    item.version = newVersion;
    item.updatedBy = actor.email;
    try {
      await manager.save(item);
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new ConflictError(`${KIND_LABEL[item.kind]} ${item.key} already exists`);
      }
      throw error;
    }
    await this.addRevision(manager, item.id, newVersion, action, actor, changes, afterSnapshot);
    await this.record(manager, actor, `${item.kind}.${action}`, item, {
      ...auditDetails,
      version: newVersion,
      changedFields: changes.map((c) => c.field),
    });
    await this.index.sync(manager, item.id);
    return this.toAdmin(item, after);
  }

  async findItem(
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

  /** A viewer limited to their own items must have written one of the item's revisions. */
  async checkHistoryViewer(
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

  private async findRevision(
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

  private async lockTranslations(
    manager: EntityManager,
    itemId: string,
  ): Promise<ContentTranslationEntity[]> {
    return manager
      .createQueryBuilder(ContentTranslationEntity, 't')
      .where('t.item_id = :itemId', { itemId })
      .setLock('pessimistic_write')
      .getMany();
  }

  private pickLocales(
    translations: ContentTranslationEntity[],
    locales: Locale[] | undefined,
  ): ContentTranslationEntity[] {
    if (!locales) return translations;
    return [...new Set(locales)].map((locale) => {
      const t = translations.find((x) => x.locale === locale);
      if (!t) throw InvalidInputError.field('locales', `there is no ${locale} translation`);
      return t;
    });
  }

  private normaliseKey(kind: ContentKind, key: string | undefined): string {
    if (!key) throw InvalidInputError.field('slug', 'slug is required');
    if (isReferenceKind(kind)) {
      const normalised = referenceKey(kind, key);
      if (!normalised) throw InvalidInputError.field('key', `unknown ${kind} ${key.slice(0, 80)}`);
      return normalised;
    }
    return key;
  }

  private checkAttributes(kind: ContentKind, attributes: ItemAttributes): ItemAttributes {
    if (kind !== 'programme') return {};
    const category = attributes.category;
    if (!category || !PROGRAMME_CATEGORY_KEYS.includes(category)) {
      throw InvalidInputError.field(
        'category',
        `category must be one of: ${PROGRAMME_CATEGORY_KEYS.join(', ')}`,
      );
    }
    const activities = [...new Set(attributes.activities ?? [])];
    activities.forEach((activity, i) => {
      if (!isProgrammeActivity(activity)) {
        throw InvalidInputError.field(`activities.${i}`, `unknown activity ${activity}`);
      }
    });
    const fieldOperation = attributes.fieldOperation || undefined;
    if (fieldOperation && !findFieldOperation(fieldOperation)) {
      throw InvalidInputError.field('fieldOperation', `unknown field operation ${fieldOperation}`);
    }
    const countries = [...new Set((attributes.countries ?? []).map((c) => c.toUpperCase()))];
    countries.forEach((code, i) => {
      if (!findCountry(code) || code.length !== 2) {
        throw InvalidInputError.field(`countries.${i}`, `unknown country code ${code}`);
      }
    });
    const { startYear, endYear } = attributes;
    if (startYear !== undefined && endYear !== undefined && endYear < startYear) {
      throw InvalidInputError.field('endYear', 'endYear must not be before startYear');
    }
    return {
      category,
      activities,
      countries,
      ...(fieldOperation ? { fieldOperation } : {}),
      ...(startYear !== undefined ? { startYear } : {}),
      ...(endYear !== undefined ? { endYear } : {}),
    };
  }

  private buildTranslation(
    itemId: string,
    locale: Locale,
    input: TranslationInput,
  ): ContentTranslationEntity {
    const format = input.format ?? 'markdown';
    const body = input.body ?? '';
    const title = plainText(input.title);
    if (!title)
      throw InvalidInputError.field(`translations.${locale}.title`, 'title must not be empty');
    const t = new ContentTranslationEntity();
    Object.assign(t, {
      itemId,
      locale,
      title,
      summary: plainText(input.summary ?? ''),
      bodySource: body,
      bodyFormat: format,
      bodyHtml: renderBody(body, format).html,
      status: 'draft',
      publishAt: null,
      publishedTitle: null,
      publishedSummary: null,
      publishedBodyHtml: null,
      publishedAt: null,
      publishedChangedRevision: null,
      publishedBasedOnRevision: null,
      scheduledTitle: null,
      scheduledSummary: null,
      scheduledBodyHtml: null,
      scheduledChangedRevision: null,
      scheduledBasedOnRevision: null,
      updatedAt: new Date(),
    });
    return t;
  }

  private async addRevision(
    manager: EntityManager,
    itemId: string,
    number: number,
    action: RevisionAction,
    actor: Actor,
    changes: FieldChange[],
    snapshot: ItemSnapshot,
  ): Promise<void> {
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

  private async record(
    manager: EntityManager,
    actor: Actor,
    action: string,
    item: ContentItemEntity,
    details: Record<string, unknown>,
  ): Promise<void> {
    await this.audit.record(
      {
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

  async load(manager: EntityManager, item: ContentItemEntity): Promise<AdminItem> {
    const fresh = (await manager.findOne(ContentItemEntity, { where: { id: item.id } })) ?? item;
    const translations = await manager.find(ContentTranslationEntity, {
      where: { itemId: item.id },
    });
    return this.toAdmin(fresh, translations);
  }

  toAdmin(item: ContentItemEntity, translations: readonly ContentTranslationEntity[]): AdminItem {
    const source = translations.find((t) => t.locale === item.sourceLocale);
    const byLocale: Partial<Record<Locale, AdminTranslation>> = {};
    for (const locale of LOCALES) {
      const t = translations.find((x) => x.locale === locale);
      if (!t) continue;
      byLocale[locale] = {
        title: t.title,
        summary: t.summary,
        body: t.bodySource,
        format: t.bodyFormat,
        bodyHtml: t.bodyHtml,
        status: t.status,
        publishAt: t.publishAt ? t.publishAt.toISOString() : null,
        scheduledRevision: t.status === 'scheduled' ? t.scheduledChangedRevision : null,
        publishedAt: t.publishedAt ? t.publishedAt.toISOString() : null,
        hasUnpublishedChanges: hasUnpublishedChanges(t),
        outdated:
          locale !== item.sourceLocale && !!source && t.basedOnRevision < source.changedRevision,
        changedRevision: t.changedRevision,
        basedOnRevision: t.basedOnRevision,
      };
    }
    return {
      ...(item.kind === 'programme' ? item.attributes : {}),
      id: item.id,
      kind: item.kind,
      key: item.key,
      slug: item.kind === 'country' ? (findCountry(item.key)?.slug ?? item.key) : item.key,
      sourceLocale: item.sourceLocale,
      version: item.version,
      translations: byLocale,
      createdAt: item.createdAt.toISOString(),
      updatedAt: item.updatedAt.toISOString(),
      updatedBy: item.updatedBy,
    };
  }
}

function toRevisionSummary(r: ContentRevisionEntity): RevisionSummary {
  return {
    number: r.number,
    action: r.action,
    authorId: r.authorId,
    authorEmail: r.authorEmail,
    createdAt: r.createdAt.toISOString(),
    changedFields: r.changedFields,
  };
}

export type { TranslationSnapshot };
