import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService, type AuthUser } from '@portal/api/auth';
import { InvalidInputError, NotFoundError } from '@portal/api/common';
import { ContentAdminService } from '@portal/api/content';
import type { Insight, InsightComment, InsightState, Paginated } from '@portal/domain/content';
import type { Locale } from '@portal/domain/locales';
import { type FlaggedQuestionRow, unansweredQuestion } from './flagged-question';
import { InsightStateEntity } from './insight-state.entity';

/** Comments shown per question: the latest few are enough to see what visitors missed. */
const COMMENTS_PER_QUESTION = 5;

export interface InsightFilter {
  readonly lang?: Locale;
  readonly state?: InsightState;
  readonly page: number;
  readonly size: number;
}

interface InsightRow extends FlaggedQuestionRow {
  id: string;
  citations: { title?: string; url?: string }[] | null;
  state: InsightState;
  page_id: string | null;
  handled_by: string | null;
  handled_at: Date | null;
}

/**
 * Flagged askings grouped by normalized wording, joined with the editors' decision. `$1` is
 * the language (null: all; it counts only askings in that language), `$2` the state, `$3` one group.
 */
const GROUPED = `
  WITH flagged AS (
    SELECT a.*, coalesce(fb.down, false) AS down
    FROM assistant_answer a
    LEFT JOIN LATERAL (
      SELECT bool_or(NOT f.helpful) AS down FROM assistant_feedback f WHERE f.answer_id = a.id
    ) fb ON true
    WHERE (a.refused OR coalesce(fb.down, false)) AND ($1::text IS NULL OR a.lang = $1::text)
  ), grouped AS (
    SELECT md5(f.normalized_question) AS id,
           (array_agg(f.question ORDER BY f.created_at DESC))[1] AS question,
           (array_agg(f.answer ORDER BY f.created_at DESC))[1] AS answer,
           (array_agg(f.citations ORDER BY f.created_at DESC))[1] AS citations,
           count(*)::int AS count,
           count(*) FILTER (WHERE f.refused)::int AS refused,
           count(*) FILTER (WHERE f.down)::int AS down_voted,
           array_agg(DISTINCT f.lang) AS langs,
           max(f.created_at) AS last_asked_at
    FROM flagged f
    GROUP BY f.normalized_question
  )
  SELECT g.*, coalesce(i.state, 'open') AS state, i.page_id, i.handled_by, i.handled_at
  FROM grouped g LEFT JOIN assistant_insight i ON i.id = g.id
  WHERE ($2::text IS NULL OR coalesce(i.state, 'open') = $2::text)
    AND ($3::text IS NULL OR g.id = $3::text)`;

/**
 * The insights queue: what the assistant could not answer well, with what visitors said,
 * and what editors did about it (answered by a page, dismissed, reopened).
 */
@Injectable()
export class InsightsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly content: ContentAdminService,
    private readonly audit: AuditService,
  ) {}

  async list(filter: InsightFilter): Promise<Paginated<Insight>> {
    const params = [filter.lang ?? null, filter.state ?? null, null];
    const [{ total }] = (await this.dataSource.query(
      `SELECT count(*)::int AS total FROM (${GROUPED}) q`,
      params,
    )) as [{ total: number }];
    const items = await this.rows(params, filter.size, (filter.page - 1) * filter.size);
    return { items, total, page: filter.page, size: filter.size };
  }

  /** Links the question to the page that now answers it. `page`: the page's id or slug. */
  async answer(id: string, page: string, actor: AuthUser, ip?: string): Promise<Insight> {
    const found = await this.content.get('page', page).catch((e: unknown) => {
      if (e instanceof NotFoundError) throw InvalidInputError.field('page', 'no such page');
      throw e;
    });
    return this.decide(id, 'answered', found.id, actor, ip);
  }

  async dismiss(id: string, actor: AuthUser, ip?: string): Promise<Insight> {
    return this.decide(id, 'dismissed', null, actor, ip);
  }

  async reopen(id: string, actor: AuthUser, ip?: string): Promise<Insight> {
    return this.decide(id, 'open', null, actor, ip);
  }

  private async decide(
    id: string,
    state: InsightState,
    pageId: string | null,
    actor: AuthUser,
    ip?: string,
  ): Promise<Insight> {
    const normalized = await this.normalizedQuestionOf(id);
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(InsightStateEntity).upsert(
        {
          id,
          normalizedQuestion: normalized,
          state,
          pageId,
          handledBy: actor.email,
          handledAt: new Date(),
        },
        ['id'],
      );
      await this.audit.record(
        {
          actor: { id: actor.id, email: actor.email },
          action: `insight.${state === 'open' ? 'reopen' : state === 'answered' ? 'answer' : 'dismiss'}`,
          itemType: 'insight',
          itemId: id,
          ip,
          details: { question: normalized, ...(pageId ? { pageId } : {}) },
        },
        manager,
      );
    });
    const [insight] = await this.rows([null, null, id], 1, 0);
    if (!insight) throw new NotFoundError(`Question ${id}`);
    return insight;
  }

  /** The group's normalized wording; 404 unless some asking of it was flagged. */
  private async normalizedQuestionOf(id: string): Promise<string> {
    if (!/^[0-9a-f]{32}$/.test(id)) throw new NotFoundError(`Question ${id}`);
    const rows: { normalized_question: string }[] = await this.dataSource.query(
      `SELECT a.normalized_question FROM assistant_answer a
       WHERE md5(a.normalized_question) = $1
         AND (a.refused OR EXISTS (
           SELECT 1 FROM assistant_feedback f WHERE f.answer_id = a.id AND NOT f.helpful))
       LIMIT 1`,
      [id],
    );
    const row = rows[0];
    if (!row) throw new NotFoundError(`Question ${id}`);
    return row.normalized_question;
  }

  private async rows(
    params: readonly (string | null)[],
    limit: number,
    offset: number,
  ): Promise<Insight[]> {
    const rows: InsightRow[] = await this.dataSource.query(
      `${GROUPED} ORDER BY g.count DESC, g.last_asked_at DESC, g.id LIMIT $4 OFFSET $5`,
      [...params, limit, offset],
    );
    const comments = await this.comments(rows.map((r) => r.id));
    return Promise.all(
      rows.map(async (r) => ({
        id: r.id,
        ...unansweredQuestion(r),
        sources: (r.citations ?? [])
          .filter((c) => c.title && c.url)
          .map((c) => ({ title: c.title ?? '', url: c.url ?? '' })),
        comments: comments.get(r.id) ?? [],
        state: r.state,
        answeredBy: r.page_id ? await this.page(r.page_id) : null,
        handledBy: r.handled_by,
        handledAt: r.handled_at ? new Date(r.handled_at).toISOString() : null,
      })),
    );
  }

  private async comments(ids: readonly string[]): Promise<Map<string, InsightComment[]>> {
    const byId = new Map<string, InsightComment[]>();
    if (!ids.length) return byId;
    const rows: { id: string; comment: string; helpful: boolean; created_at: Date }[] =
      await this.dataSource.query(
        `SELECT md5(a.normalized_question) AS id, f.comment, f.helpful, f.created_at
         FROM assistant_feedback f JOIN assistant_answer a ON a.id = f.answer_id
         WHERE md5(a.normalized_question) = ANY($1::text[])
           AND f.comment IS NOT NULL AND btrim(f.comment) <> ''
         ORDER BY f.created_at DESC`,
        [ids],
      );
    for (const r of rows) {
      const list = byId.get(r.id) ?? [];
      if (list.length < COMMENTS_PER_QUESTION) {
        list.push({
          comment: r.comment,
          helpful: r.helpful,
          at: new Date(r.created_at).toISOString(),
        });
      }
      byId.set(r.id, list);
    }
    return byId;
  }

  private async page(id: string): Promise<Insight['answeredBy']> {
    try {
      const item = await this.content.get('page', id);
      const title =
        item.translations[item.sourceLocale]?.title ??
        Object.values(item.translations).find((t) => t?.title)?.title ??
        item.key;
      return { id: item.id, slug: item.key, title };
    } catch (e) {
      if (e instanceof NotFoundError) return null;
      throw e;
    }
  }
}
