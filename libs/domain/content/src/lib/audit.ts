/** An audit-log entry as the admin API lists it (`GET /api/admin/audit`), newest first. */
export interface AuditRecord {
  readonly id: string;
  readonly createdAt: string;
  readonly actor: { readonly id: string; readonly email: string } | null;
  /** `<thing>.<verb>`, e.g. `page.publish`. */
  readonly action: string;
  readonly itemType: string | null;
  readonly itemId: string | null;
  /** Null when none was recorded or the list is shown without addresses. */
  readonly ip: string | null;
  readonly details: Record<string, unknown> | null;
}

/**
 * What an audit entry can be about: each content kind, the leadership's office-holders,
 * uploaded documents, staff accounts, the assistant's answered insights, and the content
 * seeding as a whole. The admin's filter offers these, and the API takes no other.
 */
export const AUDITED_ITEM_TYPES = [
  'page',
  'programme',
  'country',
  'institution',
  'field-operation',
  'office-holder',
  'document',
  'user',
  'insight',
  'content',
] as const;

export type AuditedItemType = (typeof AUDITED_ITEM_TYPES)[number];
