import type { SearchHitType } from '@portal/domain/content';
import type { Locale } from '@portal/domain/locales';

/** One paragraph-sized piece of an item's text; `anchor` is the id it has on the page. */
export interface IndexPassage {
  readonly anchor: string;
  readonly heading?: string;
  readonly text: string;
}

/** One locale's version of an item, as the portal shows it at `url` (e.g. `/it/policing`). */
export interface IndexEntry {
  readonly locale: Locale;
  readonly title: string;
  readonly url: string;
  readonly passages: readonly IndexPassage[];
  /** ISO 3166-1 alpha-2 codes the item is about (for the country facet and filter). */
  readonly countryCodes?: readonly string[];
  readonly updatedAt: Date;
}

/** Everything public about one content item or document; replaces what was indexed before. */
export interface IndexItem {
  readonly type: SearchHitType;
  readonly itemId: string;
  readonly entries: readonly IndexEntry[];
}

export interface SearchParams {
  readonly q: string;
  readonly lang: Locale;
  readonly type?: SearchHitType;
  readonly country?: string;
  readonly page: number;
  readonly size: number;
}

export interface RetrieveParams {
  readonly query: string;
  readonly lang: Locale;
  readonly limit: number;
  readonly types?: readonly SearchHitType[];
  /**
   * Only passages written in `lang`: the query is then planned and scored in that one
   * language, a sixth of the work of carrying it into all six.
   */
  readonly ownLanguageOnly?: boolean;
}

/** A passage for the assistant: many per item, best first. */
export interface RetrievedPassage {
  /** Stable id of the passage: `type:itemId:locale#anchor`. */
  readonly id: string;
  readonly type: SearchHitType;
  readonly itemId: string;
  /** Set for ingested documents (equal to itemId). */
  readonly documentId?: string;
  readonly title: string;
  readonly heading?: string;
  readonly text: string;
  readonly anchor: string;
  /** The page URL with `#anchor`. */
  readonly url: string;
  readonly lang: Locale;
  readonly score: number;
  /** True when the passage is in another language than the one asked for. */
  readonly crossLingual: boolean;
}

/** A passage that follows another in the same item and language (a list's next items). */
export interface FollowingPassage {
  /** Stable id of the passage: `type:itemId:locale#anchor`. */
  readonly id: string;
  readonly anchor: string;
  readonly heading?: string;
  readonly text: string;
}
