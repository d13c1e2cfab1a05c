import type { ContentKind } from '@portal/domain/content';

/** Every kind of editable content item; the same values name them in the search index. */
export const CONTENT_KINDS = [
  'page',
  'programme',
  'country',
  'institution',
  'field-operation',
] as const satisfies readonly ContentKind[];

/** Reference data: seeded from the domain constants, editors add descriptions. */
export const REFERENCE_KINDS = ['country', 'institution', 'field-operation'] as const;
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];

/** URL segment of each reference kind under /api/admin/reference/:kind. */
export const REFERENCE_KIND_PATHS: Readonly<Record<string, ReferenceKind>> = {
  countries: 'country',
  institutions: 'institution',
  'field-operations': 'field-operation',
};

/** Who did it and from where, for revisions and the audit log. */
export interface Actor {
  id: string;
  email: string;
  role?: string;
  ip?: string;
}
