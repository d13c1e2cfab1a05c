import type { ContentKind } from '@portal/domain/content';

/** How messages name each kind of item. */
export const KIND_LABEL: Readonly<Record<ContentKind, string>> = {
  page: 'Page',
  programme: 'Programme',
  country: 'Country',
  institution: 'Institution',
  'field-operation': 'Field operation',
};
