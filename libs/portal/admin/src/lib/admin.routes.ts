import { provideHttpClient, withInterceptors, withXhr } from '@angular/common/http';
import type { Route, Routes } from '@angular/router';
import type { Permission } from '@portal/domain/access';
import { AdminApi } from './data-access/admin-api.service';
import {
  adminLanguageActivate,
  permissionMatch,
  signedInGuard,
  unsavedChangesGuard,
} from './data-access/admin.guards';
import { adminAuthInterceptor } from './data-access/auth.interceptor';
import { AdminFrameComponent } from './layout/admin-frame.component';

const editor = () =>
  import('./content/content-editor-page.component').then((m) => m.ContentEditorPageComponent);
const list = () =>
  import('./content/content-list-page.component').then((m) => m.ContentListPageComponent);
const notAllowed = () =>
  import('./users/not-allowed-page.component').then((m) => m.NotAllowedPageComponent);

/**
 * A route for the roles holding `permission` (from the permission table), followed by the
 * same path showing "not allowed" to everyone else.
 */
function guarded(permission: Permission, route: Route): Routes {
  return [
    { ...route, canMatch: [permissionMatch], data: { ...route.data, permission } },
    { path: route.path, data: { titleKey: 'admin.notAllowed.title' }, loadComponent: notAllowed },
  ];
}

/** A collection's list, the editor of a new item, and the editor of one of its items. */
function collectionRoutes(section: 'pages' | 'programmes'): Routes {
  return [
    {
      path: section,
      data: { section, titleKey: `admin.sections.${section}` },
      loadComponent: list,
    },
    {
      path: `${section}/new`,
      data: { section, titleKey: `admin.content.new.${section}` },
      loadComponent: editor,
      canDeactivate: [unsavedChangesGuard],
    },
    {
      path: `${section}/:id`,
      data: { section, titleKey: 'admin.editor.title' },
      loadComponent: editor,
      canDeactivate: [unsavedChangesGuard],
    },
  ];
}

/**
 * The admin area, mounted lazily at /admin by the portal. Its own HttpClient: XHR (fetch has no
 * upload progress) with the interceptor that adds the bearer token and refreshes it.
 */
export const ADMIN_ROUTES: Routes = [
  {
    path: '',
    component: AdminFrameComponent,
    canActivate: [adminLanguageActivate],
    providers: [provideHttpClient(withXhr(), withInterceptors([adminAuthInterceptor])), AdminApi],
    children: [
      {
        path: 'login',
        data: { titleKey: 'admin.login.title' },
        loadComponent: () =>
          import('./login/login-page.component').then((m) => m.LoginPageComponent),
      },
      {
        path: '',
        canActivateChild: [signedInGuard],
        children: [
          {
            path: '',
            pathMatch: 'full',
            data: { titleKey: 'admin.dashboard.title' },
            loadComponent: () =>
              import('./dashboard/dashboard-page.component').then((m) => m.DashboardPageComponent),
          },
          ...collectionRoutes('pages'),
          ...collectionRoutes('programmes'),
          ...guarded('content.publish', {
            path: 'review',
            data: { titleKey: 'admin.review.title' },
            loadComponent: () =>
              import('./review/review-page.component').then((m) => m.ReviewPageComponent),
          }),
          { path: 'reference', pathMatch: 'full', redirectTo: 'reference/countries' },
          ...guarded('reference', {
            path: 'reference/:section',
            data: { titleKey: 'admin.nav.reference' },
            loadComponent: list,
          }),
          ...guarded('reference', {
            path: 'reference/:section/:id',
            data: { titleKey: 'admin.editor.title' },
            loadComponent: editor,
            canDeactivate: [unsavedChangesGuard],
          }),
          ...guarded('reference', {
            path: 'leadership',
            data: { titleKey: 'admin.leadership.title' },
            loadComponent: () =>
              import('./leadership/leadership-page.component').then(
                (m) => m.LeadershipPageComponent,
              ),
          }),
          ...guarded('documents.read', {
            path: 'documents',
            data: { titleKey: 'admin.documents.title' },
            loadComponent: () =>
              import('./documents/documents-page.component').then((m) => m.DocumentsPageComponent),
          }),
          ...guarded('insights', {
            path: 'assistant',
            data: { titleKey: 'admin.insights.title' },
            loadComponent: () =>
              import('./assistant/insights-page.component').then((m) => m.InsightsPageComponent),
          }),
          ...guarded('audit', {
            path: 'audit',
            data: { titleKey: 'admin.audit.title' },
            loadComponent: () =>
              import('./audit/audit-page.component').then((m) => m.AuditPageComponent),
          }),
          ...guarded('users', {
            path: 'users',
            data: { titleKey: 'admin.users.title' },
            loadComponent: () =>
              import('./users/users-page.component').then((m) => m.UsersPageComponent),
          }),
          { path: '**', redirectTo: '' },
        ],
      },
    ],
  },
];
