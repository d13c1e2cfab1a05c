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
