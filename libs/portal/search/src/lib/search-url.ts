export { splitUrl } from '@portal/portal/ui';

export interface SearchState {
  readonly q: string;
  readonly type?: string;
  readonly country?: string;
  readonly page: number;
}

/** The longest query the API takes (API.md), in characters. */
export const MAX_QUERY_LENGTH = 500;

/**
 * The part of a query that is searched: all of it, or its first 500 characters. A pasted
 * paragraph is still a search worth running; whole characters (code points, as the API
 * counts them) are kept, never half of a surrogate pair.
 */
export function searchedQuery(q: string): string {
  const chars = Array.from(q.trim());
  return chars.length > MAX_QUERY_LENGTH
    ? chars.slice(0, MAX_QUERY_LENGTH).join('').trim()
    : chars.join('');
}

export function isCutQuery(q: string): boolean {
  return Array.from(q.trim()).length > MAX_QUERY_LENGTH;
}

/** The API request for a search page state; undefined when there is nothing to search. */
export function searchApiUrl(lang: string, state: SearchState, size = 10): string | undefined {
  const q = searchedQuery(state.q);
  if (!q) return undefined;
  const params = new URLSearchParams({ q, lang, page: String(state.page), size: String(size) });
  if (state.type) params.set('type', state.type);
  if (state.country) params.set('country', state.country);
  return `/api/search?${params.toString()}`;
}

/** Page numbers to offer around the current one (at most 7). */
export function pageWindow(page: number, pages: number): number[] {
  const start = Math.max(1, Math.min(page - 3, pages - 6));
  const end = Math.min(pages, start + 6);
  return Array.from({ length: Math.max(0, end - start + 1) }, (_, i) => start + i);
}
