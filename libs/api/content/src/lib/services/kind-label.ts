import type { ContentKind } from '../content.types';

/** How messages name each kind of item. */
export const KIND_LABEL: Readonly<Record<ContentKind, string>> = {
  page: 'Page',
  programme: 'Programme',
  country: 'Country',
  institution: 'Institution',
  'field-operation': 'Field operation',
};
