import type { Role } from '@portal/domain/access';
import type { Locale } from '@portal/domain/locales';
import type { SEARCH_HIT_TYPES } from './search-hit-types';

/**
 * Payload shapes of the public HTTP API (see API.md), shared by the API, which produces
 * them, and the portal, which reads them. Change them only together with both.
 */

export interface Paginated<T> {
  readonly items: readonly T[];
  readonly total: number;
  readonly page: number;
  readonly size: number;
}

/**
 * A page of a public reference list (countries, institutions, field operations,
 * programmes), with the locale its names were asked in.
 */
export interface LocalizedList<T> extends Paginated<T> {
  readonly lang: Locale;
}

export interface ApiErrorPayload {
  readonly statusCode: number;
  readonly error: string;
  readonly message: string;
  readonly details: readonly { readonly path: string; readonly message: string }[];
}

export interface HealthPayload {
  readonly status: 'ok';
  readonly database: 'pglite' | 'postgres';
  readonly version: string;
}

export interface NavigationItem {
  readonly key: string;
  readonly label: string;
  /** Portal path without the locale prefix, e.g. `/policing`; absent for pure groups. */
  readonly path?: string;
  readonly children?: readonly NavigationItem[];
}

/** What every localized item says about the language it was served in. */
export interface Served {
  /** The locale the text is in (may differ from the one asked for). */
  readonly lang: Locale;
  readonly requestedLang: Locale;
  readonly availableLangs: readonly Locale[];
  /** True when this translation was made from an older revision of its source. */
  readonly outdated?: boolean;
}

export type CountryGroup = 'participating' | 'asian-partner' | 'mediterranean-partner';

export interface CountrySummary {
  readonly code: string;
  readonly name: string;
  readonly group: CountryGroup;
  readonly chairpersonship?: number;
  readonly slug: string;
}

export interface CountryDetail extends CountrySummary, Served {
  /** The year the country became a participating State or Partner for Co-operation. */
  readonly joined: number;
  readonly description?: string;
  readonly fieldOperations: readonly FieldOperationSummary[];
  readonly programmes: readonly ProgrammeListItem[];
}

export interface InstitutionSummary {
  readonly slug: string;
  readonly name: string;
  readonly acronym?: string;
  readonly seat?: string;
  readonly kind: string;
}

export interface InstitutionDetail extends InstitutionSummary, Served {
  readonly description?: string;
}

export type FieldOperationStatus = 'active' | 'closed';

export interface FieldOperationSummary {
  readonly slug: string;
  readonly name: string;
  readonly kind: string;
  readonly status: FieldOperationStatus;
  /** ISO 3166-1 alpha-2 code of the host participating State, when there is one. */
  readonly countryCode?: string;
  /** Territory or city that hosts it, e.g. Kosovo. */
  readonly host: string;
  readonly startYear: number;
  /** Set once it has closed. */
  readonly endYear?: number;
}

export interface FieldOperationDetail extends FieldOperationSummary, Served {
  readonly description?: string;
  readonly programmes: readonly ProgrammeListItem[];
}

export type ProgrammeCategory = 'police-development-reform' | 'transnational-threats';

export interface ProgrammeSummary {
  readonly slug: string;
  readonly title: string;
  readonly summary?: string;
  readonly category: ProgrammeCategory;
  readonly activities: readonly string[];
  readonly fieldOperation?: string;
  readonly countries: readonly string[];
  readonly startYear?: number;
  readonly endYear?: number;
}

/** A programme in a list says which locale its title is in: lists mix fallbacks. */
export interface ProgrammeListItem extends ProgrammeSummary {
  readonly lang: Locale;
}

export interface ProgrammeDetail extends ProgrammeSummary, Served {
  readonly body: string;
  readonly updatedAt: string;
}

export interface PagePayload extends Served {
  readonly slug: string;
  readonly title: string;
  readonly summary: string;
  /** Sanitized HTML. Paragraphs carry ids `p1`, `p2`, ... so citations can link to them. */
  readonly body: string;
  readonly updatedAt: string;
}

/** The current holder of a leadership office, as `GET /api/leadership` gives it. */
export interface OfficeHolderPayload {
  /** In the requested language's script where staff recorded one, else as the sources write it. */
  readonly name: string;
  /** ISO date `YYYY-MM-DD`. */
  readonly since: string;
  readonly sourceUrl?: string;
  /** What the sources leave open (in English, as staff wrote it): "to be confirmed". */
  readonly note?: string;
}

export interface LeadershipOfficePayload {
  readonly slug: string;
  readonly title: string;
  /** `heads`: Chairpersonship, Chairperson-in-Office, Secretary General, PA President. */
  readonly group: 'heads' | 'offices';
  /** Portal path (without locale) of the institution or field operation the office heads. */
  readonly path?: string;
  /** Name of the structure the office heads, when it has no page of its own. */
  readonly relatedName?: string;
  readonly holder?: OfficeHolderPayload;
}

/** An office and its holder as the admin edits them (`/api/admin/leadership`). */
export interface AdminOfficeHolder {
  readonly office: string;
  /** The office's title in English, for the admin list. */
  readonly title: string;
  readonly holder?: OfficeHolderPayload & {
    readonly localNames: Partial<Record<Locale, string>>;
    readonly updatedAt: string;
    readonly updatedBy?: string;
  };
}

export type SearchHitType = (typeof SEARCH_HIT_TYPES)[number];

export interface SearchHit {
  readonly id: string;
  readonly type: SearchHitType;
  readonly documentId?: string;
  readonly title: string;
  /** Escaped text whose only markup is `<mark>`. */
  readonly snippet: string;
  readonly url: string;
  readonly lang: Locale;
  readonly score: number;
}

export interface FacetValue {
  readonly value: string;
  readonly count: number;
}

export interface SearchResponse {
  readonly query: string;
  readonly lang: Locale;
  readonly total: number;
  readonly tookMs: number;
  readonly page: number;
  readonly size: number;
  readonly hits: readonly SearchHit[];
  readonly facets: Readonly<Record<string, readonly FacetValue[]>>;
  readonly suggestion?: string;
  /** Set when nothing matched the query as typed and the corrected query was run instead. */
  readonly correctedFrom?: string;
}

export interface SearchSuggestion {
  readonly text: string;
  readonly url?: string;
}

export interface ChatTurn {
  readonly role: 'user' | 'assistant';
  readonly content: string;
}

export interface AskRequest {
  readonly question: string;
  readonly lang?: Locale;
  readonly history?: readonly ChatTurn[];
}

export interface Citation {
  readonly n: number;
  readonly title: string;
  readonly url: string;
  readonly snippet: string;
  readonly documentId?: string;
  readonly lang: Locale;
}

export interface AnswerPayload {
  readonly id: string;
  readonly answer: string;
  readonly lang: Locale;
  readonly refused: boolean;
  readonly citations: readonly Citation[];
  readonly provider: string;
  readonly tookMs: number;
}

export interface FeedbackRequest {
  readonly answerId: string;
  readonly helpful: boolean;
  readonly comment?: string;
}

export type { Role } from '@portal/domain/access';

export interface LoginResponse {
  /** JWT for `Authorization: Bearer`, valid for `expiresIn` seconds. */
  readonly accessToken: string;
  /** Single-use token for `POST /api/auth/refresh`. */
  readonly refreshToken: string;
  readonly expiresIn: number;
  readonly user: SessionUser;
}

/** The signed-in staff member, as login and `GET /api/auth/me` give it. */
export interface SessionUser {
  readonly id: string;
  readonly email: string;
  readonly role: Role;
}
