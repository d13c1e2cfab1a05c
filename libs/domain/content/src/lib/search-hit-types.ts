/** What a search hit can be, in the order the portal offers them as filters. */
export const SEARCH_HIT_TYPES = [
  'page',
  'programme',
  'country',
  'institution',
  'field-operation',
  'document',
] as const;
