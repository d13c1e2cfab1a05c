import type { Paginated, UnansweredQuestion } from './admin.types';

/** The insights endpoint answers a list or a page of one; both become a list. */
export function unansweredItems(
  res: Paginated<UnansweredQuestion> | readonly UnansweredQuestion[] | null | undefined,
): UnansweredQuestion[] {
  if (!res) return [];
  return Array.isArray(res) ? [...res] : [...(res as Paginated<UnansweredQuestion>).items];
}
