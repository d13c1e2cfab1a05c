import type { Routes } from '@angular/router';

/**
 * The public pages under `/:lang/`. Every page is its own lazy chunk, so a visitor
 * downloads only the page they open. The search page is added by the app's routes.
 * The paths are those of `PUBLIC_ROUTES` in @portal/domain/content, which search hits,
 * citations and admin links are built from (a spec holds them equal); they are written out
 * here so the first bundle does not load that library's reference data.
 */
export const CONTENT_ROUTES: Routes = [
  {
    path: '',
    pathMatch: 'full',
    loadComponent: () => import('./home/home-page.component').then((m) => m.HomePageComponent),
  },
  {
    path: 'policing',
    loadComponent: () =>
      import('./policing/policing-page.component').then((m) => m.PolicingPageComponent),
  },
  {
    path: 'countries',
    loadComponent: () =>
      import('./countries/countries-page.component').then((m) => m.CountriesPageComponent),
  },
  {
    path: 'countries/:code',
    loadComponent: () =>
      import('./countries/country-page.component').then((m) => m.CountryPageComponent),
  },
  {
    path: 'field-operations',
    loadComponent: () =>
      import('./field-operations/field-operations-page.component').then(
        (m) => m.FieldOperationsPageComponent,
      ),
  },
  {
    path: 'field-operations/:slug',
    loadComponent: () =>
      import('./field-operations/field-operation-page.component').then(
        (m) => m.FieldOperationPageComponent,
      ),
  },
  {
    path: 'institutions',
    loadComponent: () =>
      import('./institutions/institutions-page.component').then((m) => m.InstitutionsPageComponent),
  },
  {
    path: 'institutions/:slug',
    loadComponent: () =>
      import('./institutions/institution-page.component').then((m) => m.InstitutionPageComponent),
  },
  {
    path: 'about',
    data: { slug: 'about' },
    loadComponent: () =>
      import('./pages/content-page.component').then((m) => m.ContentPageComponent),
  },
  {
    // Sub-pages of "about" (chair, decision-making bodies, ...): editorial pages by slug.
    path: 'about/:slug',
    loadComponent: () =>
      import('./pages/content-page.component').then((m) => m.ContentPageComponent),
  },
  {
    path: 'fields-of-work',
    loadComponent: () =>
      import('./organization/fields-of-work-page.component').then(
        (m) => m.FieldsOfWorkPageComponent,
      ),
  },
  ...['meetings', 'meetings/:slug'].map((path) => ({
    path,
    loadComponent: () =>
      import('./organization/meetings-page.component').then((m) => m.MeetingsPageComponent),
  })),
  {
    path: 'leadership',
    loadComponent: () =>
      import('./organization/leadership-page.component').then((m) => m.LeadershipPageComponent),
  },
  {
    path: 'projects',
    loadComponent: () =>
      import('./programmes/projects-page.component').then((m) => m.ProjectsPageComponent),
  },
  {
    path: 'programmes/:slug',
    loadComponent: () =>
      import('./programmes/programme-page.component').then((m) => m.ProgrammePageComponent),
  },
  {
    path: 'documents/:id',
    loadComponent: () =>
      import('./documents/document-page.component').then((m) => m.DocumentPageComponent),
  },
];

/** The 404 page, last among a locale's routes and for URLs outside any locale. */
export const NOT_FOUND_ROUTE = {
  path: '**',
  loadComponent: () =>
    import('./not-found/not-found-page.component').then((m) => m.NotFoundPageComponent),
} satisfies Routes[number];
