import { Injectable } from '@nestjs/common';
import { buildNavigation, localizedPath, publicPath } from '@portal/domain/content';
import type { NavigationItem } from '@portal/domain/content';
import { COUNTRIES } from '@portal/domain/countries';
import { FIELD_OPERATIONS, INSTITUTIONS } from '@portal/domain/institutions';
import { LOCALES } from '@portal/domain/locales';
import { ContentPublicService } from '../services/content-public.service';

/** Enough for every programme there is; the public list caps a page at 100. */
const PROGRAMMES_PAGE = 10_000;

function menuPaths(items: readonly NavigationItem[]): string[] {
  return items.flatMap((item) => [
    // A fragment (`/leadership#secretary-general`) is a place on a page, not a page.
    ...(item.path ? [item.path.split('#')[0]] : []),
    ...menuPaths(item.children ?? []),
  ]);
}

/**
 * Every public page visitors can open, in every locale: the menu, each country,
 * institution, field operation, published programme and published editorial page, with
 * addresses from the same route table as links, search hits and citations.
 */
@Injectable()
export class SitemapService {
  constructor(private readonly content: ContentPublicService) {}

  async paths(): Promise<string[]> {
    const pages = await this.content.publishedPageSlugs();
    const programmes = await this.content.programmes({
      lang: 'en',
      page: 1,
      size: PROGRAMMES_PAGE,
    });
    const paths = new Set<string>([
      '/',
      ...menuPaths(buildNavigation('en', { hasPage: (slug) => pages.has(slug) })),
      ...COUNTRIES.map((c) => publicPath('country', c.code)),
      ...INSTITUTIONS.map((i) => publicPath('institution', i.slug)),
      ...FIELD_OPERATIONS.map((f) => publicPath('field-operation', f.slug)),
      ...programmes.items.map((p) => publicPath('programme', p.slug)),
      ...[...pages].map((slug) => publicPath('page', slug)),
    ]);
    return LOCALES.flatMap((locale) => [...paths].map((path) => localizedPath(locale, path)));
  }
}
