import { ABOUT_PAGE } from './about-page';
import { POLICING_PAGE } from './policing-page';
import type { SeedPage } from './seed-page';

/** The pages the database is seeded with: the policing page first, then the about page. */
export const SEED_PAGES: readonly SeedPage[] = [POLICING_PAGE, ABOUT_PAGE];
