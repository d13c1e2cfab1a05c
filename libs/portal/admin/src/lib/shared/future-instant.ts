/**
 * A `datetime-local` value (the staff member's wall time) as the ISO instant the API wants,
 * or null when it is empty, unreadable or not in the future.
 */
export function futureInstant(value: string | null | undefined, now = Date.now()): string | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) || date.getTime() <= now ? null : date.toISOString();
}
