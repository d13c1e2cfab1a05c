import { PUBLIC_SECTIONS } from '@portal/domain/content';
import { pickLocale } from '@portal/portal/shell';

/**
 * Where a public URL written without its language (`/policing`, `/countries/AT?x=1`) lives
 * for this visitor: the same path under the language picked from Accept-Language, as `/`
 * does. Undefined for anything else, so unknown paths and other locales keep their 404.
 */
export function prefixlessTarget(
  url: string,
  acceptLanguage: string | undefined,
): string | undefined {
  const path = url.split(/[?#]/, 1)[0];
  const first = path.split('/')[1] ?? '';
  if (!PUBLIC_SECTIONS.has(first)) return undefined;
  return `/${pickLocale(acceptLanguage)}${url}`;
}
