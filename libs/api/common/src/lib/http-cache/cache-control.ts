/**
 * Public answers: browsers check back every time (cheap, with the ETag), shared caches
 * (a CDN) keep them a minute and may serve a stale copy for five more while they fetch a
 * fresh one. A publish reaches every API instance within a second; through a CDN it
 * takes up to that minute, the price of the CDN taking most reads.
 */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=0, s-maxage=60, stale-while-revalidate=300';

/** Admin, sign-in, and anything sent with a token: kept by no cache at all. */
export const PRIVATE_CACHE_CONTROL = 'private, no-store';

/** Errors of public routes: not kept either, so a passing failure is not served on. */
export const ERROR_CACHE_CONTROL = 'no-store';
