import { inject } from '@angular/core';
import type { CanActivateFn, CanDeactivateFn, CanMatchFn } from '@angular/router';
import { Router } from '@angular/router';
import { TranslateService } from '@ngx-translate/core';
import type { Permission } from '@portal/domain/access';
import { firstValueFrom } from 'rxjs';
import { AdminLanguageStore } from './admin-language.store';
import { SessionStore } from './session.store';

/** Loads the admin UI language before anything renders. */
export const adminLanguageActivate: CanActivateFn = async () => {
  await firstValueFrom(inject(AdminLanguageStore).use()).catch(() => undefined);
  return true;
};

/** Anonymous users go to the login page, which brings them back to where they were going. */
export const signedInGuard: CanActivateFn = (_route, state) => {
  if (inject(SessionStore).signedIn()) return true;
  return inject(Router).createUrlTree(['/admin/login'], {
    queryParams: { returnUrl: state.url },
  });
};

/**
 * Matches only when the user's role holds the route's `data.permission`. A guarded route is
 * declared twice, first with this guard, then with the "not allowed" page: someone who types
 * the URL without the permission sees why, at the same address.
 */
export const permissionMatch: CanMatchFn = (route) => {
  const permission = route.data?.['permission'] as Permission | undefined;
  return !permission || inject(SessionStore).can(permission);
};

/** Whatever a routed component must answer before the router leaves it. */
export interface LeaveConfirmation {
  /** True when nothing would be lost. */
  canLeave(): boolean;
}

export const unsavedChangesGuard: CanDeactivateFn<LeaveConfirmation> = (component) => {
  if (component.canLeave()) return true;
  const message = inject(TranslateService).instant('admin.editor.leaveConfirm') as string;
  return globalThis.confirm?.(message) ?? true;
};
