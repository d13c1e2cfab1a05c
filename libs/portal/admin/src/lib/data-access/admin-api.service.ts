import { HttpClient, type HttpEvent, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AdminItem,
  AdminOfficeHolder,
  Paginated,
  RevisionDiff,
  RevisionSummary,
} from '@portal/domain/content';
import type { Locale } from '@portal/domain/locales';
import type { Observable } from 'rxjs';
import type {
  AdminDocument,
  AdminDocumentDetail,
  AdminUser,
  AuditRecord,
  AuditFilter,
  DocumentFilter,
  Insight,
  InsightFilter,
  ItemReviews,
  OwnReviewEntry,
  ReviewFilter,
  ReviewQueue,
  Role,
  TranslationDraft,
  UnansweredQuestion,
} from './admin.types';
import type { ContentSection } from './content-sections';

export interface ItemWrite {
  readonly slug?: string;
  readonly version?: number;
  readonly sourceLocale?: Locale;
  readonly category?: string;
  readonly translations?: Partial<Record<Locale, TranslationDraft & { markUpToDate?: boolean }>>;
}

/** What the leadership editor sends for an office's holder. */
export interface OfficeHolderWrite {
  readonly name: string;
  readonly localNames?: Partial<Record<Locale, string>>;
  readonly since: string;
  readonly sourceUrl?: string;
  readonly note?: string;
}

function params(values: Record<string, string | number | undefined | null>): HttpParams {
  let result = new HttpParams();
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined && value !== null && value !== '') result = result.set(key, value);
  }
  return result;
}

/**
 * Typed calls to the admin endpoints. Provided with the admin routes (not in root) so it gets
 * the admin HttpClient, whose interceptor adds the bearer token and refreshes it.
 */
@Injectable()
export class AdminApi {
  private readonly http = inject(HttpClient);

  listItems(section: ContentSection, page = 1, size = 100): Observable<Paginated<AdminItem>> {
    return this.http.get<Paginated<AdminItem>>(section.api, { params: params({ page, size }) });
  }

  getItem(section: ContentSection, ref: string): Observable<AdminItem> {
    return this.http.get<AdminItem>(`${section.api}/${encodeURIComponent(ref)}`);
  }

  createItem(section: ContentSection, body: ItemWrite): Observable<AdminItem> {
    return this.http.post<AdminItem>(section.api, body);
  }

  updateItem(section: ContentSection, ref: string, body: ItemWrite): Observable<AdminItem> {
    return this.http.patch<AdminItem>(`${section.api}/${encodeURIComponent(ref)}`, body);
  }

  deleteItem(section: ContentSection, ref: string): Observable<void> {
    return this.http.delete<void>(`${section.api}/${encodeURIComponent(ref)}`);
  }

  /** `version` is the one the editor is looking at: the API refuses (409) if it is stale. */
  publish(
    section: ContentSection,
    ref: string,
    version: number,
    locales: readonly Locale[],
    publishAt?: string,
  ): Observable<AdminItem> {
    return this.http.post<AdminItem>(`${section.api}/${encodeURIComponent(ref)}/publish`, {
      version,
      locales,
      ...(publishAt ? { publishAt } : {}),
    });
  }

  unpublish(
    section: ContentSection,
    ref: string,
    version: number,
    locales: readonly Locale[],
  ): Observable<AdminItem> {
    return this.http.post<AdminItem>(`${section.api}/${encodeURIComponent(ref)}/unpublish`, {
      version,
      locales,
    });
  }

  revisions(section: ContentSection, ref: string): Observable<RevisionSummary[]> {
    return this.http.get<RevisionSummary[]>(`${section.api}/${encodeURIComponent(ref)}/revisions`);
  }

  diff(section: ContentSection, ref: string, from: number, to: number): Observable<RevisionDiff> {
    return this.http.get<RevisionDiff>(`${section.api}/${encodeURIComponent(ref)}/revisions/diff`, {
      params: params({ from, to }),
    });
  }

  restore(
    section: ContentSection,
    ref: string,
    revision: number,
    version: number,
  ): Observable<AdminItem> {
    return this.http.post<AdminItem>(
      `${section.api}/${encodeURIComponent(ref)}/revisions/${revision}/restore`,
      { version },
    );
  }

  itemReviews(section: ContentSection, ref: string): Observable<ItemReviews> {
    return this.http.get<ItemReviews>(`${section.api}/${encodeURIComponent(ref)}/reviews`);
  }

  /**
   * One step of a language's review; `version` is the one on screen (409 if stale). An
   * approval with a future `publishAt` schedules the text instead of publishing it.
   */
  review(
    section: ContentSection,
    ref: string,
    locale: Locale,
    step: 'submit' | 'approve' | 'reject',
    version: number,
    comment: string,
    publishAt?: string,
  ): Observable<AdminItem> {
    return this.http.post<AdminItem>(
      `${section.api}/${encodeURIComponent(ref)}/translations/${locale}/${step}`,
      { version, ...(comment.trim() ? { comment } : {}), ...(publishAt ? { publishAt } : {}) },
    );
  }

  reviewQueue(filter: ReviewFilter = {}, size = 20): Observable<ReviewQueue> {
    return this.http.get<ReviewQueue>('/api/admin/review', {
      params: params({ ...filter, page: filter.page ?? 1, size }),
    });
  }

  /** The caller's submissions that wait or were sent back. */
  myReviews(): Observable<OwnReviewEntry[]> {
    return this.http.get<OwnReviewEntry[]>('/api/admin/review/mine');
  }

  listDocuments(filter: DocumentFilter = {}, size = 20): Observable<Paginated<AdminDocument>> {
    return this.http.get<Paginated<AdminDocument>>('/api/admin/documents', {
      params: params({ ...filter, page: filter.page ?? 1, size }),
    });
  }

  getDocument(id: string): Observable<AdminDocumentDetail> {
    return this.http.get<AdminDocumentDetail>(`/api/admin/documents/${encodeURIComponent(id)}`);
  }

  /** Multipart upload with progress events, so each file can show how far it got. */
  uploadDocument(file: File, title: string, lang?: Locale): Observable<HttpEvent<AdminDocument>> {
    const form = new FormData();
    form.append('file', file, file.name);
    form.append('title', title);
    if (lang) form.append('lang', lang);
    return this.http.post<AdminDocument>('/api/admin/documents', form, {
      observe: 'events',
      reportProgress: true,
    });
  }

  deleteDocument(id: string): Observable<void> {
    return this.http.delete<void>(`/api/admin/documents/${encodeURIComponent(id)}`);
  }

  leadership(): Observable<Paginated<AdminOfficeHolder>> {
    return this.http.get<Paginated<AdminOfficeHolder>>('/api/admin/leadership');
  }

  setOfficeHolder(office: string, holder: OfficeHolderWrite): Observable<AdminOfficeHolder> {
    return this.http.put<AdminOfficeHolder>(
      `/api/admin/leadership/${encodeURIComponent(office)}`,
      holder,
    );
  }

  removeOfficeHolder(office: string): Observable<void> {
    return this.http.delete<void>(`/api/admin/leadership/${encodeURIComponent(office)}`);
  }

  approveDocument(id: string): Observable<AdminDocument> {
    return this.http.post<AdminDocument>(
      `/api/admin/documents/${encodeURIComponent(id)}/approve`,
      {},
    );
  }

  listUsers(page = 1, size = 100): Observable<Paginated<AdminUser>> {
    return this.http.get<Paginated<AdminUser>>('/api/admin/users', {
      params: params({ page, size }),
    });
  }

  createUser(email: string, password: string, role: Role): Observable<AdminUser> {
    return this.http.post<AdminUser>('/api/admin/users', { email, password, role });
  }

  updateUser(
    id: string,
    change: { role?: Role; disabled?: boolean; password?: string },
  ): Observable<AdminUser> {
    return this.http.patch<AdminUser>(`/api/admin/users/${encodeURIComponent(id)}`, change);
  }

  deleteUser(id: string): Observable<void> {
    return this.http.delete<void>(`/api/admin/users/${encodeURIComponent(id)}`);
  }

  audit(filter: AuditFilter, size = 25): Observable<Paginated<AuditRecord>> {
    return this.http.get<Paginated<AuditRecord>>('/api/admin/audit', {
      params: params({ ...filter, page: filter.page ?? 1, size }),
    });
  }

  insights(filter: InsightFilter = {}, size = 20): Observable<Paginated<Insight>> {
    return this.http.get<Paginated<Insight>>('/api/admin/assistant/insights', {
      params: params({ ...filter, page: filter.page ?? 1, size }),
    });
  }

  /** `page`: the id or slug of the page that now answers the question. */
  answerInsight(id: string, page: string): Observable<Insight> {
    return this.http.post<Insight>(
      `/api/admin/assistant/insights/${encodeURIComponent(id)}/answer`,
      { page },
    );
  }

  setInsightState(id: string, action: 'dismiss' | 'reopen'): Observable<Insight> {
    return this.http.post<Insight>(
      `/api/admin/assistant/insights/${encodeURIComponent(id)}/${action}`,
      {},
    );
  }

  unanswered(): Observable<Paginated<UnansweredQuestion> | UnansweredQuestion[]> {
    return this.http.get<Paginated<UnansweredQuestion> | UnansweredQuestion[]>(
      '/api/admin/assistant/unanswered',
    );
  }
}
