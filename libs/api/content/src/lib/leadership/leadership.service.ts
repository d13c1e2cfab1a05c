import { Inject, Injectable, Logger, OnApplicationBootstrap, Optional } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { NotFoundError } from '@portal/api/common';
import { publicPath } from '@portal/domain/content';
import type {
  AdminOfficeHolder,
  LeadershipOfficePayload,
  OfficeHolderPayload,
} from '@portal/domain/content';
import {
  ALL_LEADERSHIP_OFFICES,
  HEAD_OFFICES,
  OFFICE_HOLDER_SEEDS,
  findLeadershipOffice,
  findStructure,
} from '@portal/domain/institutions';
import type { LeadershipOffice } from '@portal/domain/institutions';
import type { Locale } from '@portal/domain/locales';
import type { Actor } from '../content.types';
import { OfficeHolderEntity } from '../entities/office-holder.entity';
import {
  CONTENT_AUDIT_WRITER,
  CONTENT_INDEX_WRITER,
  PUBLIC_CONTENT_SIGNAL,
} from '../services/content-ports';
import type {
  ContentAuditWriter,
  ContentIndexWriter,
  PublicContentSignal,
} from '../services/content-ports';
import { firstIndexing } from '../services/first-indexing';
import { LEADERSHIP_ITEM_ID, leadershipIndexItem } from './leadership-index';
import { returnedRows } from '../services/returned-rows';

/** What staff set for an office's holder. */
export interface OfficeHolderInput {
  name: string;
  localNames?: Partial<Record<Locale, string>>;
  since: string;
  sourceUrl?: string | null;
  note?: string | null;
}

/** The `content_seed` kind that marks an office's holder as seeded once. */
const SEED_KIND = 'office-holder';
const SEED_LOCK = 7_204_115;
const HEAD_SLUGS: ReadonlySet<string> = new Set(HEAD_OFFICES.map((o) => o.slug));

function dateOnly(value: string | Date): string {
  // PostgreSQL returns a `date` as text, PGlite may return a Date at UTC midnight.
  return typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);
}

function holderPayload(row: OfficeHolderEntity, lang?: Locale): OfficeHolderPayload {
  return {
    name: (lang && row.localNames[lang]) || row.name,
    since: dateOnly(row.since),
    ...(row.sourceUrl ? { sourceUrl: row.sourceUrl } : {}),
    ...(row.note ? { note: row.note } : {}),
  };
}

function officeLinks(
  office: LeadershipOffice,
  lang: Locale,
): { path?: string; relatedName?: string } {
  const rel = office.relatedTo;
  if ('institution' in rel) return { path: publicPath('institution', rel.institution) };
  if ('fieldOperation' in rel) return { path: publicPath('field-operation', rel.fieldOperation) };
  return { relatedName: findStructure(rel.structure)?.name[lang] };
}

function requireOffice(slug: string): LeadershipOffice {
  const office = findLeadershipOffice(slug);
  if (!office) throw new NotFoundError(`Leadership office ${slug.slice(0, 100)}`);
  return office;
}

/**
 * The holders of the leadership offices: seeded once from `OFFICE_HOLDER_SEEDS`, then kept
 * by staff. A holder staff remove stays removed across restarts (the seed mark remains).
 */
@Injectable()
export class LeadershipService implements OnApplicationBootstrap {
  private readonly logger = new Logger('LeadershipService');

  constructor(
    private readonly dataSource: DataSource,
    @Inject(CONTENT_AUDIT_WRITER) private readonly audit: ContentAuditWriter,
    @Inject(CONTENT_INDEX_WRITER) private readonly index: ContentIndexWriter,
    @Optional() @Inject(PUBLIC_CONTENT_SIGNAL) private readonly signal?: PublicContentSignal,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const seeded = await this.seed();
    if (seeded) this.logger.log(`Seeded ${seeded} office holders`);
  }

  /** Inserts the seed holders of offices never seeded before; returns how many. */
  async seed(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
      const done = new Set(
        returnedRows<{ key: string }>(
          await manager.query('SELECT key FROM content_seed WHERE kind = $1', [SEED_KIND]),
        ).map((r) => r.key),
      );
      const todo = OFFICE_HOLDER_SEEDS.filter((s) => !done.has(s.office));
      for (const seed of todo) {
        await manager.upsert(
          OfficeHolderEntity,
          {
            office: seed.office,
            name: seed.name,
            localNames: { ...seed.localNames },
            since: seed.since,
            sourceUrl: seed.sourceUrl,
            note: seed.note ?? null,
            updatedBy: null,
          },
          ['office'],
        );
        await manager.query(
          'INSERT INTO content_seed (kind, key) VALUES ($1, $2) ON CONFLICT DO NOTHING',
          [SEED_KIND, seed.office],
        );
      }
      // Also once on a start with nothing to seed: an index built before holders were
      // indexed gets them.
      const neverIndexed = await firstIndexing(manager, 'leadership');
      if (todo.length > 0 || neverIndexed) await this.reindex(manager);
      return todo.length;
    });
  }

  /** Every office in page order, heads first, with its holder where one is recorded. */
  async offices(lang: Locale): Promise<LeadershipOfficePayload[]> {
    const holders = await this.holdersByOffice(this.dataSource.manager);
    return ALL_LEADERSHIP_OFFICES.map((office) => {
      const holder = holders.get(office.slug);
      return {
        slug: office.slug,
        title: office.title[lang],
        group: HEAD_SLUGS.has(office.slug) ? 'heads' : 'offices',
        ...officeLinks(office, lang),
        ...(holder ? { holder: holderPayload(holder, lang) } : {}),
      };
    });
  }

  async adminList(): Promise<AdminOfficeHolder[]> {
    const holders = await this.holdersByOffice(this.dataSource.manager);
    return ALL_LEADERSHIP_OFFICES.map((office) => this.adminView(office, holders.get(office.slug)));
  }

  async adminGet(slug: string): Promise<AdminOfficeHolder> {
    const office = requireOffice(slug);
    const row = await this.dataSource.manager.findOne(OfficeHolderEntity, {
      where: { office: office.slug },
    });
    return this.adminView(office, row ?? undefined);
  }

  async setHolder(
    slug: string,
    input: OfficeHolderInput,
    actor: Actor,
  ): Promise<AdminOfficeHolder> {
    const office = requireOffice(slug);
    return this.dataSource.transaction(async (manager) => {
      const before = await manager.findOne(OfficeHolderEntity, { where: { office: office.slug } });
      await manager.upsert(
        OfficeHolderEntity,
        {
          office: office.slug,
          name: input.name.trim(),
          localNames: input.localNames ?? {},
          since: input.since,
          sourceUrl: input.sourceUrl ?? null,
          note: input.note ?? null,
          updatedBy: actor.email,
        },
        ['office'],
      );
      const row = await manager.findOneOrFail(OfficeHolderEntity, {
        where: { office: office.slug },
      });
      await this.audit.record(
        {
          actor,
          action: 'leadership.set',
          itemType: 'office-holder',
          itemId: office.slug,
          ip: actor.ip,
          details: { from: before ? before.name : null, to: row.name, since: input.since },
        },
        manager,
      );
      await this.reindex(manager);
      return this.adminView(office, row);
    });
  }

  /** Records the office as vacant (or its holder as unknown). */
  async removeHolder(slug: string, actor: Actor): Promise<void> {
    const office = requireOffice(slug);
    await this.dataSource.transaction(async (manager) => {
      const before = await manager.findOne(OfficeHolderEntity, { where: { office: office.slug } });
      if (!before) throw new NotFoundError(`Holder of ${office.slug}`);
      await manager.delete(OfficeHolderEntity, { office: office.slug });
      await this.audit.record(
        {
          actor,
          action: 'leadership.remove',
          itemType: 'office-holder',
          itemId: office.slug,
          ip: actor.ip,
          details: { from: before.name },
        },
        manager,
      );
      await this.reindex(manager);
    });
  }

  private adminView(
    office: LeadershipOffice,
    row: OfficeHolderEntity | undefined,
  ): AdminOfficeHolder {
    return {
      office: office.slug,
      title: office.title.en,
      ...(row
        ? {
            holder: {
              ...holderPayload(row),
              localNames: row.localNames,
              updatedAt: row.updatedAt.toISOString(),
              ...(row.updatedBy ? { updatedBy: row.updatedBy } : {}),
            },
          }
        : {}),
    };
  }

  /**
   * The holders as search and the assistant read them, and the signal that drops rendered
   * pages showing them (the Leadership page, institution pages), in the write's transaction.
   */
  private async reindex(manager: EntityManager): Promise<void> {
    const holders = await this.holdersByOffice(manager);
    const item = leadershipIndexItem(
      new Map([...holders].map(([slug, row]) => [slug, { ...row, since: dateOnly(row.since) }])),
      new Date(),
    );
    if (item.entries.length) await this.index.replaceItem(manager, item);
    else await this.index.removeItem(manager, 'page', LEADERSHIP_ITEM_ID);
    await this.signal?.changed(manager);
  }

  private async holdersByOffice(manager: EntityManager): Promise<Map<string, OfficeHolderEntity>> {
    const rows = await manager.find(OfficeHolderEntity);
    return new Map(rows.map((r) => [r.office, r]));
  }
}
