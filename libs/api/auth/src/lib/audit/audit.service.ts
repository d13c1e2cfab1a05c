import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { AuditRecord, Paginated } from '@portal/domain/content';
import { EntityManager, Repository } from 'typeorm';
import { AuditLogEntity } from '../entities/audit-log.entity';

export interface AuditActor {
  readonly id: string;
  readonly email: string;
}

/** What happened, by whom, to what. `action` is `<thing>.<verb>`, e.g. `page.publish`. */
export interface AuditEntry {
  readonly actor?: AuditActor | null;
  readonly action: string;
  readonly itemType?: string;
  readonly itemId?: string;
  readonly ip?: string;
  readonly details?: Record<string, unknown>;
}

export interface AuditFilter {
  readonly page?: number;
  readonly size?: number;
  /** A user id, or an email (case-insensitive). */
  readonly user?: string;
  readonly itemType?: string;
  readonly itemId?: string;
  readonly action?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Injectable()
export class AuditService {
  constructor(
    @InjectRepository(AuditLogEntity) private readonly entries: Repository<AuditLogEntity>,
  ) {}

  /**
   * Writes one entry. Pass the EntityManager of the transaction that makes the change, so
   * the entry is written together with it or not at all (and, on PGlite's single
   * connection, so it does not wait for that very transaction).
   */
  async record(entry: AuditEntry, manager?: EntityManager): Promise<void> {
    const repository = manager ? manager.getRepository(AuditLogEntity) : this.entries;
    const row = repository.create({
      actorId: entry.actor?.id ?? null,
      actorEmail: entry.actor?.email ?? null,
      action: entry.action,
      itemType: entry.itemType ?? null,
      itemId: entry.itemId ?? null,
      ip: entry.ip ?? null,
      details: entry.details ?? null,
    });
    await repository.save(row, { reload: false });
  }

  /** Newest first, optionally filtered by user, item and action. */
  async list(
    filter: AuditFilter = {},
    options: { withIp?: boolean } = {},
  ): Promise<Paginated<AuditRecord>> {
    const page = filter.page ?? 1;
    const size = filter.size ?? 20;
    const query = this.entries.createQueryBuilder('entry');
    if (filter.user) {
      if (UUID.test(filter.user)) query.andWhere('entry.actorId = :user', { user: filter.user });
      else query.andWhere('entry.actorEmail = :email', { email: filter.user.trim().toLowerCase() });
    }
    if (filter.itemType)
      query.andWhere('entry.itemType = :itemType', { itemType: filter.itemType });
    if (filter.itemId) query.andWhere('entry.itemId = :itemId', { itemId: filter.itemId });
    if (filter.action) query.andWhere('entry.action = :action', { action: filter.action });
    const [rows, total] = await query
      .orderBy('entry.seq', 'DESC')
      .skip((page - 1) * size)
      .take(size)
      .getManyAndCount();
    const items = rows.map(toRecord);
    return {
      items: options.withIp === false ? items.map((item) => ({ ...item, ip: null })) : items,
      total,
      page,
      size,
    };
  }
}

function toRecord(row: AuditLogEntity): AuditRecord {
  return {
    id: row.id,
    createdAt: row.createdAt.toISOString(),
    actor: row.actorId && row.actorEmail ? { id: row.actorId, email: row.actorEmail } : null,
    action: row.action,
    itemType: row.itemType,
    itemId: row.itemId,
    ip: row.ip,
    details: row.details,
  };
}
