/**
 * Intl objects (formatters, collators) by kind and locale tag. Building one costs about a
 * millisecond (its locale data is resolved each time), and a page of dated items formats
 * dozens of dates while it hydrates: one object per kind and language serves them all.
 */
const formatters = new Map<string, object>();

export function formatterFor<F extends object>(kind: string, tag: string, create: () => F): F {
  const key = `${kind}\u0000${tag}`;
  let formatter = formatters.get(key) as F | undefined;
  if (!formatter) {
    formatter = create();
    formatters.set(key, formatter);
  }
  return formatter;
}
