import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import {
  ABOUT_PAGE,
  FIELD_OPERATION_DESCRIPTIONS,
  INSTITUTION_DESCRIPTIONS,
  POLICING_PAGE,
} from '@portal/domain/content';
import type { ContentKind, ItemInput, SeedPage, TranslationInput } from '@portal/domain/content';
import { findFieldOperation, findInstitution } from '@portal/domain/institutions';
import { LOCALES } from '@portal/domain/locales';
import type { Locale, Localized } from '@portal/domain/locales';
import { REFERENCE_KINDS } from '../content.types';
import { ContentItemEntity } from '../entities/content-item.entity';
import { SEED_PROGRAMMES } from '../seed/seed-programmes';
import { ContentAdminService, SYSTEM_ACTOR } from './content-admin.service';
import { ContentIndexService } from './content-index.service';
import { CONTENT_AUDIT_WRITER } from './content-ports';
import type { ContentAuditWriter } from './content-ports';
import { referenceKeys } from './reference-data';
import { returnedRows } from './returned-rows';

/** Any constant works; it only has to be the same in every instance. */
const SEED_LOCK = 1764302000;

interface SeedPlan {
  kind: ContentKind;
  input: ItemInput;
  publish: boolean;
}

export interface SeedResult {
  created: number;
}

/**
 * Seeds reference data, the seed pages and the first programmes on first start, published
 * and indexed, in one transaction. Each item is seeded once, ever: restarts never
 * duplicate, and an item an editor deleted does not come back.
 */
@Injectable()
export class ContentSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('ContentSeeder');

  constructor(
    private readonly dataSource: DataSource,
    private readonly admin: ContentAdminService,
    private readonly index: ContentIndexService,
    @Inject(CONTENT_AUDIT_WRITER) private readonly audit: ContentAuditWriter,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { created } = await this.seed();
    if (created) this.logger.log(`Seeded ${created} content items`);
  }

  async seed(): Promise<SeedResult> {
    return this.dataSource.transaction(async (manager) => {
      // Several instances may start together; the first seeds, the others then find it done.
      await manager.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
      const rows = returnedRows<{ kind: string; key: string }>(
        await manager.query('SELECT kind, key FROM content_seed'),
      );
      const done = new Set(rows.map((r) => `${r.kind}:${r.key}`));
      const todo = seedPlan().filter((p) => !done.has(`${p.kind}:${p.input.key}`));
      for (const plan of todo) await this.seedOne(manager, plan);
      if (todo.length) {
        await this.audit.record(
          {
            actor: null,
            action: 'content.seed',
            itemType: 'content',
            itemId: 'seed',
            details: { created: todo.length },
          },
          manager,
        );
      }
      return { created: todo.length };
    });
  }

  private async seedOne(manager: EntityManager, plan: SeedPlan): Promise<void> {
    const key = plan.input.key as string;
    const exists = await manager.findOne(ContentItemEntity, { where: { kind: plan.kind, key } });
    let itemId = exists?.id;
    if (!exists) {
      const created = await this.admin.createIn(manager, plan.kind, plan.input, SYSTEM_ACTOR, {
        action: 'seed',
        audit: false,
        index: false,
      });
      itemId = created.id;
      if (plan.publish) {
        const item = await this.admin.findItem(manager, plan.kind, key);
        await this.admin.publishIn(manager, item, {}, SYSTEM_ACTOR, false);
      }
    }
    if (itemId) await this.index.sync(manager, itemId);
    await manager.query(
      'INSERT INTO content_seed (kind, key) VALUES ($1, $2) ON CONFLICT DO NOTHING',
      [plan.kind, key],
    );
  }
}

function pageInput(page: SeedPage, sourceLocale: Locale): ItemInput {
  const translations: Partial<Record<Locale, TranslationInput>> = {};
  for (const locale of LOCALES) {
    const t = page.translations[locale];
    translations[locale] = { title: t.title, summary: t.summary, body: t.body, format: 'markdown' };
  }
  return { key: page.slug, sourceLocale, translations };
}

export function seedPlan(): SeedPlan[] {
  const plans: SeedPlan[] = [];
  for (const kind of REFERENCE_KINDS) {
    for (const key of referenceKeys(kind)) {
      const named =
        kind === 'institution'
          ? findInstitution(key)
          : kind === 'field-operation'
            ? findFieldOperation(key)
            : undefined;
      const descriptions = named ? seedDescriptions(kind, key) : undefined;
      const translations: Partial<Record<Locale, TranslationInput>> = {};
      if (named && descriptions) {
        for (const locale of LOCALES) {
          translations[locale] = { title: named.name[locale], body: descriptions[locale] };
        }
      }
      plans.push({ kind, input: { key, translations }, publish: !!descriptions });
    }
  }
  // The policing page's text was written in Italian; the others are translations of it.
  plans.push({ kind: 'page', input: pageInput(POLICING_PAGE, 'it'), publish: true });
  plans.push({ kind: 'page', input: pageInput(ABOUT_PAGE, 'en'), publish: true });
  for (const programme of SEED_PROGRAMMES) {
    const translations: Partial<Record<Locale, TranslationInput>> = {};
    for (const locale of LOCALES) translations[locale] = { ...programme.translations[locale] };
    plans.push({
      kind: 'programme',
      input: {
        key: programme.slug,
        sourceLocale: 'it',
        attributes: {
          category: programme.category,
          activities: [...programme.activities],
          fieldOperation: programme.fieldOperation,
          countries: [],
          startYear: programme.startYear,
        },
        translations,
      },
      publish: true,
    });
  }
  return plans;
}

function seedDescriptions(kind: ContentKind, key: string): Localized | undefined {
  const table: Readonly<Record<string, Localized>> =
    kind === 'institution' ? INSTITUTION_DESCRIPTIONS : FIELD_OPERATION_DESCRIPTIONS;
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}
