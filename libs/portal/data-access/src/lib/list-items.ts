import type { Paginated } from '@portal/domain/content';

/**
 * Lists are paginated (`{ items, total, page, size }`) by contract; a few reference
 * endpoints answer with a bare array. Both shapes read the same here.
 */
export function listItems<T>(value: unknown): readonly T[] {
  if (Array.isArray(value)) return value as T[];
  if (value && typeof value === 'object' && Array.isArray((value as Paginated<T>).items)) {
    return (value as Paginated<T>).items;
  }
  return [];
}
