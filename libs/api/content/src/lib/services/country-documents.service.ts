import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@portal/api/common';
import { SearchService } from '@portal/api/search';
import type { Paginated, SearchHit } from '@portal/domain/content';
import { countryName, findCountry } from '@portal/domain/countries';
import type { Locale } from '@portal/domain/locales';

/** How many documents a country page lists: a pointer to the library, not a search page. */
const DOCUMENTS_PER_COUNTRY = 5;

/**
 * The library documents about a country: what search finds for its name in the visitor's
 * language (the thesaurus carries the name into the other five). Asked by the country page
 * on the server, so it does not count against a visitor's search rate limit.
 */
@Injectable()
export class CountryDocumentsService {
  constructor(private readonly search: SearchService) {}

  async documents(code: string, lang: Locale): Promise<Paginated<SearchHit>> {
    const country = findCountry(code);
    if (!country) throw new NotFoundError(`Country ${code.slice(0, 100)}`);
    const found = await this.search.search({
      q: countryName(country.code, lang),
      lang,
      type: 'document',
      page: 1,
      size: DOCUMENTS_PER_COUNTRY,
    });
    return {
      items: [...found.hits],
      total: found.total,
      page: 1,
      size: DOCUMENTS_PER_COUNTRY,
    };
  }
}
